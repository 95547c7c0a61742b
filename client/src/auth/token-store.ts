export const SESSION_STORAGE_KEY = 'mymdb.session';

interface StoredSession {
  token: string;
  expiresAt: string;
}

type Listener = () => void;

/**
 * The session token, kept in localStorage so a reload stays logged in. Links read it per request,
 * and listeners (the WebSocket link, the auth provider) react when it changes.
 */
export class TokenStore {
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = window.localStorage) {}

  /** The token, or null when there is none or it has expired. */
  get(): string | null {
    const raw = this.storage.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    try {
      const session = JSON.parse(raw) as StoredSession;
      if (Date.parse(session.expiresAt) > Date.now()) return session.token;
    } catch {
      // A value we did not write: treat it as no session.
    }
    this.storage.removeItem(SESSION_STORAGE_KEY);
    return null;
  }

  set(session: StoredSession | null): void {
    if (session) this.storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    else this.storage.removeItem(SESSION_STORAGE_KEY);
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
