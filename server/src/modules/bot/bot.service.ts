import type { BotConfig } from '../../config';
import type { Movie } from '../catalogue/movie.entity';
import { badInput } from '../common/errors';
import { logger } from '../common/logger';
import { answerWithProvider } from './ai-bot';
import { parseBotRequest } from './bot-request';
import { BotConversationView, BotIntent, BotRole, BotTurn, type BotReply, type BotCaller } from './bot.types';
import { ConversationStore, type Conversation } from './conversations';
import { answerLocally, MAX_PICKS } from './local-bot';
import type { AiProvider } from './providers/provider';
import { takePoint, type CreateRateLimiter, type RateLimiter } from '../common/rate-limit';

const MAX_MESSAGE_LENGTH = 500;
const MAX_CONVERSATION_ID_LENGTH = 100;
const MAX_TURNS = 10;

/** The configured AI provider, its SDK loaded only when chosen. */
async function createProvider(config: BotConfig): Promise<AiProvider | null> {
  if (config.provider === 'gemini')
    return new (await import('./providers/gemini.provider')).GeminiProvider(config.gemini);
  if (config.provider === 'bedrock')
    return new (await import('./providers/bedrock.provider')).BedrockProvider(config.bedrock);
  return null;
}

export class BotService {
  private readonly conversations = new ConversationStore();
  private readonly limiter: RateLimiter;

  private constructor(
    private readonly config: BotConfig,
    private readonly provider: AiProvider | null,
    createLimiter: CreateRateLimiter,
  ) {
    this.limiter = createLimiter('bot', config.ratePerMinute, 60);
  }

  static async create(config: BotConfig, createLimiter: CreateRateLimiter): Promise<BotService> {
    return new BotService(config, await createProvider(config), createLimiter);
  }

  /** The kept conversation (the member's own, or a guest's by id) as it can be shown again; null when none. */
  async history(ctx: BotCaller, conversationId: string | null): Promise<BotConversationView | null> {
    if (conversationId && conversationId.length > MAX_CONVERSATION_ID_LENGTH)
      throw badInput('conversationId', `conversationId must be at most ${MAX_CONVERSATION_ID_LENGTH} characters`);
    if (!ctx.viewer && !conversationId) return null;
    const conversation = await this.conversations.get(ctx.em, ctx.viewer?.id ?? null, conversationId);
    if (conversation.turns.length === 0) return null;
    const movies = await ctx.loaders.movie.loadMany(conversation.turns.flatMap((turn) => turn.movieIds ?? []));
    const byId = new Map(
      movies.filter((m): m is Movie => Boolean(m) && !(m instanceof Error)).map((movie) => [movie.id, movie]),
    );
    return Object.assign(new BotConversationView(), {
      conversationId: conversation.id,
      turns: conversation.turns.map((turn) =>
        Object.assign(new BotTurn(), {
          role: turn.role === 'user' ? BotRole.USER : BotRole.ASSISTANT,
          text: turn.text,
          movies: (turn.movieIds ?? []).map((id) => byId.get(id)).filter((movie): movie is Movie => Boolean(movie)),
        }),
      ),
    });
  }

  /** With `onText`, the reply text is also reported as it is produced (for askBotStream). */
  async ask(
    ctx: BotCaller,
    input: { message: string; conversationId?: string | null },
    onText?: (delta: string) => void,
  ): Promise<BotReply> {
    const message = input.message.trim();
    if (!message) throw badInput('message', 'Ask me something');
    if (message.length > MAX_MESSAGE_LENGTH)
      throw badInput('message', `Keep questions under ${MAX_MESSAGE_LENGTH} characters`);
    const conversationId = input.conversationId?.trim() || null;
    if (conversationId && conversationId.length > MAX_CONVERSATION_ID_LENGTH) {
      throw badInput('conversationId', `conversationId must be at most ${MAX_CONVERSATION_ID_LENGTH} characters`);
    }
    await takePoint(this.limiter, ctx.viewer ? `user:${ctx.viewer.id}` : `ip:${ctx.clientIp}`, 'Too many questions');
    const conversation = await this.conversations.get(ctx.em, ctx.viewer?.id ?? null, conversationId);
    const reply = this.provider
      ? await this.askProvider(ctx, this.provider, conversation, message, onText)
      : await this.askLocally(ctx, conversation, message, 'local');
    if (!this.provider) onText?.(reply.text);
    conversation.turns.push(
      { role: 'user', text: message },
      { role: 'assistant', text: reply.text, movieIds: reply.movies.map((movie) => movie.id) },
    );
    conversation.turns.splice(0, Math.max(0, conversation.turns.length - MAX_TURNS));
    await this.conversations.save(ctx.em, ctx.viewer?.id ?? null, conversation);
    return reply;
  }

  private async askLocally(
    ctx: BotCaller,
    conversation: Conversation,
    message: string,
    provider: string,
  ): Promise<BotReply> {
    const answer = await answerLocally(ctx, conversation, message);
    return this.reply(conversation, answer.text, answer.movies, BotIntent[answer.intent], provider);
  }

  /** Any provider failure, timeout or unusable output falls back to the local answer, and says so. */
  private async askProvider(
    ctx: BotCaller,
    provider: AiProvider,
    conversation: Conversation,
    message: string,
    onText?: (delta: string) => void,
  ): Promise<BotReply> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`timed out after ${this.config.timeoutMs} ms`));
      }, this.config.timeoutMs);
    });
    try {
      const answer = await Promise.race([
        answerWithProvider(ctx, provider, conversation, message, {
          maxSteps: this.config.maxSteps,
          signal: controller.signal,
          onText,
        }),
        timeout,
      ]);
      const shown = new Set(conversation.shownMovieIds);
      const picked = answer.movieIds.filter((id) => !shown.has(id)).slice(0, MAX_PICKS);
      const movies = (await ctx.loaders.movie.loadMany(picked)).filter(
        (m): m is Movie => Boolean(m) && !(m instanceof Error),
      );
      const intent = parseBotRequest(message).intent;
      return this.reply(conversation, answer.text, movies, BotIntent[intent], provider.name);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn(`${provider.name} failed; answering locally`, { reason });
      return this.askLocally(
        ctx,
        conversation,
        message,
        `local (fallback from ${provider.name}: ${reason.slice(0, 120)})`,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  private reply(
    conversation: Conversation,
    text: string,
    movies: Movie[],
    intent: BotIntent,
    provider: string,
  ): BotReply {
    const picked = movies.slice(0, MAX_PICKS);
    for (const movie of picked)
      if (!conversation.shownMovieIds.includes(movie.id)) conversation.shownMovieIds.push(movie.id);
    return { conversationId: conversation.id, text, movies: picked, intent, provider };
  }
}
