import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/**
 * Where `vite build` put the web client: client/dist at the repository root, found by walking up
 * from this file (server/src/http in the sources, dist/server/src/http once compiled).
 */
function clientDist(): string | undefined {
  for (let dir = __dirname, up = 0; up < 6; dir = path.dirname(dir), up++) {
    const candidate = path.join(dir, 'client', 'dist');
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
  }
  return undefined;
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
