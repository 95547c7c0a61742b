import { useApolloClient } from '@apollo/client/react';
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { BotReplyFieldsFragment } from '../__generated__/graphql';
import { useAuth } from '../auth/auth';
import { humanMessage } from '../components/error-message';
import { askBot } from './bot-conversation';

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

/** The assistant bubble: a conversation whose answers link to the movies it recommends. */
export function BotWidget() {
  const client = useApolloClient();
  const { viewer } = useAuth();
  const [open, setOpen] = useState(false);
  const [turns, setTurns] = useState<Turn[]>([GREETING]);
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nextId = useRef(1);
  const listRef = useRef<HTMLOListElement>(null);

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
    } catch (error) {
      patch(answerId, { text: humanMessage(error), pending: false, failed: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bot-dock">
      {open && (
        <section className="panel bot-panel" aria-label="Movie assistant">
          <div className="panel-header">
            <h2>Ask MyMDB</h2>
            <button type="button" className="link-button" onClick={() => setOpen(false)} aria-label="Close assistant">
              ✕
            </button>
          </div>
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
        </section>
      )}
      <button type="button" className="fab" aria-expanded={open} onClick={() => setOpen(!open)}>
        Ask MyMDB
      </button>
    </div>
  );
}
