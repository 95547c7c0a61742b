import { ConversationStore } from './conversations';

describe('ConversationStore', () => {
  it('keeps conversations under their byte budget, dropping the least recently used', () => {
    const store = new ConversationStore(20_000);
    const talk = (id: string) => {
      const conversation = store.get(null, id);
      conversation.turns.push({ role: 'user', text: 'x'.repeat(2_000) });
      store.updated(conversation);
      return conversation;
    };
    const first = talk('first');
    for (let i = 0; i < 10; i++) talk(`other-${i}`);
    expect(store.bytes).toBeLessThanOrEqual(20_000);
    // The first one was dropped: asking again starts afresh.
    expect(store.get(null, 'first')).not.toBe(first);
    expect(store.get(null, 'other-9').turns).toHaveLength(1);
  });

  it('keeps a user conversation across calls', () => {
    const store = new ConversationStore();
    const conversation = store.get(7);
    conversation.shownMovieIds.push(1);
    store.updated(conversation);
    expect(store.get(7).shownMovieIds).toEqual([1]);
  });
});
