import type http from 'node:http';
import { oneRequestPerTurn } from './turn-admission';

const request = (name: string) => ({ url: name }) as http.IncomingMessage;
const response = {} as http.ServerResponse;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('oneRequestPerTurn', () => {
  it('starts requests in arrival order, one per event-loop turn, none in the turn it arrived', async () => {
    const started: string[] = [];
    const admit = oneRequestPerTurn((req) => void started.push(req.url!));
    for (const name of ['a', 'b', 'c']) admit(request(name), response);
    expect(started).toEqual([]);
    await nextTurn();
    expect(started).toEqual(['a']);
    await nextTurn();
    expect(started).toEqual(['a', 'b']);
    // One arriving while others wait queues behind them.
    admit(request('d'), response);
    await nextTurn();
    await nextTurn();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    // Idle again: the next one starts on the following turn.
    admit(request('e'), response);
    await nextTurn();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
