import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AskBotInput, BotReply } from './bot.types';

@Resolver(() => BotReply)
export class BotResolver {
  @Mutation(() => BotReply, { description: 'Ask the movie assistant; answers only with movies from our catalogue' })
  askBot(@Arg('input', () => AskBotInput) input: AskBotInput, @Ctx() ctx: Context): Promise<BotReply> {
    return ctx.services.bot.ask(ctx, input);
  }
}
