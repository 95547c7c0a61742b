import type { Page } from 'playwright-core';
import { describeInBrowser, openBrowserSession, PHONE, screenshot, type BrowserSession } from './browser-session';
import { graphql } from '../../server/test/__generated__';

/** The built client against the real server on the embedded default, in headless Chromium. */
describeInBrowser('browsing the catalogue in a browser', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession();
    page = await session.newPage();
  }, 60_000);
  afterAll(() => session?.close());

  const cardTitles = () => page.locator('.card strong').allTextContents();

  it('shows a page of 25 movies with a pager and poster alt text', async () => {
    await page.goto(`${session.server.url}/?sort=TITLE_ASC`);
    await page.waitForSelector('.card');
    expect(await page.locator('.card').count()).toBe(25);
    expect((await cardTitles())[0]).toBe('1917');
    const { data } = await session.server.gql(
      graphql(`
        query BrowseMovies {
          movies {
            totalCount
          }
        }
      `),
    );
    const lastPage = String(Math.ceil(data!.movies.totalCount / 25));
    expect(await page.locator('.pages button').last().getAttribute('aria-label')).toBe('Next page');
    expect(await page.locator('.pages button', { hasText: new RegExp(`^${lastPage}$`) }).count()).toBe(1);
    expect(await page.locator('.card img').first().getAttribute('alt')).toBe('Poster of 1917');
    await screenshot(page, 'grid');
  });

  it('pages forward through the URL', async () => {
    await page.click('.pages button[aria-label="Next page"]');
    await page.waitForURL(/page=2/);
    await page.waitForFunction(() => document.querySelector('.card strong')?.textContent !== '1917');
    expect(await page.locator('.pages button[aria-current="page"]').textContent()).toBe('2');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.card strong')?.textContent === '1917');
  });

  it('filters by genre, year range and search, keeping the state in the URL', async () => {
    await page.selectOption('select[aria-label="Genre"]', 'Western');
    await page.waitForURL(/genre=Western/);
    // Not the loading state (no cards at all): the filtered page.
    await page.waitForFunction(() => {
      const cards = document.querySelectorAll('.card').length;
      return cards > 0 && cards < 25;
    });
    expect(await cardTitles()).toEqual(expect.arrayContaining(['Unforgiven', 'The Good, the Bad and the Ugly']));

    await page.fill('input[aria-label="From year"]', '1990');
    await page.fill('input[aria-label="To year"]', '1999');
    await page.press('input[aria-label="To year"]', 'Enter');
    await page.waitForURL(/from=1990.*to=1999|to=1999.*from=1990/);
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('.card strong')].some((e) => e.textContent === 'The Good, the Bad and the Ugly'),
    );
    const { data: nineties } = await session.server.gql(
      graphql(`
        query BrowseMovies2 {
          movies(filter: { genres: ["Western"], yearFrom: 1990, yearTo: 1999 }) {
            edges {
              node {
                title
              }
            }
          }
        }
      `),
    );
    expect((await cardTitles()).sort()).toEqual(nineties!.movies.edges.map((e: any) => e.node.title).sort());

    await page.goto(`${session.server.url}/`);
    await page.fill('input[name="q"]', 'nolan');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/q=nolan/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.card strong')].some((e) => e.textContent === 'Inception'),
    );
    const { data } = await session.server.gql(
      graphql(`
        query BrowseMovies3 {
          movies(filter: { search: "nolan" }) {
            totalCount
          }
        }
      `),
    );
    expect((await cardTitles()).length).toBe(data!.movies.totalCount);
  });

  it('says so when nothing matches', async () => {
    await page.goto(`${session.server.url}/?q=zzzzqqqq`);
    await page.waitForSelector('text=No movie matches');
    expect(await page.locator('.card').count()).toBe(0);
  });

  it('opens the details page and comes back with the back button', async () => {
    await page.goto(`${session.server.url}/?q=nolan`);
    await page.click('.card a:has-text("Inception")');
    await page.waitForSelector('.details h1');
    expect(await page.locator('.details h1').textContent()).toContain('Inception');
    expect(await page.locator('.facts dd').first().textContent()).toBe('Christopher Nolan');
    expect(await page.locator('.similar li').count()).toBe(5);
    expect(await page.locator('.similar li .meta').first().textContent()).toMatch(/^Shares /);
    await screenshot(page, 'details');
    await page.goBack();
    await page.waitForSelector('.card');
    expect(page.url()).toContain('q=nolan');
  });

  it('shows an unknown movie as a message, not a blank page', async () => {
    await page.goto(`${session.server.url}/movies/999999`);
    await page.waitForSelector('text=not in the catalogue');
    await page.goto(`${session.server.url}/movies/not-a-number`);
    expect(await page.locator('[role="alert"], .empty').first().textContent()).toBeTruthy();
  });

  it('fits a phone screen', async () => {
    const phone = await session.newPage({ viewport: PHONE });
    await phone.goto(`${session.server.url}/`);
    await phone.waitForSelector('.card');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'grid-phone');
    await phone.click('.card a');
    await phone.waitForSelector('.details h1');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'details-phone');
  });
});
