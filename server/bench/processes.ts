import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** BENCH_CPU_PROFILE_DIR=dir: every process the bench starts writes a V8 CPU profile there on exit. */
export const PROFILE_ARGS = process.env.BENCH_CPU_PROFILE_DIR
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`]
  : [];

/** Starts a compiled script of this repository (e.g. dist/server/src/index.js) with extra environment. */
export function startScript(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...PROFILE_ARGS, path.join(ROOT, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** SIGTERM by PID, SIGKILL after 5 s; resolves once the process is gone. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(child.pid!, 'SIGTERM');
  const timer = setTimeout(() => !hasExited(child) && process.kill(child.pid!, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

export async function until(
  predicate: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Polls a URL until it answers 2xx, failing early if the process dies. */
export function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  return until(async () => {
    if (hasExited(child)) throw new Error(`process for ${url} exited (${child.exitCode ?? child.signalCode})`);
    return fetch(url).then(
      (r) => r.ok,
      () => false,
    );
  }, url);
}
