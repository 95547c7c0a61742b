import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

describe('client/src/__generated__', () => {
  it('is what `npm run codegen` generates from the committed schema and the client documents', async () => {
    // --check generates in memory and exits non-zero when a committed file differs.
    const result = await run(
      path.join(ROOT, 'node_modules/.bin/graphql-codegen'),
      ['--config', 'codegen.ts', '--check'],
      {
        cwd: ROOT,
      },
    ).then(
      () => 'up to date',
      (error: { stdout?: string; stderr?: string }) =>
        `stale: run npm run codegen\n${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(result).toBe('up to date');
  }, 60_000);
});
