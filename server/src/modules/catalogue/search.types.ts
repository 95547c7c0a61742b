import { createUnionType, Field, ObjectType } from 'type-graphql';
import { Movie } from './movie.entity';
import { Person } from './person.entity';

@ObjectType({ description: 'A film matching a search' })
export class MovieHit {
  @Field(() => Movie) movie!: Movie;

  @Field({ description: 'The title as HTML: matched words inside <mark>, everything else escaped' })
  highlight!: string;
}

@ObjectType({ description: 'A person matching a search' })
export class PersonHit {
  @Field(() => Person) person!: Person;

  @Field({ description: 'The name as HTML: matched words inside <mark>, everything else escaped' })
  highlight!: string;
}

export const SearchHit = createUnionType({
  name: 'SearchHit',
  description: 'A suggestion while typing: a film or a person',
  types: () => [MovieHit, PersonHit] as const,
});
