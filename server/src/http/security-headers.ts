import crypto from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config';
import type { GraphiQLPage } from './graphiql';

/** Where posters come from: this origin, or the S3 bucket's. */
function imageSources(config: AppConfig): string[] {
  const sources = ["'self'", 'data:'];
  if (config.storage.kind === 's3') {
    const base =
      config.storage.publicBaseUrl ??
      config.storage.endpoint ??
      `https://${config.storage.bucket}.s3.${config.storage.region}.amazonaws.com`;
    sources.push(new URL(base).origin);
    if (!config.storage.publicBaseUrl && !config.storage.endpoint) sources.push('https://*.amazonaws.com');
  }
  return sources;
}

/**
 * helmet with fixed options (no per-request directive functions) sets the same headers on every
 * response: they are worked out once, by running it on a stand-in response, and then set in one
 * call per request instead of a dozen middlewares each time.
 */
function workedOutOnce(middleware: RequestHandler): RequestHandler {
  const headers = new Map<string, number | string | readonly string[]>();
  const removed = new Set<string>();
  const standIn = {
    setHeader: (name: string, value: number | string | readonly string[]) => void headers.set(name, value),
    removeHeader: (name: string) => void (headers.delete(name), removed.add(name)),
  };
  let ran = false;
  void middleware({} as Request, standIn as unknown as Response, () => void (ran = true));
  if (!ran) throw new Error('helmet did not finish synchronously on the stand-in response');
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    res.setHeaders(headers);
    next();
  };
}

/**
 * helmet's headers on every response. The web client is built by Vite into same-origin module
 * scripts and stylesheets, so the default policy fits it; images add the poster origin, and
 * `connect-src 'self'` covers the API and its WebSocket on this origin.
 */
export function apiSecurityHeaders(config: AppConfig): RequestHandler {
  return workedOutOnce(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': imageSources(config),
          'connect-src': ["'self'"],
          // No HTTPS assumptions on a plain-HTTP local install.
          'upgrade-insecure-requests': config.env === 'production' ? [] : null,
        },
      },
      strictTransportSecurity: config.env === 'production',
    }),
  );
}

/**
 * GraphiQL's page is one HTML file with its scripts inline: they are allowed by their hashes
 * (computed when the middleware is built, once per page), not by 'unsafe-inline'. Its editor styles itself inline and
 * starts web workers from blob: URLs.
 */
export function graphiqlSecurityHeaders(page: GraphiQLPage): RequestHandler {
  const scriptHashes = [...page.html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`,
  );
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'", ...scriptHashes],
        'style-src': ["'self'", "'unsafe-inline'"],
        'worker-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    strictTransportSecurity: false,
  });
}
