import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireAdmin } from '../accounts/guards';
import { notFound } from '../common/errors';
import { parseId } from '../common/pagination';
import { MovieInput } from './catalogue-admin.input';
import { deleteGenre, mergeGenres, saveGenre } from './genre-admin.service';
import { createMovie, deleteMovie, updateMovie } from './movie-admin.service';
import { deletePerson, mergePeople, savePerson } from './people-admin.service';
import { Genre } from './genre.entity';
import { Movie } from './movie.entity';
import { Person } from './person.entity';

/** Fresh reads after a change (the request's loaders may already hold the old row). */
async function freshMovie(ctx: Context, id: number): Promise<Movie> {
  return (await ctx.em.fork().findOne(Movie, id)) ?? Promise.reject(notFound('Movie', id));
}
async function freshPerson(ctx: Context, id: number): Promise<Person> {
  return (await ctx.em.fork().findOne(Person, id)) ?? Promise.reject(notFound('Person', id));
}
async function freshGenre(ctx: Context, id: number): Promise<Genre> {
  return (await ctx.em.fork().findOne(Genre, id)) ?? Promise.reject(notFound('Genre', id));
}

const ids = (values: string[], field: string) => values.map((value) => parseId(value, field));

/** Admins edit the catalogue (FORBIDDEN for others); every change lands in the audit log. */
@Resolver()
export class CatalogueAdminResolver {
  @Mutation(() => Movie, { description: 'Admins: add a film' })
  async createMovie(@Arg('input', () => MovieInput) input: MovieInput, @Ctx() ctx: Context): Promise<Movie> {
    const id = await createMovie(ctx.em, requireAdmin(ctx).id, input);
    return freshMovie(ctx, id);
  }

  @Mutation(() => Movie, { description: 'Admins: change a film; every field is replaced (cast order is list order)' })
  async updateMovie(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MovieInput) input: MovieInput,
    @Ctx() ctx: Context,
  ): Promise<Movie> {
    const movieId = parseId(id);
    await updateMovie(ctx.em, requireAdmin(ctx).id, movieId, input);
    return freshMovie(ctx, movieId);
  }

  @Mutation(() => ID, { description: 'Admins: remove a film with its ratings, reviews and credits; returns its id' })
  async deleteMovie(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    await deleteMovie(ctx.em, requireAdmin(ctx).id, parseId(id));
    return id;
  }

  @Mutation(() => Person, { description: 'Admins: add a person (a name not yet in the catalogue)' })
  async createPerson(@Arg('name') name: string, @Ctx() ctx: Context): Promise<Person> {
    const id = await savePerson(ctx.em, requireAdmin(ctx).id, null, name);
    return freshPerson(ctx, id);
  }

  @Mutation(() => Person, { description: 'Admins: correct a name (a name another person has: merge them instead)' })
  async updatePerson(@Arg('id', () => ID) id: string, @Arg('name') name: string, @Ctx() ctx: Context): Promise<Person> {
    const personId = parseId(id);
    await savePerson(ctx.em, requireAdmin(ctx).id, personId, name);
    return freshPerson(ctx, personId);
  }

  @Mutation(() => ID, { description: 'Admins: remove a person and their credits; returns their id' })
  async deletePerson(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    await deletePerson(ctx.em, requireAdmin(ctx).id, parseId(id));
    return id;
  }

  @Mutation(() => Person, {
    description: 'Admins: one person from several spellings: every credit moves to keepId, none doubled; the others go',
  })
  async mergePeople(
    @Arg('keepId', () => ID) keepId: string,
    @Arg('mergeIds', () => [ID]) mergeIds: string[],
    @Ctx() ctx: Context,
  ): Promise<Person> {
    const kept = parseId(keepId, 'keepId');
    await mergePeople(ctx.em, requireAdmin(ctx).id, kept, ids(mergeIds, 'mergeIds'));
    return freshPerson(ctx, kept);
  }

  @Mutation(() => Genre, { description: 'Admins: add a genre' })
  async createGenre(@Arg('name') name: string, @Ctx() ctx: Context): Promise<Genre> {
    const id = await saveGenre(ctx.em, requireAdmin(ctx).id, null, name);
    return freshGenre(ctx, id);
  }

  @Mutation(() => Genre, { description: 'Admins: rename a genre' })
  async updateGenre(@Arg('id', () => ID) id: string, @Arg('name') name: string, @Ctx() ctx: Context): Promise<Genre> {
    const genreId = parseId(id);
    await saveGenre(ctx.em, requireAdmin(ctx).id, genreId, name);
    return freshGenre(ctx, genreId);
  }

  @Mutation(() => ID, { description: 'Admins: remove a genre no film has (CONFLICT otherwise); returns its id' })
  async deleteGenre(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    await deleteGenre(ctx.em, requireAdmin(ctx).id, parseId(id));
    return id;
  }

  @Mutation(() => Genre, { description: 'Admins: fold genres into keepId; films keep one of each' })
  async mergeGenres(
    @Arg('keepId', () => ID) keepId: string,
    @Arg('mergeIds', () => [ID]) mergeIds: string[],
    @Ctx() ctx: Context,
  ): Promise<Genre> {
    const kept = parseId(keepId, 'keepId');
    await mergeGenres(ctx.em, requireAdmin(ctx).id, kept, ids(mergeIds, 'mergeIds'));
    return freshGenre(ctx, kept);
  }
}
