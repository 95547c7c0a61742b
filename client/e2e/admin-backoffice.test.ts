import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { adminToken, bearer, signUp, tempDir } from '../../server/test/harness';
import { describeInBrowser, openBrowserSession, screenshot, type BrowserSession } from './browser-session';
import { graphql } from '../../server/test/__generated__';

const MOVIE = graphql(`
  query BackOfficeMovie($id: ID!) {
    movie(id: $id) {
      title
      releaseYear
      director {
        name
      }
      mainActors {
        name
      }
      genres {
        name
      }
      posterUrl
      small: posterUrl(width: 185)
    }
  }
`);

/** An admin edits the catalogue through the back-office: a film with its cast order and poster, a merge, the log. */
describeInBrowser('the admin back-office in a browser', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession();
    await session.server.app.services.importer.importRecords([
      { title: 'Spelling One', release_year: 2010, main_actors: ['Zo\u00eb Torrent'], genres: ['Drama'] },
      { title: 'Spelling Two', release_year: 2012, main_actors: ['Zoe\u0308 Torrent'], genres: ['Drama'] },
    ]);
    page = await session.newPage({ token: await adminToken(session.server) });
  }, 60_000);
  afterAll(() => session?.close());

  it('keeps members out', async () => {
    const member = await session.newPage({ token: (await signUp(session.server, 'not_admin')).token });
    await member.goto(`${session.server.url}/admin/movies`);
    expect(await member.locator('[role="alert"]').textContent()).toBe('Only administrators can do that.');
  });

  it('creates a film with a director, a reordered cast, a genre and a poster with its preview', async () => {
    const posterFile = path.join(tempDir('mymdb-poster-'), 'poster.jpg');
    fs.writeFileSync(
      posterFile,
      await sharp({ create: { width: 400, height: 600, channels: 3, background: '#335577' } })
        .jpeg()
        .toBuffer(),
    );
    await page.goto(`${session.server.url}/`);
    await page.click('nav a:has-text("Admin")');
    await page.waitForURL(/\/admin\/movies$/);
    await page.click('a:has-text("New movie")');
    await page.fill('input[name="title"]', 'Harbour Lights');
    await page.fill('input[name="releaseYear"]', '2024');
    await page.fill('textarea[name="description"]', 'A lighthouse keeper and a storm.');
    await page.fill('label:has-text("Find a director") input', 'nolan');
    await page.click('ul[aria-label="Find a director: matches"] button:has-text("Christopher Nolan")');
    for (const [search, name] of [
      ['tom han', 'Tom Hanks'],
      ['morgan free', 'Morgan Freeman'],
    ]) {
      await page.fill('label:has-text("Add an actor") input', search);
      await page.click(`ul[aria-label="Add an actor: matches"] button:has-text("${name}")`);
    }
    await page.click('button[aria-label="Move Morgan Freeman up"]');
    expect(await page.locator('.cast-list li').allTextContents()).toEqual([
      expect.stringContaining('Morgan Freeman'),
      expect.stringContaining('Tom Hanks'),
    ]);
    await page.click('fieldset:has(legend:text-is("Genres")) button:text-is("Drama")');
    await page.setInputFiles('input[name="poster"]', posterFile);
    await page.locator('img[alt="Poster preview"]').waitFor();
    expect(await page.getAttribute('img[alt="Poster preview"]', 'src')).toMatch(/^blob:/);
    await screenshot(page, 'admin-movie-form');
    await page.click('button:text-is("Save")');
    await page.waitForURL(/\/admin\/movies\/\d+\?saved=1$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const { data } = await session.server.gql(MOVIE, { id });
    expect(data!.movie).toMatchObject({
      title: 'Harbour Lights',
      releaseYear: 2024,
      director: { name: 'Christopher Nolan' },
      mainActors: [{ name: 'Morgan Freeman' }, { name: 'Tom Hanks' }],
      genres: [{ name: 'Drama' }],
    });
    expect(data!.movie!.posterUrl).toMatch(/\.jpg$/);
    expect(data!.movie!.small).toMatch(/\.w185\.webp$/);
  });

  it('merges two spellings of one person, refuses to delete a genre in use, and logs it all', async () => {
    await page.goto(`${session.server.url}/admin/people`);
    await page.fill('label:has-text("Search") input', 'torrent');
    await page.locator('tbody tr').nth(1).waitFor();
    const boxes = page.locator('tbody input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.locator('[aria-label="Merge people"] button').first().click();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    expect(await page.locator('tbody tr td').nth(2).textContent()).toBe('2');

    await page.goto(`${session.server.url}/admin/genres`);
    await page.locator('tr:has(input[aria-label="Name of Drama"]) button:text-is("Delete")').click();
    expect(await page.locator('[role="alert"]').textContent()).toMatch(/merge it into another genre instead/);

    // Moderation from the film's page: the review goes, the reason goes to the log.
    const writer = await signUp(session.server, 'spam_writer');
    const { data: found } = await session.server.gql(
      graphql(`
        query BackOfficeCasablanca {
          movies(filter: { search: "casablanca" }, first: 1) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    const casablanca = found!.movies.edges[0].node.id;
    await session.server.gql(
      graphql(`
        mutation BackOfficeSpam($input: CreateReviewInput!) {
          createReview(input: $input) {
            id
          }
        }
      `),
      { input: { movieId: casablanca, title: 'Cheap watches', body: 'Visit my shop.' } },
      bearer(writer.token),
    );
    await page.goto(`${session.server.url}/movies/${casablanca}`);
    const spam = page.locator('.review-list article:has(h3:text-is("Cheap watches"))');
    await spam.locator('button:text-is("Remove (admin)")').click();
    await spam.locator('input[name="reason"]').fill('Spam');
    await spam.locator('button:text-is("Remove review")').click();
    await page.waitForFunction(
      () => ![...document.querySelectorAll('.review-list h3')].some((h) => h.textContent === 'Cheap watches'),
    );

    await page.goto(`${session.server.url}/admin/audit`);
    await page.locator('tbody tr').first().waitFor();
    const actions = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(actions.some((text) => text.startsWith('mergePeople Person'))).toBe(true);
    expect(actions.some((text) => text.startsWith('createMovie Movie'))).toBe(true);
    expect(actions.some((text) => text.startsWith('uploadPoster Movie'))).toBe(true);
    expect(actions.some((text) => text.startsWith('deleteReview Review') && text.endsWith('— Spam'))).toBe(true);
    await screenshot(page, 'admin-audit');
  });

  it('moderates from the Reviews table: newest first, removed with a reason', async () => {
    const writer = await signUp(session.server, 'table_spammer');
    const { data } = await session.server.gql(
      graphql(`
        query BackOfficeAlien {
          movies(filter: { search: "alien" }, first: 1) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    await session.server.gql(
      graphql(`
        mutation BackOfficeSpam2($input: CreateReviewInput!) {
          createReview(input: $input) {
            id
          }
        }
      `),
      { input: { movieId: data!.movies.edges[0].node.id, title: 'Free crypto', body: 'Click here.' } },
      bearer(writer.token),
    );
    await page.goto(`${session.server.url}/admin/reviews`);
    const row = page.locator('tbody tr:has(strong:text-is("Free crypto"))');
    await row.waitFor();
    expect(await page.locator('tbody tr').first().textContent()).toContain('Free crypto');
    await row.locator('input').fill('Scam');
    await row.locator('button:text-is("Remove")').click();
    await page.waitForFunction(
      () => ![...document.querySelectorAll('tbody strong')].some((s) => s.textContent === 'Free crypto'),
    );
    const { data: log } = await session.server.gql(
      graphql(`
        query BackOfficeLog {
          auditLog(targetType: "Review", first: 1) {
            edges {
              node {
                reason
              }
            }
          }
        }
      `),
      {},
      bearer(await adminToken(session.server)),
    );
    expect(log!.auditLog.edges[0].node.reason).toBe('Scam');
  });
});
