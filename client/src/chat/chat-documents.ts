import { graphql } from '../__generated__';

export const CHAT_MESSAGE_FIELDS = graphql(`
  fragment ChatMessageFields on ChatMessage {
    id
    content
    createdAt
    author {
      id
      username
    }
  }
`);

export const ROOMS_QUERY = graphql(`
  query ChatRooms {
    rooms {
      id
      name
      slug
    }
  }
`);

export const CREATE_ROOM = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      id
      name
      slug
    }
  }
`);

export const HISTORY_PAGE_SIZE = 50;

export const ROOM_QUERY = graphql(`
  query ChatRoom($slug: String!, $last: Int!, $before: String) {
    room(slug: $slug) {
      id
      name
      slug
      messages(last: $last, before: $before) {
        ...ChatMessageFields
      }
    }
  }
`);

/** Written into a room with writeFragment, so live and sent messages go through the merge policy. */
export const ROOM_MESSAGES = graphql(`
  fragment RoomMessages on Room {
    id
    messages {
      ...ChatMessageFields
    }
  }
`);

export const MESSAGE_ADDED = graphql(`
  subscription MessageAdded($roomSlug: String!, $after: String) {
    messageAdded(roomSlug: $roomSlug, after: $after) {
      ...ChatMessageFields
    }
  }
`);

export const SEND_MESSAGE = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...ChatMessageFields
    }
  }
`);

export const ROOM_PRESENCE = graphql(`
  subscription RoomPresence($roomSlug: String!) {
    roomPresence(roomSlug: $roomSlug) {
      users {
        id
        username
      }
    }
  }
`);
