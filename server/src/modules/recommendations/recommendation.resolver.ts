import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../accounts/guards';
import type { Movie } from '../catalogue/movie.entity';
import { pageSize } from '../common/pagination';
import { recommendFor } from './recommendation.service';
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
    const ids = [...new Set(picks.flatMap((pick) => [pick.movieId, ...pick.because.map((rating) => rating.movieId)]))];
    const movies = new Map<number, Movie>();
    for (const movie of await ctx.loaders.movie.loadMany(ids)) {
      if (movie && !(movie instanceof Error)) movies.set(movie.id, movie);
    }
    const titleOf = (movieId: number) => movies.get(movieId)?.title ?? 'a film';
    return picks
      .filter((pick) => movies.has(pick.movieId))
      .map((pick) => ({
        movie: movies.get(pick.movieId)!,
        score: pick.score,
        because: pick.because.flatMap((rating) => movies.get(rating.movieId) ?? []),
        reason: pick.reason(titleOf),
      }));
  }
}
