import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../accounts/guards';
import { pageSize } from '../common/pagination';
import { recommendFor, withMovies } from './recommendation.service';
import { Recommendation } from './recommendation.types';

const MAX_RECOMMENDATIONS = 50;

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @Query(() => [Recommendation], {
    description:
      "Films for the caller from their own ratings: films rated alike by other members, blended with the people and genres of the caller's favourites when either side has few ratings. Never a film the caller rated, reviewed or watchlisted.",
  })
  async recommendedForMe(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Recommendation[]> {
    const viewer = requireViewer(ctx);
    const size = pageSize(first, MAX_RECOMMENDATIONS, 20);
    const picks = await recommendFor(ctx.em, ctx.services.recommendations, viewer.id, size);
    return withMovies(picks, ctx.loaders.movie);
  }
}
