import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLUpload, type FileUpload } from 'graphql-upload-ts';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireAdmin } from '../accounts/guards';
import { badInput, notFound } from '../common/errors';
import { readUpload } from '../common/upload';
import { posterKeyFor } from './poster-images';
import { uploadPoster } from './poster.service';
import { parseId, type Page } from '../common/pagination';
import { Genre } from './genre.entity';
import { findMovie, listMovies } from './movie-list.service';
import { broughtWith, relationsOfMovie, relationsOfMovieConnection } from './movie-relations';
import { averageRating } from './rating-stats';
import { Movie } from './movie.entity';
import { Person } from './person.entity';
import { MovieConnection, MoviesArgs, RatingBucket, SimilarMovie } from './movie.types';

const MAX_SIMILAR = 20;

@Resolver(() => Movie)
export class MovieResolver {
  @Query(() => MovieConnection, { description: 'Browse the catalogue: sort, filter, page by cursor or offset' })
  movies(
    @Args() args: MoviesArgs,
    @Ctx() { services, reads }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Movie>> {
    // Reads that never enter a unit of work: the root manager's knex, no per-request fork.
    const prefetch = { relations: relationsOfMovieConnection(info) };
    return listMovies(services.orm.em, args, reads, prefetch).then((page) =>
      Object.assign(new MovieConnection(), page),
    );
  }

  @Query(() => Movie, { nullable: true })
  movie(
    @Arg('id', () => ID) id: string,
    @Ctx() { services, reads, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Movie | null> {
    return findMovie(services.orm.em, parseId(id), reads, { relations: relationsOfMovie(info), loaders });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where to fetch the poster; null when there is none. With `width`, the smallest resized WebP copy at least that wide (185 or 500), when the poster was uploaded with copies',
  })
  posterUrl(
    @Root() movie: Movie,
    @Ctx() { services }: Context,
    @Arg('width', () => Int, { nullable: true }) width?: number | null,
  ): string | null {
    if (!movie.posterPath) return null;
    return services.storage.publicUrl(posterKeyFor(movie.posterPath, movie.posterWidths ?? null, width));
  }

  @Mutation(() => Movie, {
    description: 'Admins: a JPEG, PNG or WebP poster (checked by content, size-limited); resized copies are made once',
  })
  async uploadPoster(
    @Arg('movieId', () => ID) movieIdArg: string,
    @Arg('file', () => GraphQLUpload) file: Promise<FileUpload>,
    @Ctx() ctx: Context,
  ): Promise<Movie> {
    const admin = requireAdmin(ctx);
    const movieId = parseId(movieIdArg, 'movieId');
    const { bytes } = await readUpload(file, ctx.services.config.uploadMaxBytes);
    await uploadPoster(ctx.em, ctx.services.storage, admin.id, movieId, bytes);
    return (await ctx.em.fork().findOne(Movie, movieId)) ?? Promise.reject(notFound('Movie', movieId));
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Null when the film has no credited director' })
  director(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<Person | null> | Person | null {
    const brought = broughtWith(movie)?.director;
    if (brought !== undefined) return brought;
    return movie.director ? loaders.person.load(movie.director.id) : null;
  }

  @FieldResolver(() => [Person], { description: 'Up to four main actors, in billing order' })
  mainActors(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<Person[]> | Person[] {
    return broughtWith(movie)?.cast ?? loaders.castOf.load(movie.id);
  }

  @FieldResolver(() => [Genre])
  genres(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<Genre[]> | Genre[] {
    return broughtWith(movie)?.genres ?? loaders.genresOf.load(movie.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Mean score, two decimals; null while unrated' })
  averageRating(@Root() movie: Movie): number | null {
    return averageRating(movie);
  }

  @FieldResolver(() => [RatingBucket], { description: 'Always five rows, scores 1 to 5' })
  ratingDistribution(@Root() movie: Movie): RatingBucket[] {
    const counts = [movie.rating1Count, movie.rating2Count, movie.rating3Count, movie.rating4Count, movie.rating5Count];
    const total = counts.reduce((sum, count) => sum + count, 0);
    return counts.map((count, i) => ({
      score: i + 1,
      count,
      percent: total === 0 ? 0 : Math.round((count / total) * 1000) / 10,
    }));
  }

  @FieldResolver(() => [SimilarMovie], {
    description:
      'Movies like this one: those with the same director or a shared main actor first, then by what they share (genres last), then by rating quality (average and count); see SimilarMovie for why',
  })
  async similar(
    @Root() movie: Movie,
    @Ctx() { loaders }: Context,
    @Arg('limit', () => Int, { defaultValue: 5 }) limit: number,
  ): Promise<SimilarMovie[]> {
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_SIMILAR)
      throw badInput('limit', `limit must be between 0 and ${MAX_SIMILAR}`);
    if (limit === 0) return [];
    const rows = await loaders.similarTo(limit).load(movie.id);
    return rows.map((row) => Object.assign(new SimilarMovie(), { ...row, sourceMovieId: movie.id }));
  }
}

@Resolver(() => SimilarMovie)
export class SimilarMovieResolver {
  @FieldResolver(() => [Genre], { description: 'The genres the two movies have in common' })
  async sharedGenres(@Root() similar: SimilarMovie, @Ctx() { loaders }: Context): Promise<Genre[]> {
    const [source, candidate] = await Promise.all([
      loaders.genresOf.load(similar.sourceMovieId),
      loaders.genresOf.load(similar.movie.id),
    ]);
    const sourceIds = new Set(source.map((genre) => genre.id));
    return candidate.filter((genre) => sourceIds.has(genre.id));
  }

  @FieldResolver(() => [Person], { description: 'The main actors the two movies have in common, in billing order' })
  async sharedActors(@Root() similar: SimilarMovie, @Ctx() { loaders }: Context): Promise<Person[]> {
    if (similar.sharedActorCount === 0) return [];
    const [source, candidate] = await Promise.all([
      loaders.castOf.load(similar.sourceMovieId),
      loaders.castOf.load(similar.movie.id),
    ]);
    const sourceIds = new Set(source.map((actor) => actor.id));
    return candidate.filter((actor) => sourceIds.has(actor.id));
  }
}
