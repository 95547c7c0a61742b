import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { User } from '../accounts/user.entity';
import { Movie } from '../catalogue/movie.entity';
import { Review } from './review.entity';

@Resolver(() => Review)
export class ReviewFieldsResolver {
  @FieldResolver(() => User, { description: 'Who wrote it' })
  async author(@Root() review: Review, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.user.load(review.user.id))!;
  }

  @FieldResolver(() => Movie)
  async movie(@Root() review: Review, @Ctx() { loaders }: Context): Promise<Movie> {
    return (await loaders.movie.load(review.movie.id))!;
  }
}
