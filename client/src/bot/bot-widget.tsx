import { useApolloClient } from '@apollo/client/react';
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { BotReplyFieldsFragment } from '../__generated__/graphql';
import { useAuth } from '../auth/auth';
import { humanMessage } from '../components/error-message';
import { askBot } from './bot-conversation';
import { BOT_CONVERSATION } from './bot-documents';
import { FloatingPanel, useFocusReturn } from '../components/floating-panel';

interface Turn {
  id: number;
  from: 'you' | 'bot';
  text: string;
  movies?: BotReplyFieldsFragment['movies'];
  pending?: boolean;
  failed?: boolean;
}

const GREETING: Turn = {
  id: 0,
  from: 'bot',
  text: 'Hi! Ask me for a movie: "a funny heist film", "something like Alien", "90s crime dramas"…',
};

/** A guest's conversation id survives a reload here; a member's conversation is found by their login. */
const CONVERSATION_KEY = 'mymdb.bot.conversation';

/**
 * The assistant bubble: a conversation whose answers link to the movies it recommends. On first
 * opening it shows the conversation the server kept (after a reload, say).
 */
export function BotWidget({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const client = useApolloClient();
  const { viewer, checking } = useAuth();
  const [turns, setTurns] = useState<Turn[]>([GREETING]);
  const [conversationId, setConversationId] = useState<string | null>(() => localStorage.getItem(CONVERSATION_KEY));
  const [busy, setBusy] = useState(false);
  const nextId = useRef(1);
  const listRef = useRef<HTMLOListElement>(null);
  const buttonRef = useFocusReturn(open);
  const restoredFor = useRef<string | null>(null);

  // Once per viewer, on first opening: the turns the server kept.
  useEffect(() => {
    const who = viewer ? `user:${viewer.id}` : 'guest';
    if (!open || checking || restoredFor.current === who) return;
    restoredFor.current = who;
    void client
      .query({
        query: BOT_CONVERSATION,
        variables: { conversationId: viewer ? null : conversationId },
        fetchPolicy: 'network-only',
      })
      .then(({ data }) => {
        const kept = data?.botConversation;
        if (!kept) return;
        setTurns([
          GREETING,
          ...kept.turns.map((turn, i) => ({
            id: -1 - i,
            from: turn.role === 'USER' ? ('you' as const) : ('bot' as const),
            text: turn.text,
            movies: turn.movies,
          })),
        ]);
      })
      .catch(() => undefined);
  }, [open, checking, viewer, client, conversationId]);

  useLayoutEffect(() => {
    if (listRef.current) listRef.current.scrollTop = listRef.current.scrollHeight;
  }, [turns]);

  const patch = (id: number, changes: Partial<Turn>) =>
    setTurns((all) => all.map((turn) => (turn.id === id ? { ...turn, ...changes } : turn)));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('message') as HTMLInputElement;
    const message = input.value.trim();
    if (!message || busy) return;
    input.value = '';
    const answerId = nextId.current + 1;
    setTurns((all) => [
      ...all,
      { id: nextId.current, from: 'you', text: message },
      { id: answerId, from: 'bot', text: '', pending: true },
    ]);
    nextId.current += 2;
    setBusy(true);
    try {
      const reply = await askBot(client, { message, conversationId }, Boolean(viewer), ({ text, reply: final }) =>
        patch(answerId, { text, movies: final?.movies, pending: !final }),
      );
      setConversationId(reply.conversationId);
      if (!viewer) localStorage.setItem(CONVERSATION_KEY, reply.conversationId);
    } catch (error) {
      patch(answerId, { text: humanMessage(error), pending: false, failed: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bot-dock">
      <FloatingPanel
        open={open}
        label="Assistant"
        heading="Ask MyMDB"
        className="bot-panel"
        onClose={() => onOpenChange(false)}
      >
        <ol className="bot-turns" ref={listRef} aria-live="polite">
          {turns.map((turn) => (
            <li key={turn.id} className={`turn turn-${turn.from}${turn.failed ? ' failed' : ''}`}>
              <p>{turn.text || (turn.pending ? '…' : '')}</p>
              {turn.movies && turn.movies.length > 0 && (
                <ul className="bot-movies">
                  {turn.movies.map((movie) => (
                    <li key={movie.id}>
                      <Link to={`/movies/${movie.id}`} className="bot-movie">
                        {movie.posterUrl && <img src={movie.posterUrl} alt="" loading="lazy" />}
                        <span>
                          {movie.title} <span className="meta">({movie.releaseYear})</span>
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        <form className="send" onSubmit={(event) => void onSubmit(event)}>
          <input
            name="message"
            aria-label="Ask the assistant"
            placeholder="What do you feel like watching?"
            autoComplete="off"
            maxLength={1000}
          />
          <button type="submit" disabled={busy}>
            Ask
          </button>
        </form>
      </FloatingPanel>
      <button ref={buttonRef} type="button" className="fab" aria-expanded={open} onClick={() => onOpenChange(!open)}>
        Ask MyMDB
      </button>
    </div>
  );
}
