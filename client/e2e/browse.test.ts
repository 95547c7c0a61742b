import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchChromium } from '../../server/test/browser';
import { startTestServer, type TestServer } from '../../server/test/harness';

const describeInBrowser = process.env.MYMDB_TEST_BROWSER === '1' ? describe : describe.skip;

/** The built client against the real server on the embedded default, in headless Chromium. */
describeInBrowser('browsing the catalogue in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seedDemo: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const cardTitles = () => page.locator('.card strong').allTextContents();

  it('shows a page of 25 movies with numbered pages and poster alt text', async () => {
    await page.goto(`${server.url}/?sort=TITLE_ASC`);
    await page.waitForSelector('.card');
    expect(await page.locator('.card').count()).toBe(25);
    expect((await cardTitles())[0]).toBe('1917');
    const { data } = await server.gql(`{ movies { totalCount } }`);
    expect(await page.locator('.pages button').count()).toBe(Math.ceil(data!.movies.totalCount / 25));
    expect(await page.locator('.card img').first().getAttribute('alt')).toBe('Poster of 1917');
    await page.screenshot({ path: path.join(ARTIFACTS, 'grid.png') });
  });

  it('filters by genre and search, keeping the state in the URL', async () => {
    await page.selectOption('select[aria-label="Genre"]', 'Western');
    await page.waitForURL(/genre=Western/);
    await page.waitForFunction(() => document.querySelectorAll('.card').length < 25);
    const westerns = await cardTitles();
    expect(westerns).toEqual(expect.arrayContaining(['Unforgiven', 'The Good, the Bad and the Ugly']));
    await page.selectOption('select[aria-label="Genre"]', '');
    await page.fill('input[name="q"]', 'nolan');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/q=nolan/);
    await page.waitForFunction(() => [...document.querySelectorAll('.card strong')].some((e) => e.textContent === 'Inception'));
    const { data } = await server.gql(`{ movies(filter: { search: "nolan" }) { totalCount } }`);
    expect((await cardTitles()).length).toBe(data!.movies.totalCount);
  });

  it('opens the details page and comes back with the back button', async () => {
    await page.click('.card a:has-text("Inception")');
    await page.waitForSelector('.details h1');
    expect(await page.locator('.details h1').textContent()).toContain('Inception');
    expect(await page.locator('dd').first().textContent()).toBe('Christopher Nolan');
    expect(await page.locator('.similar li').count()).toBe(5);
    await page.screenshot({ path: path.join(ARTIFACTS, 'details.png') });
    await page.goBack();
    await page.waitForSelector('.card');
    expect(page.url()).toContain('q=nolan');
  });
});
