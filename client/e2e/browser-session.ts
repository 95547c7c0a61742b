import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, launchChromium } from '../../server/test/browser';
import { startTestServer, type TestServer } from '../../server/test/harness';

export const describeInBrowser = process.env.MYMDB_TEST_BROWSER === '1' ? describe : describe.skip;

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** The built client served by the real server (embedded default, demo catalogue) and a headless Chromium. */
export interface BrowserSession {
  server: TestServer;
  browser: Browser;
  /** A fresh context (its own storage, so its own login), closed with the session. */
  newPage(options?: { viewport?: { width: number; height: number }; token?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowserSession(options: { demoCommunity?: boolean } = {}): Promise<BrowserSession> {
  const server = await startTestServer('sqlite', { seedDemo: true, demoCommunity: options.demoCommunity });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser,
    async newPage({ viewport = DESKTOP, token } = {}) {
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      if (token) {
        // A session as the login page stores it: for tests about something other than logging in.
        const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
        await context.addInitScript(
          ([value, expires]) => {
            if (!window.localStorage.getItem('mymdb.session'))
              window.localStorage.setItem('mymdb.session', JSON.stringify({ token: value, expiresAt: expires }));
          },
          [token, expiresAt],
        );
      }
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.stop();
    },
  };
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}
