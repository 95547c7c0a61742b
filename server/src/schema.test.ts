import fs from 'node:fs';
import path from 'node:path';
import { createSchema, printSortedSchema } from './schema';

describe('schema/schema.graphql', () => {
  it('matches what the resolver classes emit (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(committed).toBe(printSortedSchema(await createSchema()));
  });
});
