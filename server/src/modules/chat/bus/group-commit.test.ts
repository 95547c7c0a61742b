import { requestArrived, requestStarted } from '../../common/request-arrivals';
import { GroupCommit } from './group-commit';

describe('GroupCommit', () => {
  it('flushes what was added in one turn together, even when the flush itself never yields', async () => {
    const flushes: number[][] = [];
    // Like better-sqlite3: the whole flush runs without giving I/O a turn.
    const commit = new GroupCommit<number>(async (items) => void flushes.push(items));
    await Promise.all(Array.from({ length: 25 }, (_, i) => commit.add(i)));
    await commit.add(99);
    expect(flushes).toEqual([Array.from({ length: 25 }, (_, i) => i), [99]]);
  });

  it('waits for the requests that had arrived to start, so a burst started one per turn is one batch', async () => {
    const flushes: number[][] = [];
    const commit = new GroupCommit<number>(async (items) => void flushes.push(items));
    // As SQLite's turn admission does (http/turn-admission): four requests read, started one per turn.
    for (let i = 0; i < 4; i++) requestArrived();
    const added: Array<Promise<void>> = [];
    for (const n of [1, 2, 3, 4]) {
      requestStarted();
      added.push(commit.add(n));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(added);
    expect(flushes).toEqual([[1, 2, 3, 4]]);
  });

  it('queues what arrives during a slow flush for the next one, and caps batch size', async () => {
    const flushes: number[][] = [];
    let release!: () => void;
    const commit = new GroupCommit<number>(async (items) => {
      flushes.push(items);
      if (flushes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    }, 3);
    const first = commit.add(0);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [1, 2, 3, 4].map((n) => commit.add(n));
    release();
    await Promise.all([first, ...later]);
    expect(flushes).toEqual([[0], [1, 2, 3], [4]]);
  });

  it('rejects every add of a failed flush, and carries on with the next', async () => {
    let fail = true;
    const commit = new GroupCommit<string>(async () => {
      if (fail) throw new Error('disk full');
    });
    const results = await Promise.allSettled([commit.add('a'), commit.add('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(commit.add('c')).resolves.toBeUndefined();
  });

  it('retries a failed batch one item at a time, so only the bad item fails', async () => {
    const flushes: string[][] = [];
    const commit = new GroupCommit<string>(async (items) => {
      flushes.push(items);
      if (items.includes('bad')) throw new Error('the database refused it');
    });
    const results = await Promise.allSettled(['a', 'bad', 'c'].map((item) => commit.add(item)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(flushes).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });
});
