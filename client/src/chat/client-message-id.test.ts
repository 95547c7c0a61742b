import { newClientMessageId } from './client-message-id';

describe('newClientMessageId', () => {
  it('makes distinct v4 UUIDs, with or without crypto.randomUUID', () => {
    const original = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const ids = new Set(Array.from({ length: 100 }, newClientMessageId));
      expect(ids.size).toBe(100);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', original ?? { value: undefined, configurable: true });
    }
  });
});
