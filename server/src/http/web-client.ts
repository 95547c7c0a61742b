import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/** Where `vite build` put the web client, seen from compiled (dist/server/src) or source (server/src) code. */
function clientDist(): string | undefined {
  return [path.resolve(__dirname, '../../../client/dist'), path.resolve(__dirname, '../../client/dist')].find((dir) =>
    fs.existsSync(path.join(dir, 'index.html')),
  );
}

const API_PATHS = /^\/(graphql|media|healthz|readyz|metrics)(\/|$)/;

/** Serves the built client at / on the API's port; any other page path gets index.html (client-side routes). */
export function serveWebClient(app: Express): boolean {
  const dir = clientDist();
  if (!dir) return false;
  app.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(dir, { index: false }));
  app.get(/.*/, (req, res, next) => {
    if (API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.sendFile(path.join(dir, 'index.html'));
  });
  return true;
}
