import { Arg, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { logger } from '../common/logger';
import { EventStream } from '../common/event-stream';
import { AskBotInput, BotConversationView, BotReply, BotStreamEvent } from './bot.types';

/** Questions by the provider that answered, fallbacks to the local provider told apart, for /metrics. */
function counted(ctx: Context, reply: BotReply): BotReply {
  const fallback = reply.provider.startsWith('local (fallback');
  ctx.services.metrics.botQuestions.inc({ provider: fallback ? 'local' : reply.provider, fallback: String(fallback) });
  return reply;
}

@Resolver(() => BotReply)
export class BotResolver {
  @Query(() => BotConversationView, {
    nullable: true,
    description:
      "The conversation with the assistant so far: a member's own, or a guest's by the id from askBot; null when there is none",
  })
  botConversation(
    @Arg('conversationId', () => String, { nullable: true }) conversationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<BotConversationView | null> {
    return ctx.services.bot.history(ctx, conversationId?.trim() || null);
  }

  @Mutation(() => BotReply, { description: 'Ask the movie assistant; answers only with movies from our catalogue' })
  askBot(@Arg('input', () => AskBotInput) input: AskBotInput, @Ctx() ctx: Context): Promise<BotReply> {
    return ctx.services.bot.ask(ctx, input).then((reply) => counted(ctx, reply));
  }

  @Subscription(() => BotStreamEvent, {
    description: 'askBot, streamed: text deltas as the provider produces them, then the reply with its movies',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const stream = new EventStream<BotStreamEvent | Error>(() => undefined);
      const send = (event: Partial<BotStreamEvent>) =>
        stream.push(Object.assign(new BotStreamEvent(), { delta: null, done: false, reply: null, ...event }));
      ctx.services.bot
        .ask(ctx, (args as { input: AskBotInput }).input, (delta) => send({ delta }))
        .then((reply) => send({ done: true, reply: counted(ctx, reply) }))
        .catch((error: unknown) => {
          logger.warn('askBotStream failed', error);
          stream.push(error instanceof Error ? error : new Error(String(error)));
        })
        .finally(() => stream.finish());
      return stream;
    },
  })
  askBotStream(
    @Root() event: BotStreamEvent | Error,
    @Arg('input', () => AskBotInput) _input: AskBotInput,
  ): BotStreamEvent {
    if (event instanceof Error) throw event;
    return event;
  }
}
