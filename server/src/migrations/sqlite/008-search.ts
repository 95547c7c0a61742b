import { Migration } from '@mikro-orm/migrations';
import { backfillSearch } from '../search-backfill';

/** Folding as in searchWords, and prefix indexes for what people type first (two and three letters). */
const PREFIXED = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'";

/** External-content FTS5 table `name` over `columns` of `table`, filled now and kept by triggers. */
function ftsOver(name: string, table: string, key: string, columns: string[], tokenize: string): string[] {
  const list = columns.join(', ');
  const values = (prefix: string) => columns.map((column) => `${prefix}.${column}`).join(', ');
  return [
    `create virtual table ${name} using fts5(${list}, content = '${table}', content_rowid = '${key}', ${tokenize})`,
    `insert into ${name}(${name}) values ('rebuild')`,
    `create trigger ${name}_after_insert after insert on ${table} begin insert into ${name}(rowid, ${list}) values (new.${key}, ${values('new')}); end`,
    `create trigger ${name}_after_delete after delete on ${table} begin insert into ${name}(${name}, rowid, ${list}) values ('delete', old.${key}, ${values('old')}); end`,
    `create trigger ${name}_after_update after update of ${list} on ${table} begin insert into ${name}(${name}, rowid, ${list}) values ('delete', old.${key}, ${values('old')}); insert into ${name}(rowid, ${list}) values (new.${key}, ${values('new')}); end`,
  ];
}

/**
 * Ranked full-text search: FTS5 over the movie's search words (bm25 weighs title, people, genres,
 * description), over people's names, and a trigram FTS5 index over the vocabulary for typo
 * correction. The indexes are built after the backfill: an external-content index must only
 * ever be told to delete what it holds.
 */
export class SearchSqlite extends Migration {
  override async up(): Promise<void> {
    await this.execute('alter table `movie` drop column `search_text`');
    for (const column of ['search_title', 'search_people', 'search_genres', 'search_description'])
      await this.execute(`alter table \`movie\` add column \`${column}\` text not null default ''`);
    await this.execute('create table `search_term` (`term` text not null, primary key (`term`))');
    await this.execute('alter table `person` add column `film_count` integer not null default 0');
    await backfillSearch(this);
    this.addSql('create index `person_search_name_index` on `person` (`search_name`)');
    this.addSql('create index `person_film_count_id_index` on `person` (`film_count`, `id`)');
    const statements = [
      ...ftsOver(
        'movie_fts',
        'movie',
        'id',
        ['search_title', 'search_people', 'search_genres', 'search_description'],
        PREFIXED,
      ),
      ...ftsOver('person_fts', 'person', 'id', ['search_name'], PREFIXED),
      ...ftsOver('search_term_trigram', 'search_term', 'rowid', ['term'], "tokenize = 'trigram'"),
    ];
    for (const statement of statements) this.addSql(statement);
    // Suggestions for titles starting with what is typed, read from the index alone (GLOB uses it).
    this.addSql('create index `movie_search_title_prefix_index` on `movie` (`search_title`, `rating_count`, `id`)');
  }
}
