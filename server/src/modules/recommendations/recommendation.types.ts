import { Field, Float, ObjectType } from 'type-graphql';
import { Movie } from '../catalogue/movie.entity';

@ObjectType({ description: 'A film MyMDB thinks the caller will like, and why' })
export class Recommendation {
  @Field(() => Movie) movie!: Movie;
  @Field(() => Float, { description: 'Relative strength, 0 to 1; the first is 1' }) score!: number;
  @Field(() => [Movie], { description: 'Films the caller rated that led here, strongest first' }) because!: Movie[];
  @Field({ description: 'One sentence, e.g. "Because you rated Alien 5★"' }) reason!: string;
}
