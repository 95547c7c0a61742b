import { EventEmitter } from 'node:events';
import type http from 'node:http';
import { afterArrivedRequestsStart } from '../modules/common/request-arrivals';
import { MAX_STARTS_PER_TURN, startRequestsInTurns } from './turn-admission';

const request = (name: string) => ({ url: name }) as http.IncomingMessage;
const response = {} as http.ServerResponse;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const names = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

function admittingServer() {
  const server = new EventEmitter();
  const started: string[] = [];
  startRequestsInTurns(server as http.Server, (req) => void started.push(req.url!));
  const arrive = (...urls: string[]) => urls.forEach((url) => server.emit('request', request(url), response));
  const accept = () => server.emit('connection');
  return { started, arrive, accept };
}

describe('startRequestsInTurns', () => {
  it('starts none in the turn they arrived, then up to MAX_STARTS_PER_TURN per turn, in arrival order', async () => {
    const { started, arrive } = admittingServer();
    const all = names(MAX_STARTS_PER_TURN + 4, 'r');
    arrive(...all);
    expect(started).toEqual([]);
    await nextTurn();
    expect(started).toEqual(all.slice(0, MAX_STARTS_PER_TURN));
    // One arriving while others wait queues behind them.
    arrive('late');
    await nextTurn();
    expect(started).toEqual([...all, 'late']);
  });

  it('starts one request per turn while connections are being accepted, so accepting keeps pace', async () => {
    const { started, arrive, accept } = admittingServer();
    accept();
    arrive('a', 'b', 'c', 'd');
    await nextTurn();
    expect(started).toEqual(['a']);
    accept();
    await nextTurn();
    expect(started).toEqual(['a', 'b']);
    // No connection accepted in that turn: the rest start together.
    await nextTurn();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lets batching work wait until the requests that had arrived have started', async () => {
    const { started, arrive, accept } = admittingServer();
    accept();
    arrive('a', 'b', 'c');
    let ranAfter: string[] | null = null;
    afterArrivedRequestsStart(() => (ranAfter = [...started]));
    // A request arriving afterwards is not waited for.
    arrive('d');
    for (let turn = 0; turn < 6 && ranAfter === null; turn++) {
      accept();
      await nextTurn();
    }
    expect(ranAfter).toEqual(['a', 'b', 'c']);
  });
});
