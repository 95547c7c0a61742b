import type { Context } from '../../context';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Movie } from '../catalogue/movie.entity';

export enum BotIntent {
  SEARCH = 'SEARCH',
  MORE = 'MORE',
  SUMMARY = 'SUMMARY',
  CHAT = 'CHAT',
  OFF_TOPIC = 'OFF_TOPIC',
  /** "What should I watch?": the caller's recommendations (members), or the best rated (guests). */
  FOR_ME = 'FOR_ME',
}

registerEnumType(BotIntent, { name: 'BotIntent', description: 'How the assistant understood the message' });

export enum BotRole {
  USER = 'USER',
  ASSISTANT = 'ASSISTANT',
}

registerEnumType(BotRole, { name: 'BotRole', description: 'Who said a turn of a conversation' });

@ObjectType({ description: 'One message of a conversation with the assistant' })
export class BotTurn {
  @Field(() => BotRole) role!: BotRole;
  @Field() text!: string;
  @Field(() => [Movie], { description: 'What an assistant turn recommended (films since removed are left out)' })
  movies!: Movie[];
}

@ObjectType({ description: 'A conversation with the assistant as the server keeps it (the newest turns)' })
export class BotConversationView {
  @Field() conversationId!: string;
  @Field(() => [BotTurn]) turns!: BotTurn[];
}

@InputType()
export class AskBotInput {
  @Field({ description: 'Only the new message: the conversation is kept on the server' }) message!: string;
  @Field(() => String, { nullable: true, description: 'From the previous reply, when not logged in' }) conversationId?:
    string | null;
}

@ObjectType({ description: "The assistant's answer, grounded in our catalogue" })
export class BotReply {
  @Field() conversationId!: string;
  @Field() text!: string;
  @Field(() => [Movie], { description: 'At most 3, all from our catalogue' }) movies!: Movie[];
  @Field(() => BotIntent) intent!: BotIntent;
  @Field({ description: 'Who answered: local, or an AI provider (or "local (fallback from X)")' }) provider!: string;
}

@ObjectType({ description: 'One piece of a streamed reply: text as it arrives, then the final reply with its movies' })
export class BotStreamEvent {
  @Field(() => String, { nullable: true, description: 'Text produced since the previous event' }) delta!: string | null;
  @Field({ description: 'True on the last event, which carries the reply' }) done!: boolean;
  @Field(() => BotReply, {
    nullable: true,
    description: 'The complete reply (its text is authoritative), on the last event',
  })
  reply!: BotReply | null;
}

/** What answering a question needs of the request: its unit of work, loaders, and who asks from where. */
export type BotCaller = Pick<Context, 'em' | 'loaders' | 'viewer' | 'clientIp' | 'services'>;

/** What the tools need: reads only. */
export type BotReader = Pick<Context, 'em' | 'loaders' | 'viewer' | 'services'>;
