import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { User } from '../accounts/user.entity';
import { requireViewer } from '../accounts/guards';
import { notFound } from '../common/errors';
import type { ChatEvent } from './chat-event';
import type { PresenceUpdate } from './live-chat.service';
import { ROOMS_PAGE_DEFAULT } from './room.service';
import {
  ChatAuthor,
  ChatMessage,
  chatMessageFromEvent,
  CreateRoomInput,
  RoomPresence,
  SendMessageInput,
  toChatAuthor,
} from './chat.types';
import { Room } from './room.entity';

@Resolver(() => Room)
export class RoomResolver {
  @Query(() => [Room], {
    description:
      'Chat rooms alphabetically (by slug, so accents do not reorder), `first` (50, at most 100) after the slug `after`',
  })
  rooms(
    @Ctx() { em, services }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: ROOMS_PAGE_DEFAULT }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The slug of the last room already seen' })
    after?: string | null,
  ): Promise<Room[]> {
    return services.chat.rooms.list(em, { first, after });
  }

  @Query(() => Room, { nullable: true })
  room(@Arg('slug') slug: string, @Ctx() { em, services }: Context): Promise<Room | null> {
    return services.chat.rooms.bySlug(em, slug);
  }

  @Mutation(() => Room, { description: 'Log in first. A name that maps to an existing slug returns that room' })
  createRoom(@Arg('input', () => CreateRoomInput) input: CreateRoomInput, @Ctx() ctx: Context): Promise<Room> {
    return ctx.services.chat.rooms.create(ctx.em, requireViewer(ctx), input.name);
  }

  @FieldResolver(() => [ChatMessage], {
    description: 'History, oldest first within the page; `before` pages backwards',
  })
  async messages(
    @Root() room: Room,
    @Ctx() { em, services }: Context,
    @Arg('last', () => Int, { defaultValue: 50 }) last: number,
    @Arg('before', () => String, { nullable: true }) before?: string | null,
  ): Promise<ChatMessage[]> {
    return (await services.chat.history.page(em, room, last, before)).map(chatMessageFromEvent);
  }

  @FieldResolver(() => [ChatAuthor], {
    description: 'Who has the room open now (a live messageAdded subscription), on any instance',
  })
  present(@Root() room: Room, @Ctx() { services }: Context): ChatAuthor[] {
    return services.chat.presence.usersIn(room.slug).map(toChatAuthor);
  }

  @Subscription(() => RoomPresence, {
    description: 'Who is in a room: the list at once, then again whenever someone joins or leaves',
    subscribe: async ({ args, context }) => {
      requireViewer(context as Context);
      const { em, services } = context as Context;
      return services.chat.live.presenceStream(em, (args as { roomSlug: string }).roomSlug);
    },
  })
  roomPresence(@Root() update: PresenceUpdate, @Arg('roomSlug') _roomSlug: string): RoomPresence {
    return {
      roomSlug: update.roomSlug,
      users: update.users.map(toChatAuthor),
      joined: update.joined.map(toChatAuthor),
      left: update.left.map(toChatAuthor),
    };
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() room: Room, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return room.createdBy ? loaders.user.load(room.createdBy.id) : null;
  }
}

@Resolver(() => ChatMessage)
export class ChatMessageResolver {
  @Mutation(() => ChatMessage, { description: 'Log in first. Returns once the message is durably accepted' })
  async sendMessage(
    @Arg('input', () => SendMessageInput) input: SendMessageInput,
    @Ctx() ctx: Context,
  ): Promise<ChatMessage> {
    const event = await ctx.services.chat.live.send(ctx.em, requireViewer(ctx), input);
    ctx.services.metrics.chatAccepted.inc();
    return chatMessageFromEvent(event);
  }

  @FieldResolver(() => Room)
  async room(@Root() message: ChatMessage, @Ctx() { em, services }: Context): Promise<Room> {
    const room = await services.chat.rooms.cached(em, message.roomSlug);
    if (!room) throw notFound('Room', message.roomSlug);
    return room;
  }

  @Subscription(() => ChatMessage, {
    description: 'Live messages of a room; with `after` (a message id), first those persisted since, then live ones',
    subscribe: async ({ args, context }) => {
      const viewer = requireViewer(context as Context);
      const { em, services } = context as Context;
      const { roomSlug, after } = args as { roomSlug: string; after?: string | null };
      return services.chat.live.stream(em, viewer, roomSlug, after);
    },
  })
  messageAdded(
    @Root() event: ChatEvent,
    @Arg('roomSlug') _roomSlug: string,
    @Arg('after', () => String, { nullable: true }) _after?: string | null,
  ): ChatMessage {
    return chatMessageFromEvent(event);
  }
}
