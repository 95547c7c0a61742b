import type { Context } from '../../context';
import { badInput } from '../common/errors';
import { BotIntent, type BotReply } from './bot.types';
import { ConversationStore } from './conversations';
import { answerLocally, MAX_PICKS } from './local-bot';
import { RateLimiter } from './rate-limiter';

const MAX_MESSAGE_LENGTH = 500;

export class BotService {
  private readonly conversations = new ConversationStore();
  private readonly limiter: RateLimiter;

  constructor(ratePerMinute: number) {
    this.limiter = new RateLimiter(ratePerMinute);
  }

  async ask(ctx: Context, input: { message: string; conversationId?: string | null }): Promise<BotReply> {
    const message = input.message.trim();
    if (!message) throw badInput('message', 'Ask me something');
    if (message.length > MAX_MESSAGE_LENGTH) throw badInput('message', `Keep questions under ${MAX_MESSAGE_LENGTH} characters`);
    this.limiter.take(ctx.viewer ? `user:${ctx.viewer.id}` : `ip:${ctx.clientIp}`);
    const conversation = this.conversations.get(ctx.viewer?.id ?? null, input.conversationId);
    const answer = await answerLocally(ctx.em, ctx.loaders, conversation, message);
    const movies = answer.movies.slice(0, MAX_PICKS);
    for (const movie of movies) if (!conversation.shownMovieIds.includes(movie.id)) conversation.shownMovieIds.push(movie.id);
    return { conversationId: conversation.id, text: answer.text, movies, intent: BotIntent[answer.intent], provider: 'local' };
  }
}
