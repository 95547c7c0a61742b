import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

export enum MovieSort {
  TITLE_ASC = 'TITLE_ASC',
  TITLE_DESC = 'TITLE_DESC',
  YEAR_ASC = 'YEAR_ASC',
  YEAR_DESC = 'YEAR_DESC',
  NEWEST = 'NEWEST',
  TOP_RATED = 'TOP_RATED',
  RELEVANCE = 'RELEVANCE',
}

registerEnumType(MovieSort, {
  name: 'MovieSort',
  valuesConfig: {
    NEWEST: { description: 'Most recently added first ("Recently added")' },
    RELEVANCE: {
      description:
        'Best match for filter.search first: exact and near-exact titles, then title, people, genre and description matches; more ratings win ties. NEWEST when there is no search',
    },
    TOP_RATED: { description: 'Highest average rating first; more ratings win ties; unrated last' },
  },
});

@InputType({ description: 'All given conditions must hold' })
export class MovieFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words matched in title, director and actor names, genres and description, ignoring case and accents; misspelt words are corrected and the last word matches as a prefix',
  })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'Genre names (any case); a movie must have every one' })
  genres?: string[] | null;

  @Field(() => Int, { nullable: true })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true })
  directorId?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Genre names (any case); a movie must have none of them' })
  excludeGenres?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'People who must be neither the director nor a main actor' })
  excludePersonIds?: string[] | null;
}
