import { Entity, PrimaryKey } from '@mikro-orm/core';

/** A word of some title, name or genre: what a misspelt query word is corrected towards (see search-query.ts). */
@Entity({ tableName: 'search_term' })
export class SearchTerm {
  @PrimaryKey({ type: 'string', length: 100 })
  term!: string;
}
