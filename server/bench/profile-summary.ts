import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a sample's own time goes: packages grouped by the part of the request they play. */
const CATEGORIES: Array<[string, RegExp]> = [
  ['GraphQL execution (graphql, graphql-jit)', /node_modules\/(graphql|graphql-jit)\//],
  ['Apollo Server', /node_modules\/@apollo\/|node_modules\/@as-integrations\//],
  ['type-graphql resolver wrappers', /node_modules\/type-graphql\//],
  [
    'Express and middlewares',
    /node_modules\/(express|router|body-parser|raw-body|compression|helmet|type-is|negotiator|graphql-upload-ts|on-finished|finalhandler|send|accepts|content-type|qs|parseurl|proxy-addr|vary|iconv-lite)\//,
  ],
  ['metrics and logs (prom-client, pino)', /node_modules\/(prom-client|pino|tdigest|bintrees)\//],
  [
    'PostgreSQL driver (pg)',
    /node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-\w+|buffer-writer|packet-reader)\//,
  ],
  [
    'knex, MikroORM, tarn, DataLoader',
    /node_modules\/(knex|@mikro-orm\/[^/]+|tarn|dataloader|graphql-parse-resolve-info)\//,
  ],
  ['SQLite driver', /node_modules\/better-sqlite3\//],
  ['MyMDB code', /\/dist\/server\/src\//],
  ['module loading (startup)', /node:internal\/modules\//],
  ['Node HTTP, streams, sockets', /^node:/],
];

/**
 * Self time of a V8 CPU profile by category, as a share of the time the process was not idle.
 * `(garbage collector)` and native calls (socket writes: `writev`) are their own categories.
 */
export function profileCategories(file: string, top = 12): Array<{ category: string; '% of busy time': string }> {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url } = nodes.get(id)!.callFrame;
    const delta = profile.timeDeltas[i] ?? 0;
    if (functionName === '(idle)') return;
    busy += delta;
    const category =
      functionName === '(garbage collector)'
        ? 'garbage collection'
        : functionName === 'writev' || functionName === 'writeBuffer' || functionName === 'writeUtf8String'
          ? 'socket writes (native)'
          : !url
            ? `other native (${functionName || 'anonymous'})`
            : (CATEGORIES.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other packages');
    totals.set(category, (totals.get(category) ?? 0) + delta);
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([category, time]) => ({ category, '% of busy time': ((100 * time) / busy).toFixed(1) }));
}
