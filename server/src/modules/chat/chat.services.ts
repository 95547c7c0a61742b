import type { RateLimits } from '../../config';
import type { CreateRateLimiter } from '../common/rate-limit';
import type { ChatBus } from './bus/chat-bus';
import { LiveChat } from './live-chat.service';
import { MessageHistory } from './message-history';
import type { PresenceService } from './presence.service';
import { RoomService } from './room.service';

/** The chat module's services, built once per app over one bus. */
export interface Chat {
  bus: ChatBus;
  presence: PresenceService;
  rooms: RoomService;
  history: MessageHistory;
  live: LiveChat;
}

export function createChat(
  bus: ChatBus,
  presence: PresenceService,
  maxMessageLength: number,
  limits: RateLimits,
  createLimiter: CreateRateLimiter,
): Chat {
  const rooms = new RoomService(limits, createLimiter);
  const history = new MessageHistory(bus);
  return {
    bus,
    presence,
    rooms,
    history,
    live: new LiveChat(bus, rooms, history, presence, maxMessageLength, limits, createLimiter),
  };
}
