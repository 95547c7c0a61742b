import type { Page } from 'playwright-core';
import { describeInBrowser, openBrowserSession, PHONE, screenshot, type BrowserSession } from './browser-session';
import { graphql } from '../../server/test/__generated__';

/** Search as a new user tries it: suggestions while typing, ranked results with their count, people pages. */
describeInBrowser('searching in a browser', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession();
    page = await session.newPage();
  }, 60_000);
  afterAll(() => session?.close());

  const combobox = () => page.locator('input[role="combobox"]');
  const cardTitles = () => page.locator('.card strong').allTextContents();

  it('suggests films and people while typing, navigable with the keyboard', async () => {
    await page.goto(`${session.server.url}/`);
    await combobox().fill('kubr');
    const listbox = page.locator('[role="listbox"]');
    await listbox.locator('[role="option"]').first().waitFor();
    expect(await combobox().getAttribute('aria-expanded')).toBe('true');
    expect(await combobox().getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
    const first = listbox.locator('[role="option"]').first();
    expect(await first.textContent()).toContain('Stanley Kubrick');
    expect(await first.locator('mark').textContent()).toBe('Kubrick');
    await screenshot(page, 'search-suggestions');

    await combobox().press('ArrowDown');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await combobox().getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await combobox().press('Enter');
    await page.waitForURL(/\/people\/\d+$/);
    // The person's page loads after the URL changes: wait for its heading, not whichever h1 is there first.
    await page.locator('h1', { hasText: 'Stanley Kubrick' }).waitFor();
    expect(await page.locator('h1').allTextContents()).toEqual(['Stanley Kubrick']);
    await page.locator('section:has(h2:text("Directed")) .card strong').first().waitFor();
    const directed = await page.locator('section:has(h2:text("Directed")) .card strong').allTextContents();
    expect(directed).toEqual(expect.arrayContaining(['2001: A Space Odyssey', 'The Shining', 'A Clockwork Orange']));
    await screenshot(page, 'person');
  });

  it('closes the suggestions with Escape and searches the grid with Enter', async () => {
    await page.goto(`${session.server.url}/`);
    await combobox().fill('alien');
    await page.locator('[role="option"]').first().waitFor();
    await combobox().press('Escape');
    expect(await combobox().getAttribute('aria-expanded')).toBe('false');
    await combobox().press('Enter');
    await page.waitForURL(/q=alien/);
    await page.waitForFunction(() => document.querySelector('.card strong')?.textContent === 'Alien');
    expect((await cardTitles()).slice(0, 2)).toEqual(['Alien', 'Aliens']);
    const { data } = await session.server.gql(
      graphql(`
        query SearchCount {
          movies(filter: { search: "alien" }) {
            totalCount
          }
        }
      `),
    );
    expect(await page.locator('.result-count').textContent()).toContain(`${data!.movies.totalCount} films match`);
    expect(await page.locator('select[aria-label="Sort"]').inputValue()).toBe('RELEVANCE');
  });

  it('finds what a misspelt or punctuated query means', async () => {
    await page.goto(`${session.server.url}/?q=wall-e`);
    await page.waitForSelector('.card');
    expect((await cardTitles())[0]).toBe('WALL·E');
    await page.goto(`${session.server.url}/?q=kubrik`);
    await page.waitForSelector('.card');
    expect(await cardTitles()).toEqual(expect.arrayContaining(['The Shining', 'A Clockwork Orange']));
  });

  it('names the person a filtered grid shows, and links to their page', async () => {
    await page.goto(`${session.server.url}/?q=blade+runner`);
    await page.click('.card a:has-text("Blade Runner 2049")');
    await page.waitForSelector('.details h1');
    const similar = await page.locator('.similar li').first().textContent();
    expect(similar).toContain('Blade Runner');
    expect(similar).toContain('Harrison Ford');
    await page.click('.facts a:has-text("Harrison Ford")');
    await page.waitForURL(/\/people\/\d+$/);
    await page.locator('h1', { hasText: 'Harrison Ford' }).waitFor();
    expect(await page.locator('h1').allTextContents()).toEqual(['Harrison Ford']);
    const id = page.url().split('/').pop();
    await page.goto(`${session.server.url}/?actor=${id}`);
    await page.waitForSelector('.active-filter a');
    expect(await page.locator('.active-filter').textContent()).toContain('Films with Harrison Ford');
    expect(await page.getAttribute('.active-filter a', 'href')).toBe(`/people/${id}`);
    expect(await page.locator('select[aria-label="Sort"] option[value="NEWEST"]').textContent()).toBe('Recently added');
  });

  it('shows suggestions within a phone screen', async () => {
    const phone = await session.newPage({ viewport: PHONE });
    await phone.goto(`${session.server.url}/`);
    await phone.locator('input[role="combobox"]').fill('tom h');
    await phone.locator('[role="option"]').first().waitFor();
    expect(await phone.locator('[role="option"]').first().textContent()).toContain('Tom Hanks');
    const box = await phone.locator('[role="option"]').first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
