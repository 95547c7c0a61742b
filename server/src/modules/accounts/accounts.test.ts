import { print } from 'graphql';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import jwt from 'jsonwebtoken';
import { User } from './user.entity';
import { bearer, dataOf, dialects, signUp, startTestServer, type TestServer } from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

const run = promisify(execFile);
const SIGNUP = graphql(`
  mutation AccountsSignup($input: SignupInput!) {
    signup(input: $input) {
      token
      expiresAt
      user {
        id
        username
        isAdmin
        createdAt
        email
      }
    }
  }
`);
const LOGIN = graphql(`
  mutation AccountsLogin($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        username
      }
    }
  }
`);
const ME = graphql(`
  query AccountsMe {
    me {
      id
      username
      email
      isAdmin
    }
  }
`);

describe.each(dialects())('accounts on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.stop());

  const secret = () => fs.readFileSync(path.join(server.dataDir, 'jwt-secret'), 'utf8');

  it('signs up, logs in and knows who is calling', async () => {
    const signup = dataOf(
      await server.gql(SIGNUP, { input: { username: 'Ana', email: 'Ana@Example.test', password: 'violet-canyon-42' } }),
    ).signup;
    expect(signup.user).toMatchObject({ username: 'Ana', isAdmin: false, email: 'ana@example.test' });
    expect(new Date(signup.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(jwt.decode(signup.token, { complete: true })!.header.alg).toBe('HS256');
    const login = dataOf(await server.gql(LOGIN, { input: { username: 'ana', password: 'violet-canyon-42' } })).login;
    expect(login.user.username).toBe('Ana');
    expect(dataOf(await server.gql(ME, {}, bearer(login.token))).me).toMatchObject({
      username: 'Ana',
      email: 'ana@example.test',
    });
    expect(dataOf(await server.gql(ME)).me).toBeNull();
    const stored = await server.app.services.orm.em.fork().findOneOrFail(User, { usernameKey: 'ana' });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('keeps the generated signing secret in the data directory, not in code', () => {
    expect(secret().length).toBeGreaterThanOrEqual(48);
    expect((fs.statSync(path.join(server.dataDir, 'jwt-secret')).mode & 0o777).toString(8)).toBe('600');
  });

  it.each([
    [{ username: 'bob', email: 'bob@example.test', password: 'short1' }, 'password', /at least 8/],
    [{ username: 'bob', email: 'bob@example.test', password: '8675309123' }, 'password', /entirely numeric/],
    [{ username: 'bob', email: 'bob@example.test', password: 'password123' }, 'password', /too common/],
    [{ username: 'bobthebuilder', email: 'bob@example.test', password: 'bobthebuilder9' }, 'password', /too similar/],
    [{ username: 'carol', email: 'carol.sanders@example.test', password: 'Sanders-Carol' }, 'password', /too similar/],
    [{ username: 'bob', email: 'not-an-email', password: 'violet-canyon-43' }, 'email', /valid email/],
    [{ username: 'x', email: 'x@example.test', password: 'violet-canyon-43' }, 'username', /3-150/],
    [{ username: 'ANA', email: 'other@example.test', password: 'violet-canyon-43' }, 'username', /taken/],
    [{ username: 'ana2', email: 'ANA@example.test', password: 'violet-canyon-43' }, 'email', /already exists/],
  ])('refuses signup %j with BAD_USER_INPUT on %s', async (input, field, message) => {
    const response = await server.gql(SIGNUP, { input });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0].message).toMatch(message);
  });

  it('lists every password rule a signup breaks at once, and the rules to anyone', async () => {
    const response = await server.gql(SIGNUP, {
      input: { username: 'dora', email: 'dora@example.test', password: '1234' },
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const problems = response.errors?.[0].extensions?.problems as string[];
    expect(problems).toEqual([
      'Password must be at least 8 characters',
      'Password is too common',
      'Password cannot be entirely numeric',
    ]);
    expect(response.errors?.[0].message).toBe(problems.join('. '));
    const rules = await server.gql('{ passwordRules }');
    expect(rules.data?.passwordRules).toHaveLength(4);
    expect(rules.data?.passwordRules).toContain('at least 8 characters');
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrong = await server.gql(LOGIN, { input: { username: 'ana', password: 'not-her-password' } });
    const unknown = await server.gql(LOGIN, { input: { username: 'nobody-here', password: 'not-her-password' } });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Wrong username or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(unknown.errors?.[0].extensions?.code).toBe(wrong.errors?.[0].extensions?.code);
  });

  it('throttles repeated failures for one username, even with the right password afterwards', async () => {
    const { password } = await signUp(server, 'dora');
    for (let i = 0; i < 5; i++) await server.gql(LOGIN, { input: { username: 'dora', password: 'wrong-wrong-wrong' } });
    const blocked = await server.gql(LOGIN, { input: { username: 'dora', password } });
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
  });

  describe('refuses tokens that must not work', () => {
    let token: string;
    let userId: string;
    beforeAll(async () => {
      ({ token, userId } = await signUp(server, 'eve'));
    });

    const expectRefused = async (badToken: string, message: RegExp) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(badToken) },
        body: JSON.stringify({ query: print(ME) }),
      });
      expect(response.status).toBe(401);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(message);
    };

    it('accepts the genuine token', async () => {
      expect(dataOf(await server.gql(ME, {}, bearer(token))).me!.username).toBe('eve');
    });

    it('expired', async () => {
      const expired = jwt.sign({ sub: userId, ver: 0 }, secret(), { algorithm: 'HS256', expiresIn: -10 });
      await expectRefused(expired, /expired/);
    });

    it('tampered', async () => {
      const [header, , signature] = token.split('.');
      const payload = Buffer.from(JSON.stringify({ sub: '1', ver: 0, exp: 4102444800 })).toString('base64url');
      await expectRefused(`${header}.${payload}.${signature}`, /Invalid token/);
    });

    it('unsigned (alg: none)', async () => {
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const payload = Buffer.from(JSON.stringify({ sub: userId, ver: 0, exp: 4102444800 })).toString('base64url');
      await expectRefused(`${header}.${payload}.`, /Invalid token/);
    });

    it('signed with another algorithm or secret', async () => {
      await expectRefused(
        jwt.sign({ sub: userId, ver: 0 }, secret(), { algorithm: 'HS512', expiresIn: 60 }),
        /Invalid token/,
      );
      await expectRefused(
        jwt.sign({ sub: userId, ver: 0 }, 'x'.repeat(48), { algorithm: 'HS256', expiresIn: 60 }),
        /Invalid token/,
      );
    });

    it('not a bearer token', async () => {
      const response = await server.gql(ME, {}, { authorization: `Basic ${token}` });
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('revoked by logout', async () => {
      expect(
        dataOf(
          await server.gql(
            graphql(`
              mutation AccountsLogout {
                logout
              }
            `),
            {},
            bearer(token),
          ),
        ).logout,
      ).toBe(true);
      await expectRefused(token, /revoked/);
    });
  });
});

describe('npm run create-admin', () => {
  it('creates an admin who can log in, then promotes an existing user', async () => {
    const server = await startTestServer('sqlite');
    try {
      const script = path.resolve(__dirname, '../../../../dist/server/src/scripts/create-admin.js');
      const env = {
        ...process.env,
        DATA_DIR: server.dataDir,
        DATABASE_URL: `sqlite:${server.config.database.kind === 'sqlite' ? server.config.database.file : ''}`,
        LOG_LEVEL: 'error',
      };
      const created = await run(process.execPath, [script, '--username', 'root-admin'], {
        env: { ...env, ADMIN_PASSWORD: 'Granite-Orchard-55' },
      });
      expect(created.stdout).toMatch(/created admin: root-admin/);
      const login = dataOf(
        await server.gql(
          graphql(`
            mutation AccountsAdminLogin($input: LoginInput!) {
              login(input: $input) {
                token
                user {
                  username
                  isAdmin
                }
              }
            }
          `),
          {
            input: { username: 'root-admin', password: 'Granite-Orchard-55' },
          },
        ),
      );
      expect(login.login.user).toEqual({ username: 'root-admin', isAdmin: true });

      await signUp(server, 'frank');
      const promoted = await run(process.execPath, [script, '--username', 'frank'], { env });
      expect(promoted.stdout).toMatch(/promoted to admin: frank/);
      await expect(run(process.execPath, [script], { env })).rejects.toMatchObject({ code: 2 });
    } finally {
      await server.stop();
    }
  });
});
