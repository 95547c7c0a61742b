import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { ChatEvent } from './chat-event';

@ObjectType({ description: 'Someone in the chat: who wrote a message, or who is in a room' })
export class ChatAuthor {
  @Field(() => ID) id!: string;
  @Field() username!: string;
}

export function toChatAuthor(user: { id: number; username: string }): ChatAuthor {
  return { id: String(user.id), username: user.username };
}

@ObjectType({ description: 'Who has a room open now, and who arrived or left since the previous update' })
export class RoomPresence {
  @Field() roomSlug!: string;

  @Field(() => [ChatAuthor], { description: 'Everyone in the room, by username' })
  users!: ChatAuthor[];

  @Field(() => [ChatAuthor], { description: 'Arrived since the previous update (in the first update: everyone)' })
  joined!: ChatAuthor[];

  @Field(() => [ChatAuthor], { description: 'Left since the previous update' })
  left!: ChatAuthor[];
}

@ObjectType({ description: 'A chat message, live or from history' })
export class ChatMessage {
  @Field(() => ID, { description: 'Time-ordered; stable from the moment sendMessage returns; what before/after take' })
  id!: string;

  @Field({ description: 'Idempotency key of the send (derived from clientMessageId when given)' })
  eventId!: string;

  @Field(() => ChatAuthor, { nullable: true, description: 'Null when the account no longer exists' })
  author!: ChatAuthor | null;

  @Field() content!: string;
  @Field() createdAt!: Date;

  roomId!: number;
  roomSlug!: string;
}

export function chatMessageFromEvent(event: ChatEvent): ChatMessage {
  return Object.assign(new ChatMessage(), {
    id: event.id,
    eventId: event.eventId,
    author:
      event.userId !== null && event.username !== null ? { id: String(event.userId), username: event.username } : null,
    content: event.content,
    createdAt: new Date(event.createdAt),
    roomId: event.roomId,
    roomSlug: event.roomSlug,
  });
}

@InputType()
export class CreateRoomInput {
  @Field({ description: 'Shown as given; the slug is derived from it' }) name!: string;
}

@InputType()
export class SendMessageInput {
  @Field() roomSlug!: string;
  @Field() content!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Your own id for this send: a retry with the same id is the same message',
  })
  clientMessageId?: string | null;
}
