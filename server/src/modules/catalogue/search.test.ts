import {
  dataOf,
  dialects,
  insertMembers,
  readSeedFixture,
  startTestServer,
  type TestServer,
} from '../../../test/harness';
import { rateMovie } from '../reviews/rating.service';
import { graphql } from '../../../test/__generated__';
import { chooseCorrections, editDistance, trigramSimilarity } from './search-query';
import { highlight } from './highlight';

const SEARCH = graphql(`
  query SearchMovies($search: String!, $first: Int, $after: String, $sort: MovieSort) {
    movies(filter: { search: $search }, first: $first, after: $after, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          director {
            name
          }
        }
      }
    }
  }
`);

/** The same list without relations: a page the statement reads without the cards' wrapper around it. */
const SEARCH_IDS = graphql(`
  query SearchMovieIds($search: String!, $first: Int, $sort: MovieSort) {
    movies(filter: { search: $search }, first: $first, sort: $sort) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const SUGGEST = graphql(`
  query SearchSuggestions($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      __typename
      ... on MovieHit {
        highlight
        movie {
          id
          title
        }
      }
      ... on PersonHit {
        highlight
        person {
          id
          name
        }
      }
    }
  }
`);

const PERSON = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      name
      directedCount
      actedInCount
      averageRating
      ratingCount
      directed {
        title
        releaseYear
      }
      actedIn {
        title
        releaseYear
      }
    }
  }
`);

describe('search helpers', () => {
  it('measures typos as people make them', () => {
    expect(editDistance('kubrik', 'kubrick')).toBe(1);
    expect(editDistance('godfahter', 'godfather')).toBe(1);
    expect(trigramSimilarity('kubrik', 'kubrick')).toBeCloseTo(0.5, 5);
    expect(chooseCorrections('kubrik', ['kubrick', 'kubo', 'rick'])).toEqual(['kubrick']);
    // One edit away, the one sharing more trigrams first; two edits is too many for a short word.
    expect(chooseCorrections('cat', ['cast', 'car', 'dog'])).toEqual(['car', 'cast']);
    expect(chooseCorrections('sielnt', ['silent', 'siren', 'sienna'])).toEqual(['silent']);
  });

  it('marks matched words and escapes the rest', () => {
    const words = [
      { alternatives: ['wall'], prefix: false },
      { alternatives: ['e'], prefix: true },
    ];
    expect(highlight('WALL·E', words)).toBe('<mark>WALL</mark>·<mark>E</mark>');
    expect(highlight('Tom & <Jerry>', [{ alternatives: ['tom'], prefix: true }])).toBe(
      '<mark>Tom</mark> &amp; &lt;Jerry&gt;',
    );
    expect(highlight("Schindler's List", [{ alternatives: ['schindlers'], prefix: false }])).toBe(
      '<mark>Schindler&#39;s</mark> List',
    );
  });
});

