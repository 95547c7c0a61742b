import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'One movie record, as in the TMDB-style import file' })
export class MovieImportInput {
  @Field() title!: string;
  @Field(() => Int) releaseYear!: number;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Leave out for a film without a credited director' }) director?:
    string | null;
  @Field(() => [String], { nullable: true, description: 'In billing order; the first four are kept' }) mainActors?:
    string[] | null;
  @Field(() => [String], { nullable: true }) genres?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Relative path in poster storage, e.g. posters/x.jpg' }) poster?:
    string | null;
}

/** The file format's field names, so both entry points share one validator. */
export function toTmdbRecord(input: MovieImportInput): Record<string, unknown> {
  return {
    title: input.title,
    release_year: input.releaseYear,
    description: input.description,
    director: input.director,
    main_actors: input.mainActors,
    genres: input.genres,
    poster: input.poster,
  };
}
