import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { connectionFor } from '../../db/read-source';
import { Genre } from './genre.entity';

@Resolver(() => Genre)
export class GenreResolver {
  @Query(() => [Genre], { description: 'Every genre, by name' })
  genres(@Ctx() { em, reads }: Context): Promise<Genre[]> {
    return em.find(Genre, {}, { orderBy: { name: 'asc' }, connectionType: connectionFor(reads) });
  }

  @FieldResolver(() => Int, { description: 'How many catalogue films have this genre' })
  movieCount(@Root() genre: Genre, @Ctx() { loaders }: Context): Promise<number> | number {
    // A genre read as an entity has its counter already; one that came with a movie's row does not.
    return genre.movieCount ?? loaders.genreMovieCount.load(genre.id);
  }
}
