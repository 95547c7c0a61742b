import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../accounts/guards';
import { User } from '../accounts/user.entity';
import { usernameKey } from '../accounts/username';
import { Movie } from '../catalogue/movie.entity';
import { decodeCursor, encodeCursor, pageSize, parseId, toConnection } from '../common/pagination';
import { freshMovie } from './rating.service';
import { newestFirst } from './moderation';
import { countRows, userStats, userWatchlist } from './profile.service';
import { ratingFromRow, reviewFromRow } from './reviews.rows';
import { RatingConnection, UserStats, WatchlistItemConnection } from './profile.types';
import { ReviewConnection } from './review.types';
import { addToWatchlist, removeFromWatchlist } from './watchlist.service';

const PROFILE_PAGE = 50;

/** Public profiles: what a member rated, reviewed and (if they allow it) means to watch. */
@Resolver(() => User)
export class ProfileResolver {
  @Query(() => User, {
    nullable: true,
    description: 'A member by username (any case); null when unknown or deactivated',
  })
  async user(@Arg('username', () => String) username: string, @Ctx() { em, loaders }: Context): Promise<User | null> {
    const row: { id: number } | undefined = await em
      .getKnex()('app_user')
      .where('username_key', usernameKey(username))
      .where('is_active', true)
      .first('id');
    return row ? loaders.user.load(Number(row.id)) : null;
  }

  @FieldResolver(() => RatingConnection, { description: 'Newest first' })
  async ratings(
    @Root() user: User,
    @Ctx() { em }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    const page = await newestFirst(
      em,
      'rating',
      { userId: String(user.id), first, after },
      ratingFromRow,
      PROFILE_PAGE,
    );
    return Object.assign(new RatingConnection(), page);
  }

  @FieldResolver(() => ReviewConnection, { description: 'Newest first' })
  async reviews(
    @Root() user: User,
    @Ctx() { em }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    const page = await newestFirst(
      em,
      'review',
      { userId: String(user.id), first, after },
      reviewFromRow,
      PROFILE_PAGE,
    );
    return Object.assign(new ReviewConnection(), page);
  }

  @FieldResolver(() => WatchlistItemConnection, {
    nullable: true,
    description: 'Most recently added first; null unless public or your own',
  })
  async watchlist(
    @Root() user: User,
    @Ctx() { em, viewer }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    if (!user.watchlistPublic && viewer?.id !== user.id) return null;
    const size = pageSize(first, PROFILE_PAGE, 20);
    const cursor = after ? (decodeCursor(after, 'watchlist', 2).map(Number) as [number, number]) : null;
    const rows = await userWatchlist(em, user.id, size, cursor);
    return Object.assign(
      new WatchlistItemConnection(),
      toConnection(rows, size, {
        node: (item) => item,
        cursor: (item) => encodeCursor('watchlist', [item.addedAt.getTime(), item.movie.id]),
        hasPreviousPage: Boolean(after),
        countAll: () => countRows(em, 'watchlist_entry', user.id),
      }),
    );
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether others may see the watchlist; shown only to its owner',
  })
  watchlistPublic(@Root() user: User, @Ctx() { viewer }: Context): boolean | null {
    return viewer?.id === user.id ? user.watchlistPublic : null;
  }

  @FieldResolver(() => UserStats)
  stats(@Root() user: User, @Ctx() { em }: Context): Promise<UserStats> {
    return userStats(em, user.id);
  }

  @Mutation(() => User, { description: 'Let others see your watchlist on your profile, or hide it again' })
  async setWatchlistPublic(@Arg('isPublic', () => Boolean) isPublic: boolean, @Ctx() ctx: Context): Promise<User> {
    const viewer = requireViewer(ctx);
    await ctx.em.getKnex()('app_user').where('id', viewer.id).update({ watchlist_public: isPublic });
    ctx.loaders.user.clear(viewer.id);
    return (await ctx.loaders.user.load(viewer.id))!;
  }
}

@Resolver(() => Movie)
export class MovieWatchlistResolver {
  @FieldResolver(() => Boolean, { description: "Whether it is on the caller's watchlist (false when anonymous)" })
  inMyWatchlist(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<boolean> {
    return loaders.inMyWatchlist.load(movie.id);
  }

  @Mutation(() => Movie, { description: 'Put a film on your watchlist (again is fine)' })
  async addToWatchlist(@Arg('movieId', () => ID) movieIdArg: string, @Ctx() ctx: Context): Promise<Movie> {
    const movieId = parseId(movieIdArg, 'movieId');
    await addToWatchlist(ctx.em, requireViewer(ctx).id, movieId);
    return freshMovie(ctx.em, movieId);
  }

  @Mutation(() => Movie, { description: 'Take a film off your watchlist' })
  async removeFromWatchlist(@Arg('movieId', () => ID) movieIdArg: string, @Ctx() ctx: Context): Promise<Movie> {
    const movieId = parseId(movieIdArg, 'movieId');
    await removeFromWatchlist(ctx.em, requireViewer(ctx).id, movieId);
    return freshMovie(ctx.em, movieId);
  }
}
