import type { ChatEvent } from '../chat-event';
import { LocalFanout } from './local-fanout';

const event = (n: number, roomSlug = 'lobby'): ChatEvent => ({
  eventId: `e${n}`,
  id: String(n).padStart(26, '0'),
  roomId: 1,
  roomSlug,
  userId: 1,
  username: 'ann',
  content: `message ${n}`,
  createdAt: n,
});
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('LocalFanout', () => {
  it('hands a lone event to every subscriber of its room within one turn', async () => {
    const fanout = new LocalFanout();
    const got: string[][] = Array.from({ length: 300 }, () => []);
    got.forEach((list, i) => fanout.subscribe('lobby', (e) => list.push(`${i}:${e.content}`)));
    const elsewhere: ChatEvent[] = [];
    fanout.subscribe('other', (e) => elsewhere.push(e));
    fanout.deliver(event(1));
    await nextTurn();
    expect(got.every((list, i) => list.length === 1 && list[0] === `${i}:message 1`)).toBe(true);
    expect(elsewhere).toEqual([]);
  });

  it('delivers an event id once, however often it is published (a retried send)', async () => {
    const fanout = new LocalFanout();
    const got: string[] = [];
    fanout.subscribe('lobby', (e) => got.push(e.eventId));
    fanout.deliver(event(1));
    fanout.deliver(event(2));
    fanout.deliver(event(1));
    await nextTurn();
    expect(got).toEqual(['e1', 'e2']);
    expect(fanout.recentAfter('lobby', '').map((e) => e.eventId)).toEqual(['e1', 'e2']);
  });

  it('gives every subscriber a burst in order, while yielding to other work between slices', async () => {
    const fanout = new LocalFanout();
    const subscribers = 40;
    const events = 300;
    const got: number[][] = Array.from({ length: subscribers }, () => []);
    got.forEach((list) => fanout.subscribe('lobby', (e) => list.push(e.createdAt)));
    for (let n = 1; n <= events; n++) fanout.deliver(event(n));

    // Work that arrives meanwhile (a request, say) runs before the fan-out is over.
    let deliveredWhenOtherWorkRan = -1;
    setImmediate(() =>
      setImmediate(() => (deliveredWhenOtherWorkRan = got.reduce((sum, list) => sum + list.length, 0))),
    );
    while (got.some((list) => list.length < events)) await nextTurn();

    expect(deliveredWhenOtherWorkRan).toBeGreaterThan(0);
    expect(deliveredWhenOtherWorkRan).toBeLessThan(subscribers * events);
    const inOrder = Array.from({ length: events }, (_, i) => i + 1);
    for (const list of got) expect(list).toEqual(inOrder);
  });

  it('stops delivering to someone who left, even mid-burst, and keeps recent events for resuming', async () => {
    const fanout = new LocalFanout();
    const stayed: number[] = [];
    const left: number[] = [];
    fanout.subscribe('lobby', (e) => stayed.push(e.createdAt));
    const leave = fanout.subscribe('lobby', (e) => left.push(e.createdAt));
    for (let n = 1; n <= 200; n++) fanout.deliver(event(n));
    leave();
    while (stayed.length < 200) await nextTurn();
    expect(left).toEqual([]);
    expect(fanout.recentAfter('lobby', event(195).id).map((e) => e.createdAt)).toEqual([196, 197, 198, 199, 200]);
  });
});
