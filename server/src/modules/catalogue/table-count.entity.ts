import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How many rows a table holds, kept by database triggers (migration 012) on every insert and
 * delete, whichever code path writes: an unfiltered totalCount reads one row instead of counting
 * the catalogue. Never written by the application.
 */
@Entity({ tableName: 'table_count' })
export class TableCount {
  @PrimaryKey({ type: 'string', length: 63 })
  tableName!: string;

  @Property({ type: 'bigint' })
  rowCount!: string;
}
