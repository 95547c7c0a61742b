import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useConnectionStatus } from '../apollo/connection-status';
import { ErrorMessage } from '../components/error-message';
import { newClientMessageId } from './client-message-id';
import { HISTORY_PAGE_SIZE, MESSAGE_ADDED, ROOM_PRESENCE, ROOM_QUERY, SEND_MESSAGE } from './chat-documents';
import { addMessagesToRoom, BEGINNING_OF_TIME } from './room-messages';
import { Linkified } from './linkified';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * One room: the last 50 messages, older pages on demand, live ones after. The subscription starts
 * `after` the newest message we had when joining, so anything sent in between, or while the socket
 * was down (graphql-ws re-subscribes with the same `after`), is replayed; the cache keeps one copy.
 */
export function RoomView({
  slug,
  onLeave,
  onMessage,
}: {
  slug: string;
  onLeave: () => void;
  /** Each live message, with its author's id (the unread badge counts others' messages). */
  onMessage?: (authorId: string | null) => void;
}) {
  const { data, error, fetchMore, client } = useQuery(ROOM_QUERY, { variables: { slug, last: HISTORY_PAGE_SIZE } });
  const room = data?.room;
  const messages = room?.messages ?? [];
  const [joinedAfter, setJoinedAfter] = useState<string | null>(null);
  const [olderExhausted, setOlderExhausted] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const status = useConnectionStatus();
  const listRef = useRef<HTMLOListElement>(null);
  const stickToBottom = useRef(true);

  // Where live messages start is fixed when the room first arrives (state set during render, once,
  // as React recommends for values derived from a previous render).
  if (room && joinedAfter === null) {
    setJoinedAfter(room.messages.at(-1)?.id ?? BEGINNING_OF_TIME);
    setOlderExhausted(room.messages.length < HISTORY_PAGE_SIZE);
  }

  const live = useSubscription(MESSAGE_ADDED, {
    variables: { roomSlug: slug, after: joinedAfter },
    skip: joinedAfter === null,
    onData: ({ data: event }) => {
      const message = event.data?.messageAdded;
      if (message && room) addMessagesToRoom(client.cache, room.id, [message]);
      if (message) onMessage?.(message.author?.id ?? null);
    },
  });

  const presence = useSubscription(ROOM_PRESENCE, { variables: { roomSlug: slug } });
  const present = presence.data?.roomPresence.users ?? [];

  const [send, sendState] = useMutation(SEND_MESSAGE);

  // Follow new messages only when the reader is already at the bottom.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && stickToBottom.current) list.scrollTop = list.scrollHeight;
  }, [messages.length]);

  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p className="meta">Loading room…</p>;
  if (!room)
    return (
      <p className="meta">
        This room no longer exists.{' '}
        <button type="button" className="link-button" onClick={onLeave}>
          Back to rooms
        </button>
      </p>
    );

  const loadOlder = async () => {
    setLoadingOlder(true);
    stickToBottom.current = false;
    try {
      const { data: page } = await fetchMore({ variables: { before: messages[0]?.id } });
      if ((page?.room?.messages.length ?? 0) < HISTORY_PAGE_SIZE) setOlderExhausted(true);
    } finally {
      setLoadingOlder(false);
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const input = form.elements.namedItem('content') as HTMLInputElement;
    const content = input.value.trim();
    if (!content) return;
    stickToBottom.current = true;
    // One id per send: a retry after a network failure is the same message, not a second one.
    const clientMessageId = newClientMessageId();
    try {
      await send({
        variables: { input: { roomSlug: slug, content, clientMessageId } },
        update: (cache, { data: sent }) => {
          if (sent) addMessagesToRoom(cache, room.id, [sent.sendMessage]);
        },
      });
      input.value = '';
    } catch {
      // Shown through the mutation's error state; the text stays in the box to retry.
    }
  };

  return (
    <div className="room">
      <div className="room-header">
        <button type="button" className="link-button" onClick={onLeave} aria-label="Back to rooms">
          ‹ Rooms
        </button>
        <h3>#{room.name}</h3>
        <span className={`status status-${status}`}>
          {status === 'connected' ? 'live' : status === 'reconnecting' ? 'reconnecting…' : 'connecting…'}
        </span>
      </div>
      {present.length > 0 && (
        <p className="present" aria-label="In the room">
          {present.length} here: {present.map((user) => user.username).join(', ')}
        </p>
      )}
      <ol
        className="messages"
        ref={listRef}
        aria-live="polite"
        aria-label={`Messages in ${room.name}`}
        onScroll={(event) => {
          const list = event.currentTarget;
          stickToBottom.current = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
        }}
      >
        {!olderExhausted && (
          <li className="load-older">
            <button type="button" disabled={loadingOlder} onClick={() => void loadOlder()}>
              {loadingOlder ? 'Loading…' : 'Load older messages'}
            </button>
          </li>
        )}
        {messages.length === 0 && <li className="meta">No messages yet. Say hello.</li>}
        {messages.map((message) => (
          <li key={message.id} className="message" data-id={message.id}>
            <span className="author">{message.author?.username ?? 'deleted user'}</span>
            <time dateTime={String(message.createdAt)}>{timeFormat.format(new Date(String(message.createdAt)))}</time>
            <p>
              <Linkified text={message.content} />
            </p>
          </li>
        ))}
      </ol>
      {live.error && <ErrorMessage error={live.error} />}
      {sendState.error && <ErrorMessage error={sendState.error} />}
      <form className="send" onSubmit={(event) => void onSubmit(event)}>
        <input
          name="content"
          aria-label="Message"
          placeholder={`Message #${room.name}`}
          autoComplete="off"
          maxLength={2000}
        />
        <button type="submit" disabled={sendState.loading}>
          Send
        </button>
      </form>
    </div>
  );
}
