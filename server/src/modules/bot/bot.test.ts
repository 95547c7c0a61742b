import { print } from 'graphql';
import { bearer, dataOf, signUp, startTestServer, type TestServer } from '../../../test/harness';
import { waitUntil, wsClient } from '../../../test/chat-clients';
import { graphql } from '../../../test/__generated__';

const ASK = graphql(`
  mutation BotAskBot($input: AskBotInput!) {
    askBot(input: $input) {
      conversationId
      intent
      provider
      text
      movies {
        id
        title
        releaseYear
        description
        genres {
          name
        }
        director {
          name
        }
        mainActors {
          name
        }
      }
    }
  }
`);

const ASK_SEARCH_ALIEN = graphql(`
  query BotAlienFilms {
    movies(filter: { search: "alien" }, first: 2) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const BOT_RATE = graphql(`
  mutation BotRate($input: RateMovieInput!) {
    rateMovie(input: $input) {
      id
    }
  }
`);
const BOT_FOR_ME = graphql(`
  query BotForMe {
    recommendedForMe(first: 3) {
      movie {
        title
      }
      reason
    }
  }
`);

interface PickedMovie {
  id: string;
  title: string;
  releaseYear: number;
  description: string;
  genres: Array<{ name: string }>;
  director: { name: string } | null;
  mainActors: Array<{ name: string }>;
}

const hasGenres =
  (...names: string[]) =>
  (m: PickedMovie) =>
    names.every((n) => m.genres.some((g) => g.name === n));
const inYears = (from: number, to: number) => (m: PickedMovie) => m.releaseYear >= from && m.releaseYear <= to;
const starring = (name: string) => (m: PickedMovie) => m.mainActors.some((a) => a.name === name);
const directedBy = (name: string) => (m: PickedMovie) => m.director?.name === name;
const lacksGenre = (name: string) => (m: PickedMovie) => !m.genres.some((g) => g.name === name);
const without = (name: string) => (m: PickedMovie) =>
  m.director?.name !== name && !m.mainActors.some((a) => a.name === name);
const both =
  (...checks: Array<(m: PickedMovie) => boolean>) =>
  (m: PickedMovie) =>
    checks.every((check) => check(m));

/** Each phrasing, and what every movie the local provider returns for it must satisfy. */
const PHRASINGS: Array<[string, (m: PickedMovie) => boolean]> = [
  ['sci-fi movies', hasGenres('Science Fiction')],
  ['any good scifi?', hasGenres('Science Fiction')],
  ['science fiction films please', hasGenres('Science Fiction')],
  ['some horror for tonight', hasGenres('Horror')],
  ['something scary', hasGenres('Horror')],
  ['a romcom', hasGenres('Romance', 'Comedy')],
  ['romantic comedies', hasGenres('Romance', 'Comedy')],
  ['animated films', hasGenres('Animation')],
  ['cartoons for the kids', hasGenres('Animation', 'Family')],
  ['funny movies', hasGenres('Comedy')],
  ['war films', hasGenres('War')],
  ['westerns', hasGenres('Western')],
  ['documentaries', hasGenres('Documentary')],
  ['family movies', hasGenres('Family')],
  ['a good thriller', hasGenres('Thriller')],
  ['crime movies', hasGenres('Crime')],
  ['musicals', hasGenres('Music')],
  ['fantasy adventures', hasGenres('Fantasy', 'Adventure')],
  ['a heist movie', hasGenres('Crime')],
  ['80s movies', inYears(1980, 1989)],
  ['films from the 1990s', inYears(1990, 1999)],
  ['movies from the seventies', inYears(1970, 1979)],
  ['movies from 2015', inYears(2015, 9999)],
  ['movies before 2000', inYears(0, 1999)],
  ['films released after 2010', inYears(2011, 9999)],
  ['movies between 1990 and 1995', inYears(1990, 1995)],
  ['sci-fi from the 80s', both(hasGenres('Science Fiction'), inYears(1980, 1989))],
  ['horror before 1980', both(hasGenres('Horror'), inYears(0, 1979))],
  ['2000s animation', both(hasGenres('Animation'), inYears(2000, 2009))],
  ['movies with Tom Hanks', starring('Tom Hanks')],
  ['anything starring Harrison Ford', starring('Harrison Ford')],
  ['films directed by Steven Spielberg', directedBy('Steven Spielberg')],
  ['movies by Christopher Nolan', directedBy('Christopher Nolan')],
  ['comedies with Bill Murray', both(hasGenres('Comedy'), starring('Bill Murray'))],
  ['war movies directed by Steven Spielberg', both(hasGenres('War'), directedBy('Steven Spielberg'))],
  ['dramas starring Leonardo DiCaprio', both(hasGenres('Drama'), starring('Leonardo DiCaprio'))],
  ['movies with Christopher Nolan', directedBy('Christopher Nolan')],
  ['movies about dinosaurs', (m) => /dinosaur/i.test(`${m.title} ${m.description}`)],
  ['films about a boxer', (m) => /boxer/i.test(`${m.title} ${m.description}`)],
  ['zoë kravitz… just kidding, films with Tom Hanks from the 90s', both(starring('Tom Hanks'), inYears(1990, 1999))],
  // A bare name is a person, typos tolerated, in the role they are best known for.
  ['Tom Hanks', starring('Tom Hanks')],
  ['Jim Carrey', starring('Jim Carrey')],
  ['jim carey', starring('Jim Carrey')],
  ['kubrick', directedBy('Stanley Kubrick')],
  ['Kubrik', directedBy('Stanley Kubrick')],
  // Negation.
  ['sci-fi but not horror', both(hasGenres('Science Fiction'), lacksGenre('Horror'))],
  ['scary movies, no comedies', both(hasGenres('Horror'), lacksGenre('Comedy'))],
  ['comedies, no musicals', both(hasGenres('Comedy'), lacksGenre('Music'))],
  ['sci-fi without Harrison Ford', both(hasGenres('Science Fiction'), without('Harrison Ford'))],
  ['crime movies without Al Pacino from the 70s', both(hasGenres('Crime'), without('Al Pacino'), inYears(1970, 1979))],
];

/** Movies similar to a title must share a genre, the director or a main actor with it, and never be it. */
const SIMILAR: Array<[string, string]> = [
  ['movies like Alien', 'Alien'],
  ['something similar to Toy Story', 'Toy Story'],
  ['films like The Matrix', 'The Matrix'],
];

describe('askBot with the local provider, on the demo catalogue', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seedDemo: true, env: { BOT_RATE_LIMIT_PER_MINUTE: '1000' } });
  });
  afterAll(() => server?.stop());

  const ask = async (message: string, conversationId?: string, headers?: Record<string, string>) =>
    dataOf(await server.gql(ASK, { input: { message, conversationId } }, headers)).askBot as {
      conversationId: string;
      intent: string;
      provider: string;
      text: string;
      movies: PickedMovie[];
    };

  it.each(PHRASINGS)('"%s" returns only movies that fit', async (message, fits) => {
    const reply = await ask(message);
    expect(reply).toMatchObject({ intent: 'SEARCH', provider: 'local' });
    expect(reply.movies.length).toBeGreaterThan(0);
    expect(reply.movies.length).toBeLessThanOrEqual(3);
    for (const movie of reply.movies)
      expect({ movie: movie.title, fits: fits(movie) }).toEqual({ movie: movie.title, fits: true });
    for (const movie of reply.movies) expect(reply.text).toContain(movie.title);
  });

  it.each(SIMILAR)('"%s" returns movies sharing a genre with %s', async (message, title) => {
    const { movies } = dataOf(
      await server.gql(
        graphql(`
          query BotMovies($s: String) {
            movies(filter: { search: $s }) {
              edges {
                node {
                  title
                  genres {
                    name
                  }
                  director {
                    name
                  }
                  mainActors {
                    name
                  }
                }
              }
            }
          }
        `),
        { s: title },
      ),
    );
    const source = movies.edges.map((e) => e.node).find((m) => m.title === title)!;
    const reply = await ask(message);
    expect(reply.movies.length).toBeGreaterThan(0);
    for (const movie of reply.movies) {
      expect(movie.title).not.toBe(title);
      const shares =
        movie.genres.some((g) => source.genres.some((s) => s.name === g.name)) ||
        movie.director?.name === source.director?.name ||
        movie.mainActors.some((a) => source.mainActors.some((s) => s.name === a.name));
      expect({ movie: movie.title, shares }).toEqual({ movie: movie.title, shares: true });
    }
  });

  it('ranks films with the same people first, and understands "but newer" and "but older"', async () => {
    const blade = await ask('sci-fi like Blade Runner');
    expect(blade.movies[0].title).toBe('Blade Runner 2049');
    const newer = await ask('something like Alien but newer');
    expect(newer.movies.length).toBeGreaterThan(0);
    expect(newer.movies.every((m) => m.releaseYear > 1979)).toBe(true);
    expect(newer.movies[0].title).toBe('Aliens');
    const older = await ask('films like Blade Runner 2049 but older');
    expect(older.movies.length).toBeGreaterThan(0);
    expect(older.movies.every((m) => m.releaseYear < 2017)).toBe(true);
    expect(older.movies.map((m) => m.title)).toContain('Blade Runner');
  });

  it('never repeats itself on "more", and summarises what it showed', async () => {
    const first = await ask('80s sci-fi');
    const id = first.conversationId;
    const more = await ask('more', id);
    const evenMore = await ask('show me more', id);
    expect(more.intent).toBe('MORE');
    const shown = [...first.movies, ...more.movies, ...evenMore.movies];
    expect(new Set(shown.map((m) => m.id)).size).toBe(shown.length);
    for (const movie of shown) expect(both(hasGenres('Science Fiction'), inYears(1980, 1989))(movie)).toBe(true);
    const summary = await ask('what have you shown me?', id);
    expect(summary.intent).toBe('SUMMARY');
    for (const movie of shown) expect(summary.text).toContain(movie.title);
    const fresh = await ask('what have you shown me?');
    expect(fresh.text).toBe('I have not shown you any movies yet.');
  });

  it("keeps a logged-in user's conversation without an id", async () => {
    const { token } = await signUp(server, 'cinephile');
    const first = await ask('westerns', undefined, bearer(token));
    const more = await ask('more', undefined, bearer(token));
    expect(more.conversationId).toBe(first.conversationId);
    expect(more.movies.every((m) => !first.movies.some((f) => f.id === m.id))).toBe(true);
  });

  it('answers askBotStream with the text, then the reply and its movies', async () => {
    const { token } = await signUp(server, 'streaming-fan');
    const client = wsClient(server.url, `Bearer ${token}`);
    const events: any[] = [];
    client.subscribe(
      {
        query: print(
          graphql(`
            subscription BotAskBotStream {
              askBotStream(input: { message: "war films" }) {
                delta
                done
                reply {
                  intent
                  provider
                  text
                  movies {
                    genres {
                      name
                    }
                  }
                }
              }
            }
          `),
        ),
      },
      { next: ({ data }) => void events.push(data!.askBotStream), error: () => undefined, complete: () => undefined },
    );
    await waitUntil(() => events.some((e) => e.done), 'the last stream event');
    await client.dispose();
    const last = events.at(-1);
    expect(last.reply).toMatchObject({ intent: 'SEARCH', provider: 'local' });
    expect(
      events
        .filter((e) => !e.done)
        .map((e) => e.delta)
        .join(''),
    ).toBe(last.reply.text);
    expect(last.reply.movies.every((m: PickedMovie) => hasGenres('War')(m))).toBe(true);
  });

  it('answers "what should I watch?" from the member\'s own ratings, and guests with the best rated', async () => {
    const guest = await ask('What should I watch tonight?');
    expect(guest.intent).toBe('FOR_ME');
    expect(guest.text).toMatch(/^Log in and rate a few films/);
    expect(guest.movies).toHaveLength(3);

    const { token } = await signUp(server, 'bot_member');
    const { movies } = dataOf(await server.gql(ASK_SEARCH_ALIEN, {}));
    for (const { node } of movies.edges)
      await server.gql(BOT_RATE, { input: { movieId: node.id, score: 5 } }, bearer(token));
    const { recommendedForMe } = dataOf(await server.gql(BOT_FOR_ME, {}, bearer(token)));
    const member = await ask('recommend me something', undefined, bearer(token));
    expect(member.intent).toBe('FOR_ME');
    expect(member.movies.map((movie) => movie.title)).toEqual(recommendedForMe.map((pick) => pick.movie.title));
    // Nobody else has rated anything here: the picks come from the people of the films they loved.
    const reason = recommendedForMe[0].reason;
    expect(reason).toMatch(/^Shares cast or director with Aliens? \(you gave it 5★\)/);
    expect(member.text).toContain(`${member.movies[0].title} (${member.movies[0].releaseYear}), s${reason.slice(1)}`);
    expect(member.movies.map((movie) => movie.title)).not.toContain('Alien');
    // Asked again in the same conversation: new films, not the same three.
    const again = await ask('what should i watch?', member.conversationId, bearer(token));
    expect(again.movies.some((movie) => member.movies.some((shown) => shown.id === movie.id))).toBe(false);
  });

  it('greets, declines off-topic questions, and refuses empty messages', async () => {
    expect(await ask('hello there')).toMatchObject({ intent: 'CHAT', movies: [] });
    expect(await ask("what's the capital of France")).toMatchObject({ intent: 'OFF_TOPIC', movies: [] });
    expect(await ask('Zebedee Quorthwaite')).toMatchObject({ intent: 'OFF_TOPIC', movies: [] });
    const empty = await server.gql(ASK, { input: { message: '   ' } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });
  });
});

describe('askBot rate limit', () => {
  it('answers TOO_MANY_REQUESTS past the configured questions per minute', async () => {
    const server = await startTestServer('sqlite', { env: { BOT_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++)
        codes.push((await server.gql(ASK, { input: { message: 'westerns' } })).errors?.[0].extensions?.code ?? 'OK');
      expect(codes).toEqual(['OK', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
    } finally {
      await server.stop();
    }
  });
});
