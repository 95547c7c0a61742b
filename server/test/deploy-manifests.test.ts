import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const DEPLOY = path.resolve(__dirname, '../../deploy');
const K8S = path.join(DEPLOY, 'k8s');

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string };
  spec?: Record<string, any>;
  data?: Record<string, string>;
}

/** Every object in deploy/k8s (the kustomization aside), as parsed. */
function manifests(): Array<{ file: string; object: Manifest }> {
  return fs
    .readdirSync(K8S)
    .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
    .flatMap((file) =>
      parseAllDocuments(fs.readFileSync(path.join(K8S, file), 'utf8')).map((doc) => ({
        file,
        object: doc.toJS() as Manifest,
      })),
    );
}

/** The same objects, by "Kind/name". */
const manifestsByName = () =>
  new Map(manifests().map(({ object }) => [`${object.kind}/${object.metadata?.name}`, object]));

/**
 * The Kubernetes schemas ship in the `kubernetes-models` npm package (kubeconform is in no
 * registry here); validate-k8s.mjs checks each object against them in a node process of its own.
 */
function validateAll(objects: Manifest[]): Array<{ kind: string; name: string | null; error: string | null }> {
  const output = execFileSync(process.execPath, [path.join(__dirname, 'validate-k8s.mjs')], {
    input: JSON.stringify(objects),
    cwd: path.resolve(__dirname, '../..'),
  });
  return JSON.parse(output.toString()) as Array<{ kind: string; name: string | null; error: string | null }>;
}

describe('deploy/', () => {
  it('has Kubernetes manifests that validate against the Kubernetes schemas', () => {
    const objects = manifests();
    expect(objects.map(({ object }) => object.kind).sort()).toEqual(
      [
        'ConfigMap',
        'Deployment',
        'Deployment',
        'HorizontalPodAutoscaler',
        'Ingress',
        'Namespace',
        'Secret',
        'Service',
        'Service',
      ].sort(),
    );
    const results = validateAll(objects.map(({ object }) => object));
    expect(results.filter((result) => result.error !== null)).toEqual([]);
    expect(results).toHaveLength(objects.length);
  });

  it('catches an invalid manifest (the check is real)', () => {
    const broken = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 'three' } };
    expect(validateAll([broken as Manifest])[0].error).toMatch(/replicas/);
  });

  it('runs three servers with probes and a drain, one persister, and lists every file in the kustomization', () => {
    const byName = manifestsByName();
    const server = byName.get('Deployment/mymdb-server')!.spec!;
    expect(server.replicas).toBe(3);
    const container = server.template.spec.containers[0];
    expect(container.readinessProbe.httpGet.path).toBe('/readyz');
    expect(container.livenessProbe.httpGet.path).toBe('/healthz');
    expect(container.lifecycle.preStop).toBeDefined();
    expect(container.resources.requests).toBeDefined();
    expect(server.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(byName.get('Deployment/mymdb-persister')!.spec!.replicas).toBe(1);
    const kustomization = parse(fs.readFileSync(path.join(K8S, 'kustomization.yaml'), 'utf8')) as {
      resources: string[];
    };
    for (const file of kustomization.resources) expect(fs.existsSync(path.join(K8S, file))).toBe(true);
  });

  it("keeps every pod's database connections within PostgreSQL's default limit at the autoscaler's maximum", () => {
    const byName = manifestsByName();
    const maxServers = byName.get('HorizontalPodAutoscaler/mymdb-server')!.spec!.maxReplicas as number;
    const persisters = byName.get('Deployment/mymdb-persister')!.spec!.replicas as number;
    const poolMax = Number(byName.get('ConfigMap/mymdb-config')!.data!.DATABASE_POOL_MAX);
    expect(poolMax).toBeGreaterThanOrEqual(2);
    // max_connections 100 by default, superuser_reserved_connections 3.
    expect((maxServers + persisters) * poolMax).toBeLessThanOrEqual(97);
  });

  it('composes PostgreSQL, Kafka 3.9, MinIO, three servers, the persister and nginx with WebSocket upgrade', () => {
    const compose = parse(fs.readFileSync(path.join(DEPLOY, 'compose.yaml'), 'utf8'), { merge: true }) as {
      services: Record<string, { image?: string; command?: string[]; environment?: Record<string, string> }>;
    };
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(['postgres', 'kafka', 'minio', 'server-1', 'server-2', 'server-3', 'persister', 'nginx']),
    );
    expect(compose.services.kafka.image).toMatch(/^apache\/kafka:3\.9/);
    expect(compose.services['server-2'].environment?.KAFKA_BROKERS).toBe('kafka:9092');
    expect(compose.services.persister.environment?.MYMDB_ROLE).toBe('persister');
    const nginx = fs.readFileSync(path.join(DEPLOY, 'nginx/mymdb.conf'), 'utf8');
    for (const name of ['server-1', 'server-2', 'server-3'])
      expect(nginx).toContain(`server ${name}:4000 max_fails=0;`);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade/);
    expect(nginx).not.toMatch(/^\s*(ip_hash|sticky|hash)\b/m);
  });
});
