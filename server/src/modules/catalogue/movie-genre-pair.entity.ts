import { Entity, Index, PrimaryKey } from '@mikro-orm/core';

/**
 * Each two genres a film has, the smaller id first: a details page finds the films sharing two of
 * its genres or more by reading the pairs it has, instead of grouping every film that shares one
 * (thousands on a large catalogue). Kept by database triggers on movie_genre (migration 016),
 * whichever code path writes; never written by the application.
 */
@Entity({ tableName: 'movie_genre_pair' })
@Index({ properties: ['firstGenreId', 'secondGenreId', 'movieId'] })
export class MovieGenrePair {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  movieId!: number;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  firstGenreId!: number;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  secondGenreId!: number;
}
