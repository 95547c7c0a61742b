import { Entity, OptionalProps, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Person } from './person.entity';

/**
 * Rating stats are kept on the row (updated in the same transaction as the rating) so a page of
 * movies needs no aggregate query and TOP_RATED sorts on an index.
 */
@ObjectType({ description: 'A film in the catalogue' })
@Entity({ tableName: 'movie' })
@Unique({ properties: ['title', 'releaseYear'] })
@Index({ properties: ['releaseYear', 'id'] })
@Index({ properties: ['sortTitle', 'id'] })
@Index({ properties: ['ratingAverage', 'ratingCount', 'id'] })
export class Movie {
  [OptionalProps]?:
    | 'description'
    | 'posterPath'
    | 'posterWidths'
    | 'director'
    | 'ratingCount'
    | 'ratingSum'
    | 'ratingAverage'
    | 'rating1Count'
    | 'rating2Count'
    | 'rating3Count'
    | 'rating4Count'
    | 'rating5Count'
    | 'searchTitle'
    | 'searchPeople'
    | 'searchGenres'
    | 'searchDescription'
    | 'createdAt'
    | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field()
  @Property({ type: 'string', length: 300 })
  title!: string;

  /** Lower-cased, accent-free title: TITLE sorts put "Éclair" among the e's on every database. */
  @Property({ type: 'string', length: 300 })
  sortTitle!: string;

  @Field()
  @Property({ type: 'text' })
  description: string = '';

  /** Storage key such as posters/x.jpg; exposed as posterUrl. */
  @Property({ type: 'string', length: 500, nullable: true })
  posterPath: string | null = null;

  /** Widths of the resized WebP copies made at upload ("185,500"); null when there are none. */
  @Property({ type: 'string', length: 50, nullable: true })
  posterWidths: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  releaseYear!: number;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null', index: true })
  director: Rel<Person> | null = null;

  @Field(() => Int, { description: 'How many people rated it' })
  @Property({ type: 'integer', default: 0 })
  ratingCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  ratingSum: number = 0;

  /** 0 while unrated; the API answers null then. */
  @Property({ type: 'double', default: 0 })
  ratingAverage: number = 0;

  @Property({ type: 'integer', default: 0, fieldName: 'rating_1_count' }) rating1Count: number = 0;
  @Property({ type: 'integer', default: 0, fieldName: 'rating_2_count' }) rating2Count: number = 0;
  @Property({ type: 'integer', default: 0, fieldName: 'rating_3_count' }) rating3Count: number = 0;
  @Property({ type: 'integer', default: 0, fieldName: 'rating_4_count' }) rating4Count: number = 0;
  @Property({ type: 'integer', default: 0, fieldName: 'rating_5_count' }) rating5Count: number = 0;

  /** Search words of the title, credited names, genres and description (see search-index.ts); never read by pages. */
  @Property({ type: 'text', lazy: true, default: '' }) searchTitle: string = '';
  @Property({ type: 'text', lazy: true, default: '' }) searchPeople: string = '';
  @Property({ type: 'text', lazy: true, default: '' }) searchGenres: string = '';
  @Property({ type: 'text', lazy: true, default: '' }) searchDescription: string = '';

  @Field({ description: 'When the film was added to the catalogue' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
