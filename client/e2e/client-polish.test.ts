import { describeInBrowser, openBrowserSession, PHONE, screenshot, type BrowserSession } from './browser-session';
import { bearer, signUp } from '../../server/test/harness';
import { graphql } from '../../server/test/__generated__';

/** One test per defect a new user met in the web client (see the client issue), in Chromium. */
describeInBrowser('the web client, as a new user finds it', () => {
  let session: BrowserSession;
  let movieId: string;
  let member: { token: string; password: string };

  beforeAll(async () => {
    session = await openBrowserSession();
    const { data } = await session.server.gql(
      graphql(`
        query PolishMovie {
          movies(first: 1, filter: { search: "Casablanca" }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    movieId = data!.movies.edges[0].node.id;
    member = await signUp(session.server, 'rick');
  }, 60_000);
  afterAll(() => session?.close());

  const url = (path: string) => `${session.server.url}${path}`;

  it('titles every route and gives the home and missing pages a heading', async () => {
    const page = await session.newPage();
    const titles: Record<string, string> = {};
    for (const path of ['/', '/?q=alien', `/movies/${movieId}`, '/login', '/signup', '/no-such-page']) {
      await page.goto(url(path));
      await page.waitForSelector('main h1', { state: 'attached' });
      titles[path] = await page.title();
    }
    expect(titles).toEqual({
      '/': 'Movies · MyMDB',
      '/?q=alien': '“alien” · MyMDB',
      [`/movies/${movieId}`]: 'Casablanca (1942) · MyMDB',
      '/login': 'Log in · MyMDB',
      '/signup': 'Create an account · MyMDB',
      '/no-such-page': 'Page not found · MyMDB',
    });
    expect(await page.locator('main h1').textContent()).toBe('Page not found');
  });

  it('draws unselected stars at 3:1 or better, 44 px targets, and arrows select as in a radio group', async () => {
    const page = await session.newPage({ token: member.token });
    await page.goto(url(`/movies/${movieId}`));
    await page.waitForSelector('.stars');
    const contrast = await page.evaluate(() => {
      const luminance = (css: string) => {
        const [r, g, b] = (css.match(/\d+/g) ?? []).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const star = document.querySelector('.star:not(.on)')!;
      const fg = luminance(getComputedStyle(star).color);
      const bg = luminance(getComputedStyle(document.body).backgroundColor);
      return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    });
    expect(contrast).toBeGreaterThanOrEqual(3);
    const box = (await page.locator('.star').first().boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await page.focus('.stars button[tabindex="0"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('button[aria-label="2 stars"][aria-checked="true"]');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('button[aria-label="1 star"][aria-checked="true"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('1 star');
  });

  it('moves focus into a floating panel, closes it with Escape and returns focus to its button', async () => {
    const page = await session.newPage();
    await page.goto(url('/'));
    for (const [button, heading] of [
      ['Chat', 'Chat'],
      ['Ask MyMDB', 'Ask MyMDB'],
    ]) {
      await page.click(`.fab:has-text("${button}")`);
      await page.waitForSelector('.panel:not([hidden])');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(heading);
      await page.keyboard.press('Escape');
      await page.waitForSelector('.panel:not([hidden])', { state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(new RegExp(`^${button}`));
    }
  });

  it('fits a phone: 44 px pager buttons, the signed-in name shown, one panel at a time', async () => {
    const page = await session.newPage({ viewport: PHONE, token: member.token });
    await page.goto(url('/'));
    await page.waitForSelector('.pages button');
    for (const box of await Promise.all((await page.locator('.pages button').all()).map((b) => b.boundingBox())))
      expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(44);
    expect(await page.locator('.account .who').isVisible()).toBe(true);
    expect(await page.locator('.account .who').textContent()).toContain('rick');
    await page.click('.fab:has-text("Ask MyMDB")');
    await page.click('.fab:has-text("Chat")');
    expect(await page.locator('.panel:not([hidden])').count()).toBe(1);
    expect(await page.locator('.panel:not([hidden])').getAttribute('aria-label')).toBe('Chat');
    await screenshot(page, 'phone-chat');
  });

  it('speaks to people: year ranges, unknown ids, pages past the end, empty results', async () => {
    const page = await session.newPage();
    await page.goto(url('/?from=2000&to=1990'));
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The “from” year (2000) is after the “to” year (1990)');
    // The genre list does not depend on the refused grid.
    await page.waitForFunction(() => document.querySelectorAll('select[aria-label="Genre"] option').length > 5);
    await page.goto(url('/movies/abc'));
    expect(await page.locator('main').textContent()).toContain('This movie is not in the catalogue');
    expect(await page.locator('main').textContent()).not.toMatch(/numeric id/);
    await page.goto(url('/?page=99'));
    await page.waitForURL(/page=\d+/);
    await page.waitForSelector('.card');
    const last = Number(new URL(page.url()).searchParams.get('page'));
    expect(last).toBeLessThan(99);
    expect(await page.locator('.pages button[aria-current="page"]').textContent()).toBe(String(last));
    await page.goto(url('/?genre=Western&from=1930&to=1931'));
    await page.waitForSelector('text=No movie matches these filters');
    expect(await page.locator('main').textContent()).not.toContain('fewer words');
  });

  it('says when to try logging in again in words', async () => {
    const page = await session.newPage();
    await page.goto(url('/login'));
    let message = '';
    for (let attempt = 0; attempt < 8 && !/try again/.test(message); attempt++) {
      await page.fill('input[name="username"]', 'rick');
      await page.fill('input[name="password"]', `wrong-${attempt}`);
      await page.click('button[type="submit"]');
      await page.locator('[role="alert"]').waitFor();
      message = (await page.locator('[role="alert"]').textContent()) ?? '';
    }
    expect(message).toMatch(/try again in \d+ minutes/);
    expect(message).not.toMatch(/\d+ s\b/);
  });

  it('logs out on a movie page without an uncaught error', async () => {
    const page = await session.newPage({ token: (await signUp(session.server, 'renault')).token });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url(`/movies/${movieId}`));
    await page.waitForSelector('.account:has-text("Signed in as renault")');
    await page.click('.account button:has-text("Log out")');
    await page.waitForSelector('.account a:has-text("Log in")');
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
  });

  it('keeps the grid on screen while a new sort loads, with skeletons only the first time', async () => {
    const page = await session.newPage();
    await page.goto(url('/'));
    await page.waitForSelector('.card strong');
    await page.evaluate(() => {
      (window as unknown as { blanked: boolean }).blanked = false;
      new MutationObserver(() => {
        if (document.querySelectorAll('.card strong').length === 0)
          (window as unknown as { blanked: boolean }).blanked = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    await page.selectOption('select[aria-label="Sort"]', 'TITLE_ASC');
    await page.waitForFunction(() => document.querySelector('.card strong')?.textContent === '1917');
    expect(await page.evaluate(() => (window as unknown as { blanked: boolean }).blanked)).toBe(false);
    expect(await page.locator('text=Loading movies').count()).toBe(0);
  });

  it('offers an undo after a review is deleted, and deletes it when not undone', async () => {
    const reviewer = await signUp(session.server, 'ugarte');
    const page = await session.newPage({ token: reviewer.token });
    const reviewCount = async () => {
      const { data } = await session.server.gql(
        graphql(`
          query PolishMyReview($id: ID!) {
            movie(id: $id) {
              myReview {
                id
              }
            }
          }
        `),
        { id: movieId },
        bearer(reviewer.token),
      );
      return data!.movie!.myReview ? 1 : 0;
    };
    await page.goto(url(`/movies/${movieId}`));
    await page.fill('.my-review input[name="title"]', 'Round up the usual suspects');
    await page.fill('.my-review textarea[name="body"]', 'A film that gets better every time.');
    await page.click('text=Publish review');
    await page.waitForSelector('.my-review blockquote');
    await page.click('.my-review button:has-text("Delete")');
    await page.waitForSelector('.toast:has-text("Your review was deleted")');
    await page.click('.toast button:has-text("Undo")');
    await page.waitForSelector('.my-review blockquote');
    await page.waitForTimeout(6_500);
    expect(await reviewCount()).toBe(1);
    await page.click('.my-review button:has-text("Delete")');
    await page.waitForSelector('.toast');
    await page.waitForFunction(() => !document.querySelector('.toast'), undefined, { timeout: 10_000 });
    expect(await reviewCount()).toBe(0);
  });

  it('shows the password rules up front and every broken rule at once, and drops a stale error', async () => {
    const page = await session.newPage();
    await page.goto(url('/signup'));
    await page.waitForSelector('#password-rules li');
    expect(await page.locator('#password-rules li').allTextContents()).toContain('at least 8 characters');
    await page.fill('input[name="username"]', 'yvonne');
    await page.fill('input[name="email"]', 'yvonne@example.test');
    await page.fill('input[name="password"]', '1234');
    await page.click('button[type="submit"]');
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.locator('li').allTextContents()).toEqual([
      'Password must be at least 8 characters',
      'Password is too common',
      'Password cannot be entirely numeric',
    ]);
    await page.fill('input[name="password"]', '12345');
    expect(await alert.count()).toBe(0);
  });

  it('brings the assistant conversation back after a reload', async () => {
    const page = await session.newPage();
    await page.goto(url('/'));
    await page.click('.fab:has-text("Ask MyMDB")');
    await page.fill('input[aria-label="Ask the assistant"]', 'westerns');
    await page.press('input[aria-label="Ask the assistant"]', 'Enter');
    await page.waitForSelector('.bot-movie');
    const before = await page.locator('.bot-turns .turn').allTextContents();
    await page.reload();
    await page.click('.fab:has-text("Ask MyMDB")');
    await page.waitForSelector('.bot-movie');
    expect(await page.locator('.bot-turns .turn').allTextContents()).toEqual(before);
  });

  it('makes links in chat clickable and counts unread messages while the chat is closed', async () => {
    const ilsa = await signUp(session.server, 'ilsa-chat');
    const page = await session.newPage({ token: member.token });
    await page.goto(url('/'));
    await page.click('.fab:has-text("Chat")');
    await page.fill('input[name="name"]', 'Ricks');
    await page.press('input[name="name"]', 'Enter');
    await page.waitForSelector('form.send');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.chat-panel[hidden]', { state: 'attached' });
    const send = (content: string, clientMessageId: string) =>
      session.server.gql(
        graphql(`
          mutation PolishSend($input: SendMessageInput!) {
            sendMessage(input: $input) {
              id
            }
          }
        `),
        { input: { roomSlug: 'ricks', content, clientMessageId } },
        bearer(ilsa.token),
      );
    expect((await send('Play it, Sam: https://example.test/as-time-goes-by.', 'polish-1')).errors).toBeUndefined();
    await send('For old times sake', 'polish-2');
    await page.waitForSelector('.fab .badge:has-text("2")');
    await page.click('.fab:has-text("Chat")');
    expect(await page.locator('.fab .badge').count()).toBe(0);
    const link = page.locator('.message a');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://example.test/as-time-goes-by');
    expect(await link.getAttribute('rel')).toContain('noopener');
  });

  it('draws posters whose text stays inside them, without printing the title a second time', async () => {
    const page = await session.newPage();
    await page.goto(url('/?sort=TITLE_ASC'));
    await page.waitForSelector('.card img');
    const { data } = await session.server.gql(
      graphql(`
        query PolishPosters {
          movies(first: 100) {
            edges {
              node {
                title
                posterUrl
              }
            }
          }
        }
      `),
    );
    const posters = data!.movies.edges.map((edge) => edge.node).filter((movie) => movie.posterUrl);
    expect(posters.length).toBeGreaterThan(50);
    const problems = await page.evaluate(async (list) => {
      const found: string[] = [];
      for (const { title, posterUrl } of list) {
        const svg = await (await fetch(posterUrl!)).text();
        const holder = document.createElement('div');
        holder.innerHTML = svg;
        document.body.append(holder);
        for (const text of holder.querySelectorAll('text')) {
          const box = text.getBBox();
          if (box.x < 39 || box.x + box.width > 461)
            found.push(`${title}: "${text.textContent}" ${Math.round(box.x + box.width)}`);
          if (text.textContent === title) found.push(`${title}: printed on the poster`);
        }
        holder.remove();
      }
      return found;
    }, posters);
    expect(problems).toEqual([]);
  });

  it("passes GraphiQL's Authorization header to subscriptions as connection params", async () => {
    const { token } = await signUp(session.server, 'graphiql-user');
    const page = await session.newPage();
    await page.goto(url('/graphql'));
    await page.waitForSelector('.graphiql-container');
    // A socket opened as GraphiQL's subscriptions open theirs: graphql-ws, an empty connection_init.
    const handshake = () =>
      page.evaluate(
        (wsUrl) =>
          new Promise<string>((resolve) => {
            const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
            socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
            socket.onmessage = (event) => {
              resolve(String((JSON.parse(String(event.data)) as { type: string }).type));
              socket.close();
            };
            socket.onclose = (event) => resolve(`closed ${event.code}`);
          }),
        url('/graphql').replace(/^http/, 'ws'),
      );
    expect(await handshake()).toBe('closed 4401');
    // Typed into the Headers tab, as someone would (the editor closes the brace itself).
    await page.locator('button:has-text("Headers")').first().click();
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) textarea').focus();
    await page.keyboard.type(`{"Authorization": "Bearer ${token}"`);
    // GraphiQL saves the headers as they are typed: wait until both places it keeps them hold the
    // whole token (a save made mid-typing held part of it, and the server refused that with 4403).
    await page.waitForFunction(
      (whole) =>
        ['graphiql:headers', 'graphiql:tabState'].every((key) => (localStorage.getItem(key) ?? '').includes(whole)),
      token,
    );
    expect(await handshake()).toBe('connection_ack');
  });
});
