import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useAuth } from '../auth/auth';
import { useLoginRedirect } from '../auth/use-login-redirect';
import { ErrorMessage } from '../components/error-message';
import { CREATE_ROOM, ROOMS_QUERY } from './chat-documents';
import { RoomView } from './room-view';
import { formText } from '../components/form-text';
import { FloatingPanel, useFocusReturn } from '../components/floating-panel';

/**
 * The chat, from every page: a floating button opens rooms; pick or create one to talk. The room
 * stays joined while the panel is closed, so the button counts what others said meanwhile.
 */
export function ChatPanel({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [slug, setSlug] = useState<string | null>(null);
  const [unread, setUnread] = useState(0);
  const { viewer } = useAuth();
  const buttonRef = useFocusReturn(open);
  // Read when a message arrives: the subscription may hold an older render's callback.
  const openNow = useRef(open);
  useEffect(() => {
    openNow.current = open;
  }, [open]);
  const onMessage = (authorId: string | null) => {
    if (!openNow.current && authorId !== viewer?.id) setUnread((count) => count + 1);
  };
  return (
    <div className="chat-dock">
      <FloatingPanel open={open} label="Chat" className="chat-panel" onClose={() => onOpenChange(false)}>
        <ChatBody slug={slug} onSelect={setSlug} onMessage={onMessage} />
      </FloatingPanel>
      <button
        ref={buttonRef}
        type="button"
        className="fab"
        aria-expanded={open}
        onClick={() => {
          setUnread(0);
          onOpenChange(!open);
        }}
      >
        Chat
        {unread > 0 && !open && (
          <span className="badge" aria-label={`${unread} unread`}>
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
    </div>
  );
}

function ChatBody({
  slug,
  onSelect,
  onMessage,
}: {
  slug: string | null;
  onSelect: (slug: string | null) => void;
  onMessage: (authorId: string | null) => void;
}) {
  const { viewer, checking } = useAuth();
  const toLogin = useLoginRedirect();
  if (checking) return null;
  if (!viewer) {
    return (
      <p className="meta">
        Chat is for members.{' '}
        <button type="button" className="link-button" onClick={toLogin}>
          Log in
        </button>{' '}
        to join a room.
      </p>
    );
  }
  // Keyed by viewer: a different user starts from a fresh room view and subscription.
  return slug ? (
    <RoomView key={`${viewer.id}:${slug}`} slug={slug} onLeave={() => onSelect(null)} onMessage={onMessage} />
  ) : (
    <RoomList onSelect={onSelect} />
  );
}

function RoomList({ onSelect }: { onSelect: (slug: string) => void }) {
  const { data, error } = useQuery(ROOMS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [createRoom, createState] = useMutation(CREATE_ROOM, { refetchQueries: [ROOMS_QUERY] });
  const onCreate = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = formText(new FormData(event.currentTarget), 'name').trim();
    if (!name) return;
    const result = await createRoom({ variables: { input: { name } } }).catch(() => null);
    if (result?.data) onSelect(result.data.createRoom.slug);
  };
  return (
    <div className="room-list">
      {error && <ErrorMessage error={error} />}
      {data && data.rooms.length === 0 && <p className="meta">No rooms yet; create the first.</p>}
      <ul>
        {data?.rooms.map((room) => (
          <li key={room.id}>
            <button type="button" className="room-link" onClick={() => onSelect(room.slug)}>
              #{room.name}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void onCreate(event)} className="inline-form">
        <input name="name" aria-label="New room name" placeholder="New room name" maxLength={80} required />
        <button type="submit" disabled={createState.loading}>
          Create
        </button>
      </form>
      {createState.error && <ErrorMessage error={createState.error} />}
    </div>
  );
}
