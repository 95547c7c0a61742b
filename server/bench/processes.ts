import { spawn, type ChildProcess } from 'node:child_process';
import { createSecretKey } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { SERVER_ENTRY, SERVER_HEAP_FLAGS } from '../src/heap-flags';

const ROOT = path.resolve(__dirname, '../../..');

/** The secret the benches give the servers they start, so that they can sign their members' tokens. */
export const BENCH_JWT_SECRET = 'bench-only-secret-bench-only-secret-123';

/** A member's access token for a server started with BENCH_JWT_SECRET (without "Bearer"). */
export function benchMemberToken(member: number): string {
  const key = createSecretKey(Buffer.from(BENCH_JWT_SECRET, 'utf8'));
  return jwt.sign({ sub: String(member), ver: 0 }, key, { algorithm: 'HS256', expiresIn: '1h' });
}

/** BENCH_CPU_PROFILE_DIR=dir: every process the bench starts writes a V8 CPU profile there on exit. */
export const profileArgs = () =>
  process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : [];

/**
 * Starts a compiled script of this repository (e.g. dist/persister/src/index.js) with extra
 * environment and node flags; `root` runs another built checkout's copy instead.
 */
export function startScript(
  script: string,
  env: Record<string, string>,
  root = ROOT,
  nodeFlags: readonly string[] = [],
): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, ...profileArgs(), path.join(root, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The server with the heap flags it ships with (server/src/heap-flags.ts). */
export const startServer = (env: Record<string, string>, root = ROOT): ChildProcess =>
  startScript(SERVER_ENTRY, env, root, SERVER_HEAP_FLAGS);

/** The MyMDB server as the read benches run it: production settings, no demo, on loopback. */
export function startMyMdb(port: number, dataDir: string, databaseUrl: string, root?: string): ChildProcess {
  return startServer(
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      JWT_SECRET: BENCH_JWT_SECRET,
    },
    root && path.resolve(root),
  );
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

/** Peak resident set size of a process so far (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 (utime, stime) counted from 1, i.e. 11 and 12 after the command name.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0; // gone
  }
}

/**
 * Seconds a process's main thread (its thread id is its pid) has run and has waited, runnable, for
 * a CPU (/proc/<pid>/task/<pid>/schedstat). A single-threaded server is saturated when the two add
 * up to the whole time, even though its CPU share is lower: on a shared machine part of its busy
 * time is spent in the run queue behind the database and the load generator.
 */
export function mainThreadSeconds(pid: number): { running: number; waiting: number } {
  try {
    const [running, waiting] = fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return { running: running / 1e9, waiting: waiting / 1e9 };
  } catch {
    return { running: NaN, waiting: NaN }; // gone, or a kernel without schedstat
  }
}

/** Idle CPU seconds of the whole machine, all cores summed (/proc/stat: idle and iowait). */
export function idleSeconds(): number {
  const [, , , , idle, iowait] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).map(Number);
  return (idle + iowait) / 100;
}

/** PIDs of every process whose command name is `name` (e.g. all of PostgreSQL's backends). */
export function pidsNamed(name: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    })
    .map(Number);
}
