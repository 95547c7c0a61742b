import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A film as an admin writes it; the cast is in billing order, at most 4' })
export class MovieInput {
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int) releaseYear!: number;
  @Field(() => ID, { nullable: true }) directorId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Main actors, top billing first; at most 4' })
  actorIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) genreIds?: string[] | null;
}
