import { Migration } from '@mikro-orm/migrations';

/** A person as the card shows them: no film count, which changes with every credit elsewhere. */
const PERSON = (alias: string) =>
  `json_object('id', ${alias}.\`id\`, 'first_name', ${alias}.\`first_name\`, 'last_name', ${alias}.\`last_name\`)`;
const director = (personId: string) => `(select ${PERSON('d')} from \`person\` d where d.\`id\` = ${personId})`;
/** json_group_array keeps the billing order only over an ordered derived table. */
const ordered = (element: string, from: string, order: string) =>
  `(select json_group_array(json(element)) from (select ${element} as element ${from} order by ${order}))`;
const cast = (movieId: string) =>
  ordered(
    PERSON('a'),
    `from \`movie_actor\` ma join \`person\` a on a.\`id\` = ma.\`actor_id\` where ma.\`movie_id\` = ${movieId}`,
    'ma.`position`',
  );
const genres = (movieId: string) =>
  ordered(
    "json_object('id', g.`id`, 'name', g.`name`)",
    `from \`movie_genre\` mg join \`genre\` g on g.\`id\` = mg.\`genre_id\` where mg.\`movie_id\` = ${movieId}`,
    'mg.`position`',
  );

/**
 * Each film's card (see MovieCard): its director, cast and genres as the list shows them, kept by
 * row triggers whatever writes them (importer, admin edits, renames, merges, cascaded deletes).
 * SQLite runs one writer at a time, so a rebuild cannot interleave with another writer's.
 */
export class MovieCardSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `movie_card` (`movie_id` integer not null primary key, `director` json null, `cast_members` json not null, `genres` json not null)',
    );
    this.addSql(
      `insert into \`movie_card\` (\`movie_id\`, \`director\`, \`cast_members\`, \`genres\`) select m.\`id\`, ${director('m.`director_id`')}, ${cast('m.`id`')}, ${genres('m.`id`')} from \`movie\` m`,
    );
    this.addSql(
      `create trigger \`refresh_card_on_movie_insert\` after insert on \`movie\` begin insert into \`movie_card\` (\`movie_id\`, \`director\`, \`cast_members\`, \`genres\`) values (new.\`id\`, ${director('new.`director_id`')}, ${cast('new.`id`')}, ${genres('new.`id`')}); end`,
    );
    this.addSql(
      'create trigger `refresh_card_on_movie_delete` after delete on `movie` begin delete from `movie_card` where `movie_id` = old.`id`; end',
    );
    this.addSql(
      `create trigger \`refresh_card_on_movie_director\` after update of \`director_id\` on \`movie\` when old.\`director_id\` is not new.\`director_id\` begin update \`movie_card\` set \`director\` = ${director('new.`director_id`')} where \`movie_id\` = new.\`id\`; end`,
    );
    const credits = [
      { table: 'movie_actor', column: 'cast_members', build: cast },
      { table: 'movie_genre', column: 'genres', build: genres },
    ];
    for (const { table, column, build } of credits) {
      const refresh = (row: 'new' | 'old') =>
        `update \`movie_card\` set \`${column}\` = ${build(`${row}.\`movie_id\``)} where \`movie_id\` = ${row}.\`movie_id\`;`;
      this.addSql(
        `create trigger \`refresh_card_on_${table}_insert\` after insert on \`${table}\` begin ${refresh('new')} end`,
      );
      this.addSql(
        `create trigger \`refresh_card_on_${table}_delete\` after delete on \`${table}\` begin ${refresh('old')} end`,
      );
      this.addSql(
        `create trigger \`refresh_card_on_${table}_update\` after update on \`${table}\` begin ${refresh('old')} ${refresh('new')} end`,
      );
    }
    this.addSql(
      `create trigger \`refresh_card_on_person_name\` after update of \`first_name\`, \`last_name\` on \`person\` when old.\`first_name\` is not new.\`first_name\` or old.\`last_name\` is not new.\`last_name\` begin ` +
        `update \`movie_card\` set \`director\` = ${director('new.`id`')} where \`movie_id\` in (select \`id\` from \`movie\` where \`director_id\` = new.\`id\`); ` +
        `update \`movie_card\` set \`cast_members\` = ${cast('`movie_card`.`movie_id`')} where \`movie_id\` in (select \`movie_id\` from \`movie_actor\` where \`actor_id\` = new.\`id\`); end`,
    );
    this.addSql(
      `create trigger \`refresh_card_on_genre_name\` after update of \`name\` on \`genre\` when old.\`name\` is not new.\`name\` begin ` +
        `update \`movie_card\` set \`genres\` = ${genres('`movie_card`.`movie_id`')} where \`movie_id\` in (select \`movie_id\` from \`movie_genre\` where \`genre_id\` = new.\`id\`); end`,
    );
  }
}
