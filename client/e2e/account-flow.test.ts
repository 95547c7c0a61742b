import type { Page } from 'playwright-core';
import { describeInBrowser, openBrowserSession, screenshot, type BrowserSession } from './browser-session';
import { graphql } from '../../server/test/__generated__';

/** A guest becomes a member, rates and reviews a movie, and finds it all again after logging back in. */
describeInBrowser('account, rating and review flow in a browser', () => {
  let session: BrowserSession;
  let page: Page;
  let movieUrl: string;
  const password = 'Velvet-Orchard-Lantern-42';

  beforeAll(async () => {
    session = await openBrowserSession();
    page = await session.newPage();
    const { data } = await session.server.gql(
      graphql(`
        query AccountFlowMovies {
          movies(filter: { search: "Casablanca" }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    movieUrl = `${session.server.url}/movies/${data!.movies.edges[0].node.id}`;
  }, 60_000);
  afterAll(() => session?.close());

  const bucketCount = (score: number) => page.locator(`.distribution li[data-score="${score}"] .count`).textContent();

  it('sends a guest who tries to rate to the login page, and back after signing up', async () => {
    await page.goto(movieUrl);
    await page.waitForSelector('.details h1:has-text("Casablanca")');
    expect(await page.locator('.account').textContent()).toContain('Log in');
    await page.click('button[aria-label="4 stars"]');
    await page.waitForURL(/\/login\?next=%2Fmovies%2F/);
    await screenshot(page, 'login');
    await page.click('text=Create an account');
    await page.waitForURL(/\/signup\?next=/);

    await page.fill('input[name="username"]', 'ilsa');
    await page.fill('input[name="email"]', 'ilsa@example.test');
    await page.fill('input[name="password"]', 'short');
    await page.click('button[type="submit"]');
    expect(await page.locator('[role="alert"]').textContent()).toMatch(/password/i);

    await page.fill('input[name="password"]', password);
    await page.click('button[type="submit"]');
    await page.waitForURL(movieUrl);
    await page.waitForSelector('.account:has-text("Signed in as ilsa")');
  });

  it('rates with the keyboard; the stars and distribution update, and the server agrees', async () => {
    expect(await bucketCount(4)).toBe('0');
    await page.focus('.stars button[role="radio"][tabindex="0"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForSelector('button[aria-label="4 stars"][aria-checked="true"]');
    await page.waitForFunction(
      () => document.querySelector('.distribution li[data-score="4"] .count')?.textContent === '1',
    );
    expect(await page.locator('.average').textContent()).toContain('★ 4.00 from 1 rating');

    await page.click('button[aria-label="2 stars"]');
    await page.waitForFunction(
      () => document.querySelector('.distribution li[data-score="2"] .count')?.textContent === '1',
    );
    expect(await bucketCount(4)).toBe('0');
    const { data } = await session.server.gql(
      `{ movie(id: "${movieUrl.split('/').pop()}") { ratingCount averageRating ratingDistribution { score count } } }`,
    );
    expect(data!.movie).toMatchObject({ ratingCount: 1, averageRating: 2 });
    expect(data!.movie.ratingDistribution.find((b: any) => b.score === 2).count).toBe(1);
  });

  it('publishes, edits and shows a review among the community reviews', async () => {
    await page.fill('.my-review input[name="title"]', 'Still the best airport goodbye');
    await page.fill('.my-review textarea[name="body"]', 'Every line lands, and the fog does half the acting.');
    await page.click('text=Publish review');
    await page.waitForSelector('.my-review blockquote:has-text("Still the best airport goodbye")');
    await page.waitForSelector('.community-reviews h2:has-text("Reviews (1)")');
    expect(await page.locator('.review-list li').first().textContent()).toContain('by ilsa');

    await page.click('.my-review button:has-text("Edit")');
    await page.fill('.my-review input[name="title"]', 'Still the best goodbye on film');
    await page.click('.my-review button:has-text("Save")');
    await page.waitForSelector('.review-list li h3:has-text("Still the best goodbye on film")');
    await screenshot(page, 'details-rated-reviewed');
  });

  it('logs out and back in, and finds the rating and review again', async () => {
    await page.click('.account button:has-text("Log out")');
    await page.waitForSelector('.account:has-text("Log in")');
    expect(await page.locator('button[aria-checked="true"]').count()).toBe(0);
    expect(await page.locator('text=Log in to write a review').count()).toBe(1);

    await page.click('.account a:has-text("Log in")');
    await page.fill('input[name="username"]', 'ilsa');
    await page.fill('input[name="password"]', 'wrong-password-entirely');
    await page.click('button[type="submit"]');
    expect(await page.locator('[role="alert"]').textContent()).toMatch(/invalid|incorrect|wrong/i);
    await page.fill('input[name="password"]', password);
    await page.click('button[type="submit"]');
    await page.waitForSelector('.account:has-text("Signed in as ilsa")');
    await page.goto(movieUrl);
    await page.waitForSelector('button[aria-label="2 stars"][aria-checked="true"]');
    await page.waitForSelector('.my-review blockquote:has-text("Still the best goodbye on film")');

    await page.click('.my-review button:has-text("Delete")');
    await page.waitForSelector('.community-reviews h2:has-text("Reviews (0)")');
    expect(await page.locator('.my-review h2').textContent()).toBe('Write a review');
  });
});
