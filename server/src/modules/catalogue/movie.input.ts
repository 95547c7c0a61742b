import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

export enum MovieSort {
  TITLE_ASC = 'TITLE_ASC',
  TITLE_DESC = 'TITLE_DESC',
  YEAR_ASC = 'YEAR_ASC',
  YEAR_DESC = 'YEAR_DESC',
  NEWEST = 'NEWEST',
  TOP_RATED = 'TOP_RATED',
}

registerEnumType(MovieSort, {
  name: 'MovieSort',
  valuesConfig: {
    NEWEST: { description: 'Most recently added first' },
    TOP_RATED: { description: 'Highest average rating first; more ratings win ties; unrated last' },
  },
});

@InputType({ description: 'All given conditions must hold' })
export class MovieFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words matched in title, description, director and actor names, ignoring case and accents',
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
}
