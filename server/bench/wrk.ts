import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cpuSeconds, idleSeconds, mainThreadSeconds, peakRssMb, pidsNamed } from './processes';

/** wrk (Debian's package) drives the read benches: C, so the load generator is not what saturates. */
export function requireWrk(): void {
  if (spawnSync('wrk', ['--version']).error) throw new Error('wrk is missing: apt-get install -y wrk');
}

/** wrk's Lua: POST the bodies in turn; with `authorizations`, each request also takes the next of those. */
export function wrkScript(
  dir: string,
  port: number,
  urlPath: string,
  bodies: string[],
  authorizations: string[] = [],
): string {
  const file = path.join(dir, `${port}-${bodies.length}-${Math.random().toString(36).slice(2, 8)}.lua`);
  const list = (name: string, values: string[]) =>
    `local ${name} = {\n${values.map((value) => `[==[${value}]==]`).join(',\n')}\n}\n`;
  const headers = authorizations.length
    ? `{ ["Content-Type"] = "application/json", ["Authorization"] = authorizations[(i % #authorizations) + 1] }`
    : 'nil';
  fs.writeFileSync(
    file,
    list('bodies', bodies) +
      list('authorizations', authorizations) +
      `local i = 0\nwrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n` +
      `request = function()\n  i = i + 1\n  return wrk.format(nil, "${urlPath}", ${headers}, bodies[(i % #bodies) + 1])\nend\n`,
  );
  return file;
}

const MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000 };
const latency = (text: string, percentile: string) => {
  const match = new RegExp(`\\s${percentile}%\\s+([\\d.]+)(us|ms|s)`).exec(text);
  return match ? Math.round(Number(match[1]) * MS[match[2]] * 10) / 10 : NaN;
};

/** CPU used during a run, each as a share of one core. */
export interface CpuUsed {
  serverCpu: number;
  /** The server's main thread: running, and runnable but waiting for a CPU (both % of the time). */
  mainThreadRunning: number;
  mainThreadWaiting: number;
  /** Idle CPU across the machine. */
  idleCpu: number;
  postgresCpu: number;
}

export interface Measured extends CpuUsed {
  reqPerSecond: number;
  /** Requests completed during the run. */
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  wrkCpu: number;
}

/**
 * Starts counting the CPU the server process and every PostgreSQL process (backends a pool opens
 * meanwhile included, from 0) use, what the server's main thread did, and the machine's idle CPU;
 * the returned function gives each as a share of one core.
 */
export function cpuMeter(serverPid: number): () => CpuUsed & { seconds: number } {
  const postgresBefore = new Map(pidsNamed('postgres').map((pid) => [pid, cpuSeconds(pid)]));
  const serverBefore = cpuSeconds(serverPid);
  const mainBefore = mainThreadSeconds(serverPid);
  const idleBefore = idleSeconds();
  const started = performance.now();
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const postgresUsed = pidsNamed('postgres').reduce(
      (sum, pid) => sum + Math.max(0, cpuSeconds(pid) - (postgresBefore.get(pid) ?? 0)),
      0,
    );
    const main = mainThreadSeconds(serverPid);
    const share = (used: number) => Math.round((100 * used) / seconds);
    return {
      serverCpu: share(cpuSeconds(serverPid) - serverBefore),
      mainThreadRunning: share(main.running - mainBefore.running),
      mainThreadWaiting: share(main.waiting - mainBefore.waiting),
      idleCpu: share(idleSeconds() - idleBefore),
      postgresCpu: share(postgresUsed),
      seconds,
    };
  };
}

/** One wrk run against the server on `port` (process `pid`), with the CPU each side used meanwhile. */
export async function runWrk(
  server: { port: number; pid: number },
  script: string,
  connections: number,
  seconds: number,
): Promise<Measured> {
  const meter = cpuMeter(server.pid);
  const wrk = spawn('wrk', [
    // wrk needs at least one connection per thread.
    `-t${Math.min(2, connections)}`,
    `-c${connections}`,
    `-d${seconds}s`,
    '--latency',
    '-s',
    script,
    `http://127.0.0.1:${server.port}`,
  ]);
  let output = '';
  wrk.stdout.on('data', (chunk) => (output += String(chunk)));
  let wrkCpu = 0;
  // wrk's own CPU, read just before it exits.
  const sampler = setInterval(() => (wrkCpu = Math.max(wrkCpu, cpuSeconds(wrk.pid!))), 200);
  await new Promise((resolve) => wrk.once('exit', resolve));
  clearInterval(sampler);
  const { seconds: elapsed, ...used } = meter();
  const errors =
    Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0) +
    [...output.matchAll(/(connect|read|write|timeout) (\d+)/g)].reduce((sum, m) => sum + Number(m[2]), 0);
  return {
    reqPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN)),
    requests: Number(/(\d+) requests in/.exec(output)?.[1] ?? NaN),
    p50: latency(output, '50'),
    p99: latency(output, '99'),
    errors,
    ...used,
    wrkCpu: Math.round((100 * wrkCpu) / elapsed),
  };
}

/**
 * The server's main thread: running + waiting for a CPU near 100 % means saturated, whatever its
 * CPU share; and the machine's idle CPU, which shows whether the cores themselves were all in use.
 */
export const mainThreadColumns = (result: Measured) => ({
  'main thread running / waiting %': `${result.mainThreadRunning} / ${result.mainThreadWaiting}`,
  'idle CPU %': result.idleCpu,
});

/** One table row for a wrk run: throughput, latency, and who was busy (server, PostgreSQL, wrk). */
export function measuredRow(database: 'sqlite' | 'postgresql', result: Measured, serverPid: number) {
  return {
    'req/s': result.reqPerSecond,
    'p50 ms': result.p50,
    'p99 ms': result.p99,
    errors: result.errors,
    'server CPU %': result.serverCpu,
    ...mainThreadColumns(result),
    'PostgreSQL CPU %': database === 'postgresql' ? result.postgresCpu : '-',
    'load generator CPU %': result.wrkCpu,
    'server peak RSS MB': peakRssMb(serverPid),
  };
}
