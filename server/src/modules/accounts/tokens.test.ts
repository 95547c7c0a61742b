import { TokenService } from './tokens';
import type { UserTokenRow } from './user-token-reader';

describe('TokenService', () => {
  const user: UserTokenRow = { id: 7, username: 'ann', is_admin: 0, token_version: 0 };
  const reads: number[] = [];
  const service = new TokenService(
    's'.repeat(48),
    '60',
    async (_em, id) => (reads.push(id), id === user.id ? user : undefined),
  );
  const em = {} as never;

  afterEach(() => {
    jest.useRealTimers();
    user.token_version = 0;
  });

  it('verifies a signature once, yet still refuses the token once it expires', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const token = service.issue({ id: 7, tokenVersion: 0 });
    expect(await service.viewerFor(em, token)).toMatchObject({ id: 7, username: 'ann', isAdmin: false });
    expect(await service.viewerFor(em, token)).toMatchObject({ id: 7 });
    jest.setSystemTime(new Date('2026-11-24T10:01:01Z'));
    await expect(service.viewerFor(em, token)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/expired/),
    });
  });

  it('checks revocation in the database on every use, cached signature or not', async () => {
    const token = service.issue({ id: 7, tokenVersion: 0 });
    reads.length = 0;
    await service.viewerFor(em, token);
    user.token_version = 1; // logout elsewhere
    await expect(service.viewerFor(em, token)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/revoked/),
    });
    expect(reads).toEqual([7, 7]);
  });

  it('refuses a tampered token even after the genuine one was cached', async () => {
    const token = service.issue({ id: 7, tokenVersion: 0 });
    await service.viewerFor(em, token);
    const [header, , signature] = token.split('.');
    const forged = [
      header,
      Buffer.from(JSON.stringify({ sub: '1', ver: 0, exp: 4102444800 })).toString('base64url'),
      signature,
    ].join('.');
    expect(forged).not.toBe(token);
    await expect(service.viewerFor(em, forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
