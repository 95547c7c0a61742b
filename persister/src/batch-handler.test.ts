import { createOrm, type Orm } from '../../server/src/db/orm';
import { migrate } from '../../server/src/db/migrate';
import { encodeChatEvent, type ChatEvent } from '../../server/src/modules/chat/chat-event';
import { newMessageId } from '../../server/src/modules/chat/message-id';
import { createTestDatabase, tempDir } from '../../server/test/harness';
import { createBatchHandler } from './batch-handler';

/** The persister's handler on its own: raw Kafka message values in, message rows out, once. */
describe('persister batch handler', () => {
  let orm: Orm;
  let roomId: number;

  beforeAll(async () => {
    orm = await createOrm((await createTestDatabase('sqlite', tempDir())).config);
    await migrate(orm);
    await orm.em.getKnex()('room').insert({ name: 'Lobby', slug: 'lobby', created_at: Date.now() });
    roomId = (await orm.em.getKnex()('room').first('id')).id;
  });
  afterAll(() => orm?.close());

  const event = (content: string, overrides: Partial<ChatEvent> = {}): ChatEvent => ({
    eventId: crypto.randomUUID(),
    id: newMessageId(),
    roomId,
    roomSlug: 'lobby',
    userId: null,
    username: null,
    content,
    createdAt: Date.now(),
    ...overrides,
  });
  const raw = (events: ChatEvent[]) =>
    events.map((e, i) => ({ value: Buffer.from(encodeChatEvent(e)), offset: String(i) }));
  const count = async () => Number((await orm.em.getKnex()('message').count({ c: '*' }).first())!.c);

  it('writes a batch once, however often it is redelivered', async () => {
    const handle = createBatchHandler(orm);
    const batch = raw([event('one'), event('two'), event('three')]);
    expect(await handle(batch)).toMatchObject({ inserted: 3, duplicates: 0, malformed: 0 });
    expect(await handle(batch)).toMatchObject({ inserted: 0, duplicates: 3 });
    expect(await count()).toBe(3);
  });

  it('skips malformed values and events for missing rooms instead of failing forever', async () => {
    const handle = createBatchHandler(orm);
    const result = await handle([
      { value: Buffer.from('{not json'), offset: '9' },
      { value: null, offset: '10' },
      ...raw([
        event('orphan', { roomId: 999_999 }),
        event('fine'),
        event('ghost author', { userId: 424242, username: 'ghost' }),
      ]),
    ]);
    expect(result).toEqual({ inserted: 2, duplicates: 0, dropped: 1, malformed: 2, refused: 0 });
    const ghost = await orm.em.getKnex()('message').where('content', 'ghost author').first();
    expect(ghost.user_id).toBeNull();
  });

  it('writes the rest of a batch when the database refuses one event of it', async () => {
    const handle = createBatchHandler(orm);
    const clash = newMessageId();
    // Same message id, different event ids: the second breaks the primary key, so the batch's transaction fails.
    const batch = raw([
      event('before'),
      event('first with the id', { id: clash }),
      event('clashing', { id: clash }),
      event('after'),
    ]);
    const result = await handle(batch);
    expect(result).toMatchObject({ inserted: 3, refused: 1 });
    const contents = (
      await orm.em
        .getKnex()('message')
        .whereIn('content', ['before', 'first with the id', 'clashing', 'after'])
        .select('content')
    ).map((row: { content: string }) => row.content);
    expect(contents.sort()).toEqual(['after', 'before', 'first with the id']);
  });
});
