import { Migration } from '@mikro-orm/migrations';

/**
 * The vocabulary in code point order, for words starting with what is typed (see startingWith in
 * search-query): a range on it stays indexed in a prepared statement's generic plan, where
 * `like $1` does not.
 */
export class SearchTermPrefixPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "search_term_prefix_index" on "search_term" ("term" collate "C")');
  }
}
