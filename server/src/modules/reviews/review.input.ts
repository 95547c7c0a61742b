import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Movie } from '../catalogue/movie.entity';

@InputType()
export class RateMovieInput {
  @Field(() => ID) movieId!: string;
  @Field(() => Int, { description: '1 to 5' }) score!: number;
}

@InputType()
export class CreateReviewInput {
  @Field(() => ID) movieId!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field({ nullable: true, defaultValue: false, description: 'Readers see the body only after asking for it' })
  containsSpoilers?: boolean;
}

@InputType({ description: 'Fields left out stay as they are' })
export class UpdateReviewInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => Boolean, { nullable: true }) containsSpoilers?: boolean | null;
}

@ObjectType({ description: 'What deleteReview removed, and the movie it belonged to' })
export class ReviewDeletion {
  @Field(() => ID) id!: string;
  @Field(() => Movie) movie!: Movie;
}
