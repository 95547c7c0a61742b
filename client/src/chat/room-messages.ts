import type { ApolloCache } from '@apollo/client';
import type { ChatMessageFieldsFragment, RoomMessagesFragment } from '../__generated__/graphql';
import { ROOM_MESSAGES } from './chat-documents';

/** The smallest message id: "replay everything" for a room whose history was empty when we joined. */
export const BEGINNING_OF_TIME = '00000000000000000000000000';

/** Adds messages to a room in the cache; the Room.messages merge policy de-duplicates and orders them. */
export function addMessagesToRoom(cache: ApolloCache, roomId: string, messages: ChatMessageFieldsFragment[]): void {
  const id = cache.identify({ __typename: 'Room', id: roomId });
  if (!id) return;
  cache.writeFragment({
    id,
    fragment: ROOM_MESSAGES,
    fragmentName: 'RoomMessages',
    // __typename lets the cache normalise each message (ChatMessage:<id>) before the merge policy runs.
    data: {
      __typename: 'Room',
      id: roomId,
      messages: messages.map((message) => ({ __typename: 'ChatMessage', ...message })),
    } as RoomMessagesFragment,
  });
}
