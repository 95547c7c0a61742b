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
