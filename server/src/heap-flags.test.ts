import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SERVER_ENTRY, SERVER_HEAP_FLAGS } from './heap-flags';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('the server’s heap flags', () => {
  it('are the ones npm start passes', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(scripts.start).toContain(`node ${SERVER_HEAP_FLAGS.join(' ')} ${SERVER_ENTRY}`);
  });

  it('are the ones the image starts the server with', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(read('Dockerfile'))?.[1];
    expect(JSON.parse(cmd ?? 'null')).toEqual(['node', ...SERVER_HEAP_FLAGS, SERVER_ENTRY]);
  });

  it('fit in the Kubernetes memory limit with room for what is not old generation', () => {
    const oldSpaceMb = Number(/--max-old-space-size=(\d+)/.exec(SERVER_HEAP_FLAGS.join(' '))?.[1]);
    const deployment = parseAllDocuments(read('deploy/k8s/server.yaml'))
      .map((doc) => doc.toJS() as { kind: string; spec?: any })
      .find((object) => object.kind === 'Deployment');
    const limit = String(deployment?.spec.template.spec.containers[0].resources.limits.memory);
    expect(limit).toMatch(/^\d+Mi$/);
    expect(parseInt(limit, 10)).toBeGreaterThanOrEqual(oldSpaceMb + 256);
  });
});
