import type { Page } from 'playwright-core';
import { describeInBrowser, openBrowserSession, screenshot, type BrowserSession } from './browser-session';
import { bearer, dataOf, signUp } from '../../server/test/harness';
import { graphql } from '../../server/test/__generated__';

const FIND = graphql(`
  query CommunityBrowserFind($q: String!) {
    movies(filter: { search: $q }, first: 1) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** A first start with the demo community: For you, watchlists, spoilers, helpful votes, profiles. */
describeInBrowser('members, watchlists and recommendations in a browser', () => {
  let session: BrowserSession;
  let page: Page;
  let token: string;
  const idOf = async (q: string) => dataOf(await session.server.gql(FIND, { q })).movies.edges[0].node.id;

  beforeAll(async () => {
    session = await openBrowserSession({ demoCommunity: true });
    ({ token } = await signUp(session.server, 'ripley_fan'));
    for (const title of ['Alien', 'Blade Runner']) {
      await session.server.gql(
        graphql(`
          mutation CommunityBrowserRate($input: RateMovieInput!) {
            rateMovie(input: $input) {
              id
            }
          }
        `),
        { input: { movieId: await idOf(title), score: 5 } },
        bearer(token),
      );
    }
    page = await session.newPage({ token });
  }, 60_000);
  afterAll(() => session?.close());

  it('shows a member "For you" on the home page, each pick with its reason', async () => {
    await page.goto(`${session.server.url}/`);
    const row = page.locator('section.for-you');
    await row.locator('li').first().waitFor();
    const reasons = await row.locator('.reason').allTextContents();
    expect(reasons.length).toBeGreaterThanOrEqual(4);
    expect(reasons[0]).toMatch(/^Because you rated (Alien|Blade Runner) 5★/);
    const titles = await row.locator('strong').allTextContents();
    expect(titles).not.toContain('Alien');
    expect(titles).not.toContain('Blade Runner');
    await screenshot(page, 'for-you');
  });

  it('adds a film to the watchlist from its card, and the profile lists it', async () => {
    await page.goto(`${session.server.url}/?q=casablanca`);
    const button = page.locator('.card:has(strong:text-is("Casablanca")) .watchlist-button');
    await button.waitFor();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await page.waitForFunction(
      () => document.querySelector('.card .watchlist-button')?.getAttribute('aria-pressed') === 'true',
    );
    await page.click('.account a:has-text("ripley_fan")');
    await page.waitForURL(/\/u\/ripley_fan$/);
    await page.locator('h1', { hasText: 'ripley_fan' }).waitFor();
    expect(await page.locator('section:has(#watchlist-heading) li').allTextContents()).toEqual([
      expect.stringContaining('Casablanca'),
    ]);
    expect(await page.locator('section:has(#ratings-heading) li').count()).toBe(2);
    expect(await page.locator('.score-spread').textContent()).toContain('5★');
  });

  it('hides a spoiler until asked, shows the author’s stars, and counts a helpful vote once', async () => {
    await page.goto(`${session.server.url}/movies/${await idOf('Alien')}`);
    const review = page.locator('.review-list article:has(h3:text-is("Still the best haunted house in space"))');
    await review.waitFor();
    expect(await review.locator('.spoiler').textContent()).toContain('gives away the plot');
    expect(await review.textContent()).not.toContain('dinner scene');
    await review.locator('button:text-is("Show it anyway")').click();
    expect(await review.textContent()).toContain('dinner scene');
    expect(await review.locator('.star-score').getAttribute('aria-label')).toBe('5 out of 5 stars');

    const before = await review.locator('.helpful').textContent();
    const count = Number(/(\d+) members? found/.exec(before ?? '')![1]);
    await review.locator('.helpful button').click();
    await page.waitForFunction(
      (expected) => document.querySelector('.review-list .helpful')?.textContent?.includes(expected),
      `${count + 1} members found this helpful`,
    );
    expect(await review.locator('.helpful button').getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'reviews-community');

    await review.locator('a:text-is("rosa_spacecadet")').click();
    await page.waitForURL(/\/u\/rosa_spacecadet$/);
    await page.locator('h1', { hasText: 'rosa_spacecadet' }).waitFor();
    expect(await page.locator('section:has(#taste-heading) .chip').first().textContent()).toContain('Science Fiction');
    expect(await page.locator('section:has(#watchlist-heading)').textContent()).toContain(
      'keeps their watchlist private',
    );
    await screenshot(page, 'profile');
  });

  it('sends a guest who wants a watchlist to log in', async () => {
    const guest = await session.newPage();
    await guest.goto(`${session.server.url}/movies/${await idOf('Casablanca')}`);
    await guest.locator('.details .watchlist-button').click();
    await guest.waitForURL(/\/login\?next=%2Fmovies%2F/);
    expect(await guest.locator('h1').textContent()).toMatch(/log in/i);
  });
});
