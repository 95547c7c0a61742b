import { toConnection } from './pagination';

describe('toConnection', () => {
  const countAll = () => Promise.resolve(3);
  const page = (rows: number[], size: number) => {
    const encoded: number[] = [];
    const connection = toConnection(rows, size, {
      node: (row) => ({ id: row }),
      cursor: (row) => {
        encoded.push(row);
        return `c${row}`;
      },
      hasPreviousPage: false,
      countAll,
    });
    return { connection, encoded };
  };

  it('keeps up to `size` rows and says whether more follow, encoding cursors only when read', () => {
    const { connection, encoded } = page([1, 2, 3], 2);
    expect(connection.edges.map((edge) => edge.node)).toEqual([{ id: 1 }, { id: 2 }]);
    expect([connection.pageInfo.hasNextPage, connection.pageInfo.hasPreviousPage]).toEqual([true, false]);
    expect(encoded).toEqual([]);
    expect([connection.pageInfo.startCursor, connection.pageInfo.endCursor]).toEqual(['c1', 'c2']);
    expect(connection.edges[1].cursor).toBe('c2');
    expect(encoded).toEqual([1, 2, 2]);
  });

  it('tells the total of a page that ends the list and whose start is known, and counts otherwise', async () => {
    const counted = jest.fn(() => Promise.resolve(99));
    const total = (rows: number[], size: number, startsAt?: number) =>
      toConnection(rows, size, {
        node: (row) => row,
        cursor: String,
        hasPreviousPage: startsAt !== 0,
        startsAt,
        countAll: counted,
      }).countAll();
    // A first page, and a page after an offset, that end the list.
    await expect(total([1, 2], 5, 0)).resolves.toBe(2);
    await expect(total([], 5, 0)).resolves.toBe(0);
    await expect(total([41, 42], 5, 40)).resolves.toBe(42);
    expect(counted).not.toHaveBeenCalled();
    // More rows follow; the start is unknown (after a cursor); nothing after an offset (it may lie past the end); first: 0.
    for (const [rows, size, startsAt] of [
      [[1, 2, 3], 2, 0],
      [[7], 5, undefined],
      [[], 5, 40],
      [[], 0, 0],
      [[1], 0, 0],
    ] as const)
      await expect(total([...rows], size, startsAt)).resolves.toBe(99);
    expect(counted).toHaveBeenCalledTimes(5);
    // Without startsAt, a page with no previous one starts at 0; null says counting is wanted.
    const page = (startsAt?: null) =>
      toConnection([1, 2], 5, {
        node: (row) => row,
        cursor: String,
        hasPreviousPage: false,
        startsAt,
        countAll: counted,
      });
    await expect(page().countAll()).resolves.toBe(2);
    await expect(page(null).countAll()).resolves.toBe(99);
    expect(counted).toHaveBeenCalledTimes(6);
  });

  it('gives an empty page null cursors', () => {
    const { connection } = page([], 2);
    expect(connection.edges).toEqual([]);
    expect([connection.pageInfo.startCursor, connection.pageInfo.endCursor, connection.pageInfo.hasNextPage]).toEqual([
      null,
      null,
      false,
    ]);
  });

  it('keeps the cursor getters on a prototype: an object literal with getters kept whole pages past young collections', () => {
    const { connection } = page([1], 2);
    expect(Object.getOwnPropertyDescriptor(connection.pageInfo, 'endCursor')).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(connection.edges[0], 'cursor')).toBeUndefined();
  });
});
