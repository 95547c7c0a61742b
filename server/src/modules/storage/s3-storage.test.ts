import fs from 'node:fs';
import path from 'node:path';
import S3rver from 's3rver';
import sharp from 'sharp';
import { variantKey } from '../catalogue/poster-images';
import { uploadPoster } from '../catalogue/poster.service';
import { MovieImporter } from '../import/importer.service';
import { S3Storage } from './s3-storage';
import { createTestDatabase, readSeedFixture, SEED_FIXTURE_DIR, tempDir } from '../../../test/harness';
import { createOrm } from '../../db/orm';
import { migrate } from '../../db/migrate';

/** The real AWS SDK against s3rver, a local S3-compatible server on loopback. */
describe('S3 poster storage', () => {
  const directory = tempDir('mymdb-s3-');
  let server: S3rver;
  let endpoint: string;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory,
      configureBuckets: [{ name: 'posters', configs: [] }],
    });
    const { port } = (await server.run()) as { port: number };
    endpoint = `http://127.0.0.1:${port}`;
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'us-east-1',
    });
  });

  afterAll(async () => {
    await server?.close();
    process.env = savedEnv;
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const storage = () =>
    new S3Storage({ kind: 's3', bucket: 'posters', region: 'us-east-1', endpoint, forcePathStyle: true });

  it('stores a poster, finds it, and serves it at its public URL', async () => {
    const s3 = storage();
    expect(await s3.exists('posters/a.svg')).toBe(false);
    await s3.put('posters/a.svg', Buffer.from('<svg/>'), 'image/svg+xml');
    expect(await s3.exists('posters/a.svg')).toBe(true);
    const url = s3.publicUrl('posters/a.svg');
    expect(url).toBe(`${endpoint}/posters/posters/a.svg`);
    const response = await fetch(url);
    expect(await response.text()).toBe('<svg/>');
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('lets the importer copy the seed posters into the bucket and link them', async () => {
    const dataDir = tempDir();
    const database = await createTestDatabase('sqlite', dataDir);
    const orm = await createOrm(database.config);
    try {
      await migrate(orm);
      const fixture = readSeedFixture().slice(0, 10);
      const report = await new MovieImporter(orm, storage()).importRecords(fixture, { postersFrom: SEED_FIXTURE_DIR });
      expect(report).toMatchObject({ moviesCreated: 10, missingPosters: 0, errors: [] });
      const key = fixture[0].poster as string;
      const stored = await fetch(storage().publicUrl(key));
      expect(Buffer.from(await stored.arrayBuffer()).equals(fs.readFileSync(path.join(SEED_FIXTURE_DIR, key)))).toBe(
        true,
      );
    } finally {
      await orm.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('takes an uploaded poster with its resized copies, and removes the replaced files', async () => {
    const dataDir = tempDir();
    const database = await createTestDatabase('sqlite', dataDir);
    const orm = await createOrm(database.config);
    try {
      await migrate(orm);
      const s3 = storage();
      await new MovieImporter(orm, s3).importRecords([{ title: 'S3 Poster', release_year: 2003, genres: ['Drama'] }]);
      const knex = orm.em.getKnex();
      await knex('app_user').insert({
        username: 'curator',
        username_key: 'curator',
        email: 'curator@example.test',
        password_hash: '!',
        created_at: Date.now(),
      });
      const [{ id: actorId }]: Array<{ id: number }> = await knex('app_user').select('id');
      const [{ id: movieId }]: Array<{ id: number }> = await knex('movie').select('id');
      const jpeg = (color: string) =>
        sharp({ create: { width: 300, height: 450, channels: 3, background: color } })
          .jpeg()
          .toBuffer();
      const keys = async (): Promise<{ poster_path: string }> =>
        knex('movie').where('id', movieId).first('poster_path');

      await uploadPoster(orm.em.fork(), s3, actorId, movieId, await jpeg('#a33'));
      const first = (await keys()).poster_path;
      expect(await s3.exists(first)).toBe(true);
      expect(await s3.exists(variantKey(first, 185))).toBe(true);
      await uploadPoster(orm.em.fork(), s3, actorId, movieId, await jpeg('#3a3'));
      const second = (await keys()).poster_path;
      expect(second).not.toBe(first);
      expect(await s3.exists(second)).toBe(true);
      for (const gone of [first, variantKey(first, 185), variantKey(first, 500)])
        expect(await s3.exists(gone)).toBe(false);
    } finally {
      await orm.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
