import type { BotReader } from './bot.types';
import { movieDetails, movieSummaries, picksForCaller, searchCatalogue, similarSummaries } from './bot-tools';
import type { Conversation } from './conversations';
import { MAX_PICKS } from './local-bot';
import type { AiProvider, ToolCall, ToolDefinition } from './providers/provider';

const idArgument = {
  type: 'object',
  properties: { id: { type: 'string', description: 'A movie id from a previous tool result' } },
  required: ['id'],
};

/** The tools both providers get, described once. */
export const BOT_TOOLS: ToolDefinition[] = [
  {
    name: 'searchMovies',
    description: 'Search the MyMDB catalogue, best rated first. Every criterion is optional.',
    parameters: {
      type: 'object',
      properties: {
        query: { type: 'string', description: 'Words to find in titles, plots and names' },
        genres: {
          type: 'array',
          items: { type: 'string' },
          description: 'Genre names, e.g. "Science Fiction"; a movie must have all',
        },
        yearFrom: { type: 'integer' },
        yearTo: { type: 'integer' },
        actor: { type: 'string', description: 'An actor name' },
        director: { type: 'string', description: 'A director name' },
        excludeGenres: {
          type: 'array',
          items: { type: 'string' },
          description: 'Genre names the user does not want ("not horror"); a movie must have none',
        },
        excludePeople: {
          type: 'array',
          items: { type: 'string' },
          description: 'Names of people the user does not want ("without Harrison Ford"), as director or actor',
        },
      },
    },
  },
  { name: 'getMovie', description: 'Everything about one movie', parameters: idArgument },
  {
    name: 'recommendForMe',
    description:
      "Films picked for the signed-in user from their own ratings, each with the reason; for guests, the best rated. Use it for 'what should I watch?'",
    parameters: { type: 'object', properties: {} },
  },
  {
    name: 'similarMovies',
    description: 'Movies like a movie (same director or actors first, then shared genres), most similar first',
    parameters: idArgument,
  },
];

export const SYSTEM_PROMPT = `You are MyMDB's movie assistant. Recommend only movies that the tools return: never from memory.
Use the tools, then answer with JSON only: {"reply": "<a short friendly answer>", "movieIds": ["<id>", ...]}
with at most ${MAX_PICKS} ids taken from tool results. For questions that are not about movies, reply briefly with an empty movieIds list.`;

/** Streamed replies are read as they arrive, so the model answers in plain text; titles it names are matched to tool results. */
export const STREAMING_SYSTEM_PROMPT = `You are MyMDB's movie assistant. Recommend only movies that the tools return: never from memory.
Use the tools, then answer in a few plain sentences (no JSON), naming at most ${MAX_PICKS} movies by their exact titles.`;

export interface AiAnswer {
  text: string;
  movieIds: number[];
}

export class UnusableOutputError extends Error {}

async function runTool(ctx: BotReader, call: ToolCall, grounded: Set<number>): Promise<unknown> {
  const id = Number(call.args.id);
  switch (call.name) {
    case 'searchMovies': {
      const movies = await searchCatalogue(ctx.em, call.args);
      movies.forEach((m) => grounded.add(m.id));
      return movieSummaries(ctx, movies);
    }
    case 'getMovie': {
      const movie = Number.isInteger(id) ? await ctx.loaders.movie.load(id) : null;
      if (!movie) return { error: `no movie with id ${String(call.args.id)}` };
      grounded.add(movie.id);
      return movieDetails(ctx, movie);
    }
    case 'recommendForMe': {
      const { personal, picks } = await picksForCaller(ctx, new Set(), 8);
      picks.forEach((pick) => grounded.add(pick.movie.id));
      const summaries = await movieSummaries(
        ctx,
        picks.map((pick) => pick.movie),
      );
      return {
        personal,
        movies: summaries.map((summary, i) => ({ ...summary, reason: picks[i].reason })),
      };
    }
    case 'similarMovies': {
      if (!Number.isInteger(id)) return { error: 'id must be a movie id' };
      const movies = await similarSummaries(ctx, id);
      movies.forEach((m) => grounded.add(Number(m.id)));
      return movies;
    }
    default:
      return { error: `unknown tool ${call.name}` };
  }
}

/** Reads the model's final answer: the JSON asked for, else its plain text with the grounded titles it names. */
export function parseFinalAnswer(text: string, groundedTitles: Map<number, string>): AiAnswer {
  const trimmed = text.trim().replace(/^```(?:json)?\s*|\s*```$/g, '');
  try {
    const value = JSON.parse(trimmed) as { reply?: unknown; movieIds?: unknown };
    if (typeof value.reply === 'string' && value.reply.trim()) {
      const ids = Array.isArray(value.movieIds) ? value.movieIds.map((id) => Number(id)).filter(Number.isInteger) : [];
      return { text: value.reply.trim(), movieIds: ids };
    }
  } catch {
    // not JSON: fall through to plain text
  }
  if (!trimmed || trimmed.startsWith('{')) throw new UnusableOutputError('the model gave no usable answer');
  const named = [...groundedTitles]
    .filter(([, title]) => trimmed.toLowerCase().includes(title.toLowerCase()))
    .map(([id]) => id);
  return { text: trimmed, movieIds: named };
}

/**
 * The tool loop: the model calls our tools until it answers, at most `maxSteps` times. Grounding is
 * enforced here: only movies a tool returned in this conversation can be recommended.
 */
export async function answerWithProvider(
  ctx: BotReader,
  provider: AiProvider,
  conversation: Conversation,
  message: string,
  options: { maxSteps: number; signal: AbortSignal; onText?: (delta: string) => void },
): Promise<AiAnswer> {
  const grounded = new Set(conversation.groundedMovieIds);
  const { onText } = options;
  const session = provider.open(
    onText ? STREAMING_SYSTEM_PROMPT : SYSTEM_PROMPT,
    conversation.turns,
    message,
    BOT_TOOLS,
  );
  for (let step = 0; step < options.maxSteps; step++) {
    const turn = onText ? await session.stepStream(options.signal, onText) : await session.step(options.signal);
    if (turn.toolCalls.length === 0) {
      const titles = new Map(
        (await ctx.loaders.movie.loadMany([...grounded])).flatMap((m) =>
          m && !(m instanceof Error) ? [[m.id, m.title] as [number, string]] : [],
        ),
      );
      const answer = parseFinalAnswer(turn.text, titles);
      conversation.groundedMovieIds = [...grounded];
      return { text: answer.text, movieIds: answer.movieIds.filter((id) => grounded.has(id)) };
    }
    const results = [];
    for (const call of turn.toolCalls) results.push({ call, result: await runTool(ctx, call, grounded) });
    session.addToolResults(results);
  }
  throw new UnusableOutputError(`no answer within ${options.maxSteps} steps`);
}
