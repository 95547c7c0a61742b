import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SERVER_ENTRY as SERVER_BUILT } from '../src/heap-flags';

/** The built entry points (`npm test` builds before Jest runs). */
export const SERVER_ENTRY = path.resolve(__dirname, '../..', SERVER_BUILT);
export const PERSISTER_ENTRY = path.resolve(__dirname, '../../dist/persister/src/index.js');

export interface RunningProcess {
  /** Where its /readyz answers. */
  url: string;
  pid: number;
  /** SIGTERM drains and exits; SIGKILL is a crash. Resolves once the process is gone. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/**
 * A server or persister as its own Node process (what a deployment runs), ready once its
 * `/readyz` answers 200 on `port`; stopped by PID.
 */
export async function startProcess(
  entry: string,
  port: number,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<RunningProcess> {
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Its logs (pino writes to stdout) and warnings, for the error when it does not come up.
  let output = '';
  const keep = (chunk: unknown) => void (output = (output + String(chunk)).slice(-4_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      if (child.exitCode === null) process.kill(child.pid!, 'SIGKILL');
      throw new Error(
        `${path.basename(entry)} on port ${port} did not become ready (exit ${child.exitCode}): ${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid!,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(child.pid!, signal);
      }),
  };
}

/** The sum of a Prometheus metric's samples (all label sets) in a /metrics text. */
export function metricSum(metricsText: string, name: string): number {
  let sum = 0;
  for (const line of metricsText.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? ([-\d.e+]+|NaN)$/.exec(line);
    if (match && match[1] === name) sum += Number(match[3]);
  }
  return sum;
}
