import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DESKTOP, describeInBrowser, openBrowserSession, PHONE, type BrowserSession } from './browser-session';
import { signUp } from '../../server/test/harness';
import { graphql } from '../../server/test/__generated__';

/**
 * axe-core on every route, at 1280 and 390 px, as a guest and as a member, with the chat and
 * assistant panels open too: no violation of impact serious or critical.
 */
describeInBrowser('accessibility of every route (axe-core)', () => {
  let session: BrowserSession;
  let routes: string[];
  let memberToken: string;

  beforeAll(async () => {
    // With the demo community: reviews with stars, spoilers and helpful buttons, profiles, For you.
    session = await openBrowserSession({ demoCommunity: true });
    const { data } = await session.server.gql(
      graphql(`
        query AxeRoutes {
          movies(first: 1, filter: { search: "Alien" }) {
            edges {
              node {
                id
                director {
                  id
                }
              }
            }
          }
        }
      `),
    );
    const movie = data!.movies.edges[0].node;
    routes = [
      '/',
      '/?q=alien',
      '/?genre=Western&from=1990&to=1999',
      `/?director=${movie.director!.id}`,
      `/movies/${movie.id}`,
      `/people/${movie.director!.id}`,
      '/login',
      '/signup',
      '/admin/import',
      '/movies/not-a-number',
      '/no-such-page',
      '/u/rosa_spacecadet',
      '/u/axe-reader',
      '/u/nobody-here',
    ];
    memberToken = (await signUp(session.server, 'axe-reader')).token;
  }, 60_000);
  afterAll(() => session?.close());

  async function serious(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }

  for (const [width, viewport] of [
    ['1280 px', DESKTOP],
    ['390 px', PHONE],
  ] as const)
    for (const member of [false, true])
      it(`finds nothing serious at ${width} ${member ? 'as a member' : 'as a guest'}`, async () => {
        const page = await session.newPage({ viewport, token: member ? memberToken : undefined });
        const found: Record<string, string[]> = {};
        for (const route of routes) {
          await page.goto(`${session.server.url}${route}`);
          await page.waitForSelector('main h1, main [role="alert"]');
          await page.waitForLoadState('networkidle');
          const violations = await serious(page);
          if (violations.length) found[route] = violations;
        }
        // The floating panels, open, over the details page.
        await page.goto(`${session.server.url}${routes[4]}`);
        await page.waitForSelector('main h1');
        for (const button of ['Ask MyMDB', 'Chat']) {
          await page.click(`.fab:has-text("${button}")`);
          await page.waitForSelector('.panel:not([hidden])');
          const violations = await serious(page);
          if (violations.length) found[`${routes[4]} + ${button}`] = violations;
        }
        expect(found).toEqual({});
      });
});
