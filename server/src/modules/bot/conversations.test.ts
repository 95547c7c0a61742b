import { migrate } from '../../db/migrate';
import { createOrm, type Orm } from '../../db/orm';
import { createTestDatabase, dialects, tempDir } from '../../../test/harness';
import { ConversationStore, MAX_CONVERSATION_BYTES } from './conversations';

describe.each(dialects())('the conversation store on %s', (dialect) => {
  let orm: Orm;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase(dialect, tempDir());
    drop = () => database.drop();
    orm = await createOrm(database.config);
    await migrate(orm);
  });
  afterAll(async () => {
    await orm?.close();
    await drop?.();
  });

  it('continues a conversation from another store (another instance) over the same database', async () => {
    const first = await new ConversationStore().get(orm.em.fork(), null, 'abc');
    first.shownMovieIds.push(1, 2);
    first.turns.push({ role: 'user', text: 'sci-fi' });
    await new ConversationStore().save(orm.em.fork(), null, first);
    const again = await new ConversationStore().get(orm.em.fork(), null, 'abc');
    expect(again).toMatchObject({ id: 'abc', shownMovieIds: [1, 2], turns: [{ role: 'user', text: 'sci-fi' }] });
    const member = await new ConversationStore().get(orm.em.fork(), 7);
    expect(member).toMatchObject({ id: 'user-7', shownMovieIds: [] });
  });

  it('keeps each stored conversation under its byte budget, oldest turns first to go', async () => {
    const store = new ConversationStore();
    const conversation = await store.get(orm.em.fork(), null, 'chatty');
    for (let i = 0; i < 40; i++) conversation.turns.push({ role: 'user', text: `${i} `.padEnd(2_000, 'x') });
    await store.save(orm.em.fork(), null, conversation);
    const row = (await orm.em
      .getKnex()<{ key: string; data: string }>('bot_conversation')
      .where({ key: 'anon:chatty' })
      .first('data'))!;
    expect(Buffer.byteLength(row.data)).toBeLessThanOrEqual(MAX_CONVERSATION_BYTES);
    const stored = await store.get(orm.em.fork(), null, 'chatty');
    expect(stored.turns.at(-1)!.text.startsWith('39 ')).toBe(true);
    expect(stored.turns.length).toBeLessThan(40);
  });
});
