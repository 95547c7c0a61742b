import type { ApolloClient } from '@apollo/client';
import type { BotReplyFieldsFragment } from '../__generated__/graphql';
import { ASK_BOT, ASK_BOT_STREAM } from './bot-documents';

export interface BotTurnUpdate {
  /** The text so far (streaming) or the final text. */
  text: string;
  reply?: BotReplyFieldsFragment;
}

/**
 * Asks the bot. Members get the answer streamed over the socket as it is written; guests (who
 * have no socket: it needs a token) get it in one piece from the mutation.
 */
export function askBot(
  client: ApolloClient,
  input: { message: string; conversationId: string | null },
  streaming: boolean,
  onUpdate: (update: BotTurnUpdate) => void,
): Promise<BotReplyFieldsFragment> {
  if (!streaming) {
    return client.mutate({ mutation: ASK_BOT, variables: { input } }).then(({ data }) => {
      if (!data) throw new Error('The assistant did not answer');
      onUpdate({ text: data.askBot.text, reply: data.askBot });
      return data.askBot;
    });
  }
  return new Promise((resolve, reject) => {
    let text = '';
    const subscription = client.subscribe({ query: ASK_BOT_STREAM, variables: { input } }).subscribe({
      next: ({ data, error }) => {
        if (error) return reject(error instanceof Error ? error : new Error(error.message));
        const event = data?.askBotStream;
        if (!event) return;
        if (event.delta) {
          text += event.delta;
          onUpdate({ text });
        }
        if (event.reply) {
          onUpdate({ text: event.reply.text, reply: event.reply });
          resolve(event.reply);
          subscription.unsubscribe();
        }
      },
      error: reject,
      complete: () => reject(new Error('The assistant stopped before answering')),
    });
  });
}
