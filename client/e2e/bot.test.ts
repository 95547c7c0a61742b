import { graphql } from '../../server/test/__generated__';
import { signUp } from '../../server/test/harness';
import { describeInBrowser, openBrowserSession, screenshot, type BrowserSession } from './browser-session';

/** The assistant (offline provider) answers with movie cards that open the movie. */
describeInBrowser('bot widget in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession();
  }, 60_000);
  afterAll(() => session?.close());

  it('answers a guest with cards linking to movies in the catalogue', async () => {
    const page = await session.newPage();
    await page.goto(`${session.server.url}/`);
    await page.click('.fab:has-text("Ask")');
    await page.fill('input[aria-label="Ask the assistant"]', 'Recommend something like Inception');
    await page.press('input[aria-label="Ask the assistant"]', 'Enter');
    await page.waitForSelector('.bot-movie');
    const titles = await page.locator('.bot-movie').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join(' ')).not.toContain('Inception (2010)');
    await screenshot(page, 'bot');

    const first = page.locator('.bot-movie').first();
    const href = await first.getAttribute('href');
    const title = (await first.textContent())!.replace(/\s*\(\d{4}\)$/, '');
    await first.click();
    await page.waitForURL(`${session.server.url}${href}`);
    await page.waitForSelector(`.details h1:has-text("${title}")`);
    const { data } = await session.server.gql(
      graphql(`
        query BotMovieTitle($id: ID!) {
          movie(id: $id) {
            title
          }
        }
      `),
      { id: href!.split('/').pop()! },
    );
    expect(data!.movie!.title).toBe(title);
  });

  it('streams the answer to a member and keeps the conversation for follow-ups', async () => {
    const { token } = await signUp(session.server, 'viewer');
    const page = await session.newPage({ token });
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    await page.goto(`${session.server.url}/`);
    await page.waitForSelector('.account:has-text("Signed in as viewer")');
    await page.click('.fab:has-text("Ask")');
    await page.fill('input[aria-label="Ask the assistant"]', 'a western from the 90s');
    await page.press('input[aria-label="Ask the assistant"]', 'Enter');
    await page.waitForSelector('.turn-bot .bot-movie');
    expect(sockets.some((url) => url.endsWith('/graphql'))).toBe(true);
    const firstAnswer = await page.locator('.turn-bot .bot-movie').allTextContents();
    expect(firstAnswer.join(' ')).toContain('Unforgiven');

    await page.fill('input[aria-label="Ask the assistant"]', 'more');
    await page.press('input[aria-label="Ask the assistant"]', 'Enter');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.turn-bot').length === 3 &&
        !document.querySelector('.turn-bot:last-child')?.textContent?.endsWith('…'),
    );
    const followUp = await page.locator('.turn-bot').last().textContent();
    expect(followUp).toBeTruthy();
    expect(followUp).not.toBe(await page.locator('.turn-bot').nth(1).textContent());
  });
});
