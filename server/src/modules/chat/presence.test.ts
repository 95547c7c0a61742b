import { decodePresence, encodePresence, LocalMembers, PresenceBook, type PresenceSnapshot } from './presence';

const ann = { id: 1, username: 'ann' };
const bob = { id: 2, username: 'bob' };
const cy = { id: 3, username: 'cy' };
const snapshot = (
  instanceId: string,
  users: PresenceSnapshot['users'],
  at: number,
  roomSlug = 'lobby',
): PresenceSnapshot => ({
  instanceId,
  roomSlug,
  users,
  at,
  ttlMs: 30_000,
});

describe('LocalMembers', () => {
  it('counts a user once however many subscriptions they hold, and lets them go with the last', () => {
    const members = new LocalMembers();
    expect(members.join('lobby', ann)).toBe(true);
    expect(members.join('lobby', ann)).toBe(false);
    expect(members.join('lobby', bob)).toBe(true);
    expect(members.usersIn('lobby')).toEqual([ann, bob]);
    expect(members.leave('lobby', ann.id)).toBe(false);
    expect(members.leave('lobby', ann.id)).toBe(true);
    expect(members.leave('lobby', ann.id)).toBe(false);
    expect(members.usersIn('lobby')).toEqual([bob]);
    members.leave('lobby', bob.id);
    expect(members.roomSlugs()).toEqual([]);
  });
});

describe('PresenceBook', () => {
  it('merges the instances of a room, by username, and announces changes but not repeats', () => {
    const book = new PresenceBook();
    const heard: string[][] = [];
    book.subscribe('lobby', (users) => heard.push(users.map((u) => u.username)));
    book.apply(snapshot('i1', [cy, ann], 1000), 1000);
    book.apply(snapshot('i2', [bob, ann], 1001), 1001);
    book.apply(snapshot('i2', [bob, ann], 11_001), 11_001); // heartbeat: nothing new
    book.apply(snapshot('i1', [ann], 11_002, 'elsewhere'), 11_002);
    book.apply(snapshot('i1', [ann], 12_000), 12_000);
    expect(heard).toEqual([
      ['ann', 'cy'],
      ['ann', 'bob', 'cy'],
      ['ann', 'bob'],
    ]);
    expect(book.usersIn('elsewhere', 12_000)).toEqual([ann]);
  });

  it('ignores an older snapshot of an instance that arrives late', () => {
    const book = new PresenceBook();
    book.apply(snapshot('i1', [], 2000), 2000);
    book.apply(snapshot('i1', [ann], 1000), 2001);
    expect(book.usersIn('lobby', 2002)).toEqual([]);
  });

  it('forgets an instance that stopped sending heartbeats', () => {
    const book = new PresenceBook();
    const heard: string[][] = [];
    book.subscribe('lobby', (users) => heard.push(users.map((u) => u.username)));
    book.apply(snapshot('i1', [ann], 0), 0);
    book.apply(snapshot('i2', [bob], 20_000), 20_000);
    book.expire(29_999);
    expect(book.usersIn('lobby', 29_999).map((u) => u.username)).toEqual(['ann', 'bob']);
    book.expire(30_000);
    expect(heard).toEqual([['ann'], ['ann', 'bob'], ['bob']]);
  });

  it('round-trips snapshots and refuses malformed ones', () => {
    const value = snapshot('i1', [ann], 5);
    expect(decodePresence(Buffer.from(encodePresence(value)))).toEqual(value);
    for (const raw of ['nope', '{}', JSON.stringify({ ...value, users: [{ id: 'x' }] }), null])
      expect(decodePresence(raw)).toBeNull();
  });
});
