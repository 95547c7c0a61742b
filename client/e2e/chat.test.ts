import type { Page, WebSocketRoute } from 'playwright-core';
import { bearer, dataOf, signUp } from '../../server/test/harness';
import { describeInBrowser, openBrowserSession, PHONE, screenshot, type BrowserSession } from './browser-session';
import { graphql } from '../../server/test/__generated__';

/** Two people in two browser contexts talk in one room over the real graphql-ws subscription. */
describeInBrowser('chat panel in a browser', () => {
  let session: BrowserSession;
  let alice: Page;
  let bob: Page;
  let aliceSocket: WebSocketRoute | null = null;
  let outage = false;

  beforeAll(async () => {
    session = await openBrowserSession();
    const [a, b] = [await signUp(session.server, 'alice'), await signUp(session.server, 'bob')];
    alice = await session.newPage({ token: a.token });
    bob = await session.newPage({ token: b.token });
    // Alice's socket goes through a relay the test can cut, to see the client reconnect.
    await alice.routeWebSocket(/\/graphql$/, (ws) => {
      if (outage) return void ws.close({ code: 1013, reason: 'Try again later' });
      ws.connectToServer();
      aliceSocket = ws;
    });
  }, 60_000);
  afterAll(() => session?.close());

  const messagesOf = (page: Page) => page.locator('.messages .message p').allTextContents();
  const openChat = async (page: Page) => {
    await page.goto(`${session.server.url}/`);
    await page.waitForSelector('.account:has-text("Signed in as")');
    await page.click('.fab:has-text("Chat")');
  };
  const say = async (page: Page, text: string) => {
    await page.fill('.chat-panel input[name="content"]', text);
    await page.press('.chat-panel input[name="content"]', 'Enter');
  };
  const waitForMessage = (page: Page, text: string) => page.waitForSelector(`.messages .message p:text-is("${text}")`);

  it('asks guests to log in', async () => {
    const guest = await session.newPage();
    await guest.goto(`${session.server.url}/`);
    await guest.click('.fab:has-text("Chat")');
    expect(await guest.locator('.chat-panel').textContent()).toContain('Chat is for members');
  });

  it('creates a room, and both people see each other live', async () => {
    await openChat(alice);
    await alice.fill('input[aria-label="New room name"]', 'Film Club');
    await alice.click('.chat-panel button:has-text("Create")');
    await alice.waitForSelector('.room-header h3:has-text("#Film Club")');
    await alice.waitForSelector('.status-connected');
    await say(alice, 'hello bob');
    await waitForMessage(alice, 'hello bob');

    await openChat(bob);
    await bob.click('.room-link:has-text("#Film Club")');
    await waitForMessage(bob, 'hello bob');
    await bob.waitForSelector('.status-connected');
    await say(bob, 'hi alice, what are we watching?');
    await waitForMessage(alice, 'hi alice, what are we watching?');
    await say(alice, 'Casablanca');
    await waitForMessage(bob, 'Casablanca');

    for (const page of [alice, bob])
      expect(await messagesOf(page)).toEqual(['hello bob', 'hi alice, what are we watching?', 'Casablanca']);
    await alice.waitForSelector('.present:has-text("2 here: alice, bob")');
    await screenshot(alice, 'chat');
  });

  it('reconnects after the socket drops and shows what was said meanwhile, once', async () => {
    outage = true;
    await aliceSocket!.close({ code: 1001, reason: 'Going away' });
    await alice.waitForSelector('.status-reconnecting');
    await say(bob, 'did you drop?');
    await say(bob, 'I will keep talking');
    await waitForMessage(bob, 'I will keep talking');
    outage = false;
    await alice.waitForSelector('.status-connected', { timeout: 20_000 });
    await waitForMessage(alice, 'I will keep talking');
    expect(await messagesOf(alice)).toEqual([
      'hello bob',
      'hi alice, what are we watching?',
      'Casablanca',
      'did you drop?',
      'I will keep talking',
    ]);
    await say(alice, 'back');
    await waitForMessage(bob, 'back');
    expect(await messagesOf(bob)).toEqual(await messagesOf(alice));
  });

  it('loads older history on demand', async () => {
    const { token } = await signUp(session.server, 'archivist');
    dataOf(
      await session.server.gql(
        graphql(`
          mutation ChatCreateRoom {
            createRoom(input: { name: "Archive" }) {
              slug
            }
          }
        `),
        {},
        bearer(token),
      ),
    );
    for (let n = 1; n <= 60; n++) {
      dataOf(
        await session.server.gql(
          graphql(`
            mutation ChatSendMessage($input: SendMessageInput!) {
              sendMessage(input: $input) {
                id
              }
            }
          `),
          { input: { roomSlug: 'archive', content: `old message ${n}` } },
          bearer(token),
        ),
      );
    }
    await bob.click('button[aria-label="Back to rooms"]');
    await bob.click('.room-link:has-text("#Archive")');
    await waitForMessage(bob, 'old message 60');
    expect(await bob.locator('.messages .message').count()).toBe(50);
    expect((await messagesOf(bob))[0]).toBe('old message 11');
    await bob.click('button:has-text("Load older messages")');
    await waitForMessage(bob, 'old message 1');
    const all = await messagesOf(bob);
    expect(all).toEqual(Array.from({ length: 60 }, (_, i) => `old message ${i + 1}`));
    expect(await bob.locator('button:has-text("Load older messages")').count()).toBe(0);
  });

  it('follows the login: after logging out and in as someone else, chat runs as the new user (phone width)', async () => {
    const carol = await signUp(session.server, 'carol');
    const dave = await signUp(session.server, 'dave');
    const page = await session.newPage({ viewport: PHONE });
    const logIn = async (username: string, password: string) => {
      await page.goto(`${session.server.url}/login`);
      await page.fill('input[name="username"]', username);
      await page.fill('input[name="password"]', password);
      await page.click('button[type="submit"]');
      await page.waitForSelector(`.account:has-text("Log out")`);
    };
    const joinFilmClub = async () => {
      await page.click('.fab:has-text("Chat")');
      await page.click('.room-link:has-text("#Film Club")');
      await page.waitForSelector('.status-connected');
    };

    await logIn('carol', carol.password);
    await joinFilmClub();
    await page.waitForSelector('.present:has-text("carol")');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'chat-phone');

    await page.click('button[aria-label="Close chat"]');
    await page.click('.account button:has-text("Log out")');
    await page.waitForSelector('.account:has-text("Log in")');
    await logIn('dave', dave.password);
    await joinFilmClub();
    await page.waitForSelector('.present:has-text("dave")');
    // carol's subscriptions went with her socket: she is no longer in the room.
    await page.waitForFunction(() => !document.querySelector('.present')?.textContent?.includes('carol'));
    await say(page, 'dave here');
    await waitForMessage(page, 'dave here');
    const { data } = await session.server.gql(
      graphql(`
        query ChatRoom {
          room(slug: "film-club") {
            messages(last: 1) {
              author {
                username
              }
            }
          }
        }
      `),
    );
    expect(data!.room!.messages[0].author!.username).toBe('dave');
  });
});
