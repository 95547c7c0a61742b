import type { Page } from 'playwright-core';
import { describeInBrowser, openBrowserSession, screenshot, type BrowserSession } from './browser-session';

/** The Content-Security-Policy helmet sends must not break the web client or GraphiQL: no violation in Chromium. */
describeInBrowser('security headers in a browser', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession();
  }, 60_000);
  afterAll(() => session?.close());

  /** Every CSP violation the page reports, from the console and from securitypolicyviolation events. */
  async function violationsOn(page: Page, url: string, ready: string): Promise<string[]> {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Refused to load ${event.blockedURI} (${event.violatedDirective})`),
      ),
    );
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toBeTruthy();
    await page.waitForSelector(ready);
    await page.waitForTimeout(500);
    return violations;
  }

  it('shows the web client with its posters under the policy', async () => {
    const page = await session.newPage();
    expect(await violationsOn(page, `${session.server.url}/`, '.card img')).toEqual([]);
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('.card img')?.naturalWidth ?? 0) > 0);
  });

  it('runs GraphiQL under the policy and answers a query from it', async () => {
    const page = await session.newPage();
    expect(await violationsOn(page, `${session.server.url}/graphql`, '.graphiql-container')).toEqual([]);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => /"movies"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''));
    await screenshot(page, 'graphiql');
  });
});