describe.each(dialects())('search on %s (demo catalogue and the seed export)', (dialect) => {
  let server: TestServer;
  const titles = async (search: string, first = 10) =>
    dataOf(await server.gql(SEARCH, { search, first })).movies.edges.map((edge) => edge.node.title);

  beforeAll(async () => {
    server = await startTestServer(dialect, { seedDemo: true });
    const report = await server.app.services.importer.importRecords(readSeedFixture());
    expect(report.errors).toEqual([]);
  });
  afterAll(() => server?.stop());

  // PostgreSQL only: ranked search reads movie_search (migration 017), kept from the films by triggers.
  if (dialect === 'postgresql')
    it("keeps each film's search row equal to its words and rating count through every kind of write", async () => {
      const knex = server.app.services.orm.em.getKnex();
      // Every column movie_search shares with movie (what a search filters and sorts on), and the vector.
      const shared = (
        await knex('information_schema.columns')
          .where({ table_name: 'movie_search', table_schema: knex.raw('current_schema()') })
          .whereNotIn('column_name', ['movie_id', 'search_vector'])
          .pluck('column_name')
      ).sort();
      expect(shared).toEqual(expect.arrayContaining(['rating_count', 'release_year', 'search_title', 'sort_title']));
      const rowsUnlikeTheirFilms = async () =>
        (
          await knex.raw(`select m.id, s.movie_id from movie m full join movie_search s on s.movie_id = m.id
            where s.movie_id is null or m.id is null
               or ${shared.map((column) => `s.${column} is distinct from m.${column}`).join(' or ')}
               or s.search_vector <> mymdb_search_vector(m.search_title, m.search_people, m.search_genres, m.search_description)`)
        ).rows;
      const searchRows = async () => Number((await knex('movie_search').count({ n: '*' }))[0].n);
      expect(await rowsUnlikeTheirFilms()).toEqual([]);
      const before = await searchRows();

      const report = await server.app.services.importer.importRecords([
        {
          title: 'Quillfeather Station',
          release_year: 1971,
          director: 'Ondine Marsh',
          main_actors: ['Petra Vell'],
          genres: ['Drama'],
          description: 'A lighthouse keeper.',
        },
      ]);
      expect(report.errors).toEqual([]);
      expect(await searchRows()).toBe(before + 1);
      expect(await titles('quillfeather')).toEqual(['Quillfeather Station']);
      const [{ id }] = await knex('movie').select('id').where('title', 'Quillfeather Station');

      const [member] = await insertMembers(server, 'searcher', 1);
      await rateMovie(server.app.services.orm.em.fork(), member.id, id, 4);
      expect(await knex('movie_search').where('movie_id', id).first('rating_count')).toEqual({ rating_count: 1 });
      // The words as an admin edit or a rename writes them: found by the new word, not the old one.
      await knex('movie').where('id', id).update({ search_people: 'ondine marsh petra vellacourt' });
      expect(await titles('vellacourt')).toEqual(['Quillfeather Station']);
      await knex('movie').where('id', id).update({ search_title: 'brightwater station' });
      // What an admin edit of the title, year and director writes.
      const [director] = await knex('person')
        .select('id')
        .whereNot('id', knex('movie').select('director_id').where('id', id).whereNotNull('director_id'))
        .limit(1);
      await knex('movie')
        .where('id', id)
        .update({ sort_title: 'brightwater station', release_year: 1972, director_id: director.id });
      const found = async (filter: string) =>
        (await server.gql(`{ movies(filter: { search: "brightwater", ${filter} }) { totalCount } }`)).data!.movies
          .totalCount;
      expect(await found('yearFrom: 1972, yearTo: 1972')).toBe(1);
      expect(await found('yearTo: 1971')).toBe(0);
      expect(await found(`directorId: "${director.id}"`)).toBe(1);
      expect(await titles('quillfeather')).toEqual([]);
      expect(await titles('brightwater')).toEqual(['Quillfeather Station']);
      expect(await rowsUnlikeTheirFilms()).toEqual([]);

      await knex('movie').where('id', id).delete();
      expect(await searchRows()).toBe(before);
      expect(await rowsUnlikeTheirFilms()).toEqual([]);
    });

  // PostgreSQL only: a rating rewrites the film's movie_search row, on its own page (migration 020).
  if (dialect === 'postgresql')
    it("rates a film in place: its search row stays on its page, and the vector's index keeps no pending list", async () => {
      const knex = server.app.services.orm.em.getKnex();
      // A film per page, whose row fits in the sixth of a page left free (1,228 bytes).
      const pagesOf = async (ids?: number[]) =>
        (
          await knex.raw(
            `select distinct on (page) movie_id, page from (
               select s.movie_id, (s.ctid::text::point)[0]::int as page from movie_search s
                where pg_column_size(s.*) < 1000 ${ids ? `and s.movie_id = any(?)` : ''}) as r
             order by page, movie_id`,
            ids ? [ids] : [],
          )
        ).rows as Array<{ movie_id: number; page: number }>;
      const before = await pagesOf();
      expect(before.length).toBeGreaterThan(3);
      const ids = before.map((row) => row.movie_id);
      const ratingCounts = () =>
        knex('movie_search').whereIn('movie_id', ids).orderBy('movie_id').pluck('rating_count');
      const counts = await ratingCounts();
      const [member] = await insertMembers(server, 'in_place', 1);
      for (const id of ids) await rateMovie(server.app.services.orm.em.fork(), member.id, id, 5);
      expect(await ratingCounts()).toEqual(counts.map((count) => count + 1));
      expect(await pagesOf(ids)).toEqual(before);
      // What still moves goes into the index at once: a pending list is scanned by every search.
      const [index] = (await knex.raw(`select reloptions from pg_class where relname = 'movie_search_vector_index'`))
        .rows as Array<{ reloptions: string[] }>;
      expect(index.reloptions).toContain('fastupdate=off');
    });

  it('puts the exact title first, then titles that start with the words', async () => {
    expect((await titles('alien')).slice(0, 2)).toEqual(['Alien', 'Aliens']);
    expect((await titles('leon'))[0]).toBe('Léon: The Professional');
    expect((await titles('AMÉLIE'))[0]).toBe('Amélie');
    expect((await titles("schindler's list"))[0]).toBe("Schindler's List");
  });

  it('ignores punctuation and matches the last word as a prefix', async () => {
    expect((await titles('wall-e'))[0]).toBe('WALL·E');
    expect((await titles('wall e'))[0]).toBe('WALL·E');
    expect((await titles('inters'))[0]).toBe('Interstellar');
  });

  it('corrects misspelt words towards the catalogue', async () => {
    const kubrick = (await server.gql(SEARCH, { search: 'kubrik', first: 20 })).data!.movies;
    expect(kubrick.totalCount).toBeGreaterThanOrEqual(4);
    expect(kubrick.edges.every((edge) => edge.node.director?.name === 'Stanley Kubrick')).toBe(true);
    expect((await titles('godfahter')).slice(0, 2)).toEqual(['The Godfather', 'The Godfather Part II']);
    // A swap in the middle of a short word shares no inner trigram with the right spelling.
    expect((await titles('aleins'))[0]).toBe('Aliens');
    expect((await titles('interstlelar'))[0]).toBe('Interstellar');
    expect(await titles('qqqzzxv')).toEqual([]);
  });

  it('ranks title matches above people, genres and descriptions', async () => {
    const nolan = dataOf(await server.gql(SEARCH, { search: 'nolan', first: 5 })).movies.edges;
    expect(nolan.length).toBe(5);
    expect(nolan.every((edge) => edge.node.director?.name === 'Christopher Nolan')).toBe(true);
    // "Blade Runner 2049" has both words in its title; films that only mention them come later.
    expect((await titles('blade runner')).slice(0, 2)).toEqual(['Blade Runner', 'Blade Runner 2049']);
    // Genre aliases: sci-fi finds science fiction.
    expect(dataOf(await server.gql(SEARCH, { search: 'sci-fi', first: 1 })).movies.totalCount).toBeGreaterThan(10);
  });

  it('keeps filtering by the words under another sort', async () => {
    const byTitle = dataOf(await server.gql(SEARCH, { search: 'alien', first: 50, sort: 'TITLE_ASC' })).movies;
    const byRelevance = dataOf(await server.gql(SEARCH, { search: 'alien', first: 50 })).movies;
    expect(byTitle.totalCount).toBe(byRelevance.totalCount);
    const sorted = byTitle.edges.map((edge) => edge.node.title);
    expect(new Set(sorted)).toEqual(new Set(byRelevance.edges.map((edge) => edge.node.title)));
    expect(sorted).not.toEqual(byRelevance.edges.map((edge) => edge.node.title));
  });

  it.each([
    ['relevance', undefined],
    ['title', 'TITLE_DESC' as const],
  ])('pages by cursor in %s order without repeating or skipping', async (_order, sort) => {
    const all = dataOf(await server.gql(SEARCH, { search: 'the', first: 100, sort })).movies;
    expect(all.totalCount).toBeGreaterThan(20);
    const bare = dataOf(await server.gql(SEARCH_IDS, { search: 'the', first: 100, sort })).movies;
    expect(bare.edges.map((edge) => edge.node.id)).toEqual(all.edges.map((edge) => edge.node.id));
    const paged: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const page: Awaited<ReturnType<typeof server.gql<any>>> = await server.gql(SEARCH, {
        search: 'the',
        first: 7,
        after,
        sort,
      });
      const movies = dataOf(page).movies as typeof all;
      paged.push(...movies.edges.map((edge) => edge.node.id));
      if (!movies.pageInfo.hasNextPage || paged.length >= all.edges.length) break;
      after = movies.pageInfo.endCursor ?? null;
    }
    expect(paged.slice(0, all.edges.length)).toEqual(all.edges.map((edge) => edge.node.id));
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('suggests films and people with the matched words marked', async () => {
    const kubrick = dataOf(await server.gql(SUGGEST, { query: 'kubrick' })).search;
    expect(kubrick[0]).toMatchObject({ __typename: 'PersonHit', highlight: 'Stanley <mark>Kubrick</mark>' });
    // Films are suggested by their titles only (a suggestion marks what matched): none is called Kubrick.
    expect(kubrick).toHaveLength(1);
    const alien = dataOf(await server.gql(SUGGEST, { query: 'alien', first: 3 })).search;
    expect(alien.map((hit) => hit.highlight)).toEqual(['<mark>Alien</mark>', '<mark>Aliens</mark>']);
    expect(alien[0]).toMatchObject({ __typename: 'MovieHit', movie: { title: 'Alien' } });
    expect(dataOf(await server.gql(SUGGEST, { query: 'the', first: 4 })).search).toHaveLength(4);
    const typing = dataOf(await server.gql(SUGGEST, { query: 'tom ha' })).search;
    expect(
      typing
        .slice(0, 2)
        .map((hit) => hit.highlight)
        .sort(),
    ).toEqual(['<mark>Tom</mark> <mark>Hanks</mark>', '<mark>Tom</mark> <mark>Hardy</mark>']);
    const more = dataOf(await server.gql(SUGGEST, { query: 'tom han' })).search;
    expect(more[0]).toMatchObject({ __typename: 'PersonHit', highlight: '<mark>Tom</mark> <mark>Hanks</mark>' });
    expect(dataOf(await server.gql(SUGGEST, { query: ' ?! ' })).search).toEqual([]);
    const tooMany = await server.gql(SUGGEST, { query: 'alien', first: 500 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('has one page per person, whatever their role', async () => {
    const [hit] = dataOf(await server.gql(SUGGEST, { query: 'clint eastwood', first: 1 })).search;
    expect(hit.__typename).toBe('PersonHit');
    const id = hit.__typename === 'PersonHit' ? hit.person.id : '';
    const person = dataOf(await server.gql(PERSON, { id })).person!;
    expect(person.name).toBe('Clint Eastwood');
    expect(person.directedCount).toBe(person.directed.length);
    expect(person.actedInCount).toBe(person.actedIn.length);
    expect(person.directedCount).toBeGreaterThan(0);
    expect(person.actedInCount).toBeGreaterThan(0);
    const years = person.actedIn.map((movie) => movie.releaseYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(person.averageRating).toBeNull();
    expect(person.ratingCount).toBe(0);
    expect(dataOf(await server.gql(PERSON, { id: '999999' })).person).toBeNull();
  });
});
