import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A film's director, cast and genres as JSON, as a film and a page of films show them: reading
 * one row per film costs PostgreSQL a fraction of building them from the credits on every request.
 * Kept by database triggers (migration 015) on every write of the film, its credits or the names
 * they show, whichever code path writes; never written by the application. People carry no film
 * count: it changes with other films' credits (PersonResolver.filmCount reads it apart).
 */
@Entity({ tableName: 'movie_card' })
export class MovieCard {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  movieId!: number;

  /** `{ id, first_name, last_name }`, or null for a film without a director. */
  @Property({ type: 'json', columnType: 'json', nullable: true })
  director!: unknown;

  /** The cast in billing order, as the director. */
  @Property({ type: 'json', columnType: 'json' })
  castMembers!: unknown;

  /** `[{ id, name }]` in the film's order. */
  @Property({ type: 'json', columnType: 'json' })
  genres!: unknown;
}
