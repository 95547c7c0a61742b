import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { adminToken, readSeedFixture, SEED_FIXTURE_DIR, SEED_FIXTURE_FILE, signUp } from '../../server/test/harness';
import { describeInBrowser, openBrowserSession, screenshot, type BrowserSession } from './browser-session';
import { graphql } from '../../server/test/__generated__';

/** An admin uploads the original app's export through the page; members never see the page. */
describeInBrowser('admin import page in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession();
  }, 60_000);
  afterAll(() => session?.close());

  it('is hidden from members and refuses them', async () => {
    const { token } = await signUp(session.server, 'member');
    const page = await session.newPage({ token });
    await page.goto(`${session.server.url}/`);
    await page.waitForSelector('.account:has-text("Signed in as member")');
    expect(await page.locator('nav a:has-text("Import")').count()).toBe(0);
    await page.goto(`${session.server.url}/admin/import`);
    expect(await page.locator('[role="alert"]').textContent()).toBe('Only administrators can import movies.');
  });

  it('uploads the seed fixture with progress and shows the per-record report', async () => {
    const records = readSeedFixture();
    // Posters reach storage out of band (synced to the bucket or media dir); records name them by path.
    fs.cpSync(path.join(SEED_FIXTURE_DIR, 'posters'), path.join(session.server.dataDir, 'media', 'posters'), {
      recursive: true,
    });
    const before = (
      await session.server.gql(
        graphql(`
          query AdminImportMovies {
            movies {
              totalCount
            }
          }
        `),
      )
    ).data!.movies.totalCount;
    const page: Page = await session.newPage({ token: await adminToken(session.server) });
    await page.goto(`${session.server.url}/`);
    await page.click('nav a:has-text("Admin")');
    await page.waitForURL(/\/admin\/movies$/);
    await page.click('nav[aria-label="Admin"] a:has-text("Import")');
    await page.waitForURL(/\/admin\/import$/);
    await page.setInputFiles('input[type="file"]', SEED_FIXTURE_FILE);
    // The progress bar may come and go faster than polling sees it: record every value it shows.
    await page.evaluate(() => {
      const seen: number[] = ((window as unknown as { progressSeen: number[] }).progressSeen = []);
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('.upload-progress progress');
        if (bar) seen.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.click('button:has-text("Upload and import")');
    await page.waitForSelector('.import-report');
    const progressSeen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(progressSeen.length).toBeGreaterThan(0);
    expect(Math.max(...progressSeen)).toBe(1);

    const count = async (label: string) =>
      Number(await page.locator(`.counts tr:has(th:text-is("${label}")) td`).textContent());
    expect(await count('Records')).toBe(records.length);
    const after = (
      await session.server.gql(
        graphql(`
          query AdminImportMovies2 {
            movies {
              totalCount
            }
          }
        `),
      )
    ).data!.movies.totalCount;
    expect(await count('Movies created')).toBe(after - before);
    expect(
      (await count('Movies created')) +
        (await count('Movies updated')) +
        (await count('Movies unchanged')) +
        (await count('Records rejected')),
    ).toBe(records.length);
    expect(await count('Posters missing')).toBe(0);
    await screenshot(page, 'admin-import');

    // An imported movie shows its uploaded poster on the grid.
    const imported = String(records[0].title);
    await page.goto(`${session.server.url}/?q=${encodeURIComponent(imported)}`);
    const poster = page.locator(`.card img[alt="Poster of ${imported}"]`).first();
    await poster.waitFor();
    await page.waitForFunction(
      (alt) => (document.querySelector<HTMLImageElement>(`.card img[alt="${alt}"]`)?.naturalWidth ?? 0) > 0,
      `Poster of ${imported}`,
    );
    expect(await poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.goto(`${session.server.url}/admin/import`);

    // The same file again changes nothing, and the report says so.
    await page.setInputFiles('input[type="file"]', SEED_FIXTURE_FILE);
    await page.click('button:has-text("Upload and import")');
    await page.waitForFunction(() => document.querySelector('.counts tr:nth-child(2) td')?.textContent === '0');
    expect(await count('Movies unchanged')).toBe(records.length - (await count('Records rejected')));
  });

  it('lists rejected records with their problem', async () => {
    const page = await session.newPage({ token: await adminToken(session.server, 'admin2') });
    await page.goto(`${session.server.url}/admin/import`);
    await page.setInputFiles('input[type="file"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      // One record without a usable year (rejected), one good one (created).
      buffer: Buffer.from(
        JSON.stringify([
          { title: 'Untitled Year', release_year: 'soon' },
          { title: 'A Fine Import Test', release_year: '2001', description: 'Imported from a test file.' },
        ]),
      ),
    });
    await page.click('button:has-text("Upload and import")');
    await page.waitForSelector('.import-errors');
    const rows = await page.locator('.import-errors tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Untitled Year');
    expect(await page.locator('.counts tr:has(th:text-is("Movies created")) td').textContent()).toBe('1');
  });
});
