import { TokenStore } from './token-store';

describe('TokenStore', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps a session across instances (page reloads) and tells listeners when it changes', () => {
    const store = new TokenStore();
    const changes: Array<string | null> = [];
    store.subscribe(() => changes.push(store.get()));
    store.set({ token: 'abc', expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect(new TokenStore().get()).toBe('abc');
    store.set(null);
    expect(new TokenStore().get()).toBeNull();
    expect(changes).toEqual(['abc', null]);
  });

  it('forgets an expired or foreign value', () => {
    window.localStorage.setItem(
      'mymdb.session',
      JSON.stringify({ token: 'old', expiresAt: new Date(Date.now() - 1).toISOString() }),
    );
    expect(new TokenStore().get()).toBeNull();
    expect(window.localStorage.getItem('mymdb.session')).toBeNull();
    window.localStorage.setItem('mymdb.session', 'not json');
    expect(new TokenStore().get()).toBeNull();
  });
});
