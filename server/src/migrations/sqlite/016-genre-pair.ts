import { Migration } from '@mikro-orm/migrations';

/** The pairs a film gains with a genre: the new genre with each other genre of the film. */
const PAIRS_GAINED = `insert or ignore into \`movie_genre_pair\` (\`movie_id\`, \`first_genre_id\`, \`second_genre_id\`)
   select new.\`movie_id\`, min(new.\`genre_id\`, g.\`genre_id\`), max(new.\`genre_id\`, g.\`genre_id\`)
   from \`movie_genre\` g where g.\`movie_id\` = new.\`movie_id\` and g.\`genre_id\` <> new.\`genre_id\`;`;
/** The pairs a film loses with a genre. */
const PAIRS_LOST = `delete from \`movie_genre_pair\` where \`movie_id\` = old.\`movie_id\`
   and (\`first_genre_id\` = old.\`genre_id\` or \`second_genre_id\` = old.\`genre_id\`);`;

/** Each film's genre pairs (see MovieGenrePair), kept by row triggers on movie_genre whatever writes it. */
export class GenrePairSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `movie_genre_pair` (`movie_id` integer not null, `first_genre_id` integer not null, `second_genre_id` integer not null, primary key (`movie_id`, `first_genre_id`, `second_genre_id`))',
    );
    this.addSql(
      'create index `movie_genre_pair_first_genre_id_second_genre_id_movie_id_index` on `movie_genre_pair` (`first_genre_id`, `second_genre_id`, `movie_id`)',
    );
    this.addSql(`insert into \`movie_genre_pair\` (\`movie_id\`, \`first_genre_id\`, \`second_genre_id\`)
  select a.\`movie_id\`, a.\`genre_id\`, b.\`genre_id\` from \`movie_genre\` a
  join \`movie_genre\` b on b.\`movie_id\` = a.\`movie_id\` and b.\`genre_id\` > a.\`genre_id\``);
    this.addSql(`create trigger \`genre_pairs_insert\` after insert on \`movie_genre\` begin ${PAIRS_GAINED} end`);
    this.addSql(`create trigger \`genre_pairs_delete\` after delete on \`movie_genre\` begin ${PAIRS_LOST} end`);
    this.addSql(
      `create trigger \`genre_pairs_update\` after update of \`movie_id\`, \`genre_id\` on \`movie_genre\` begin ${PAIRS_LOST} ${PAIRS_GAINED} end`,
    );
  }
}
