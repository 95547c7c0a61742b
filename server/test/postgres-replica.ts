import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** The machine's PostgreSQL server programs (Debian: /usr/lib/postgresql/<major>/bin). */
export function postgresBinaries(): string | null {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const majors = fs
    .readdirSync(root)
    .filter((name) => fs.existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length ? path.join(root, majors[0], 'bin') : null;
}

export const INSTALL_POSTGRES = 'apt-get install -y postgresql';

/** PostgreSQL refuses to run as root: a root test runs it as the `postgres` account. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('running as root needs a postgres account to run PostgreSQL');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export interface PrimaryWithReplica {
  primaryUrl: string;
  replicaUrl: string;
  /** Stops applying the primary's WAL on the replica: what it serves stays as it is. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Resolves once the replica has applied everything the primary had written when called. */
  caughtUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function ready(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await query(url, 'select 1');
      return;
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`PostgreSQL did not start: ${fs.readFileSync(log, 'utf8').slice(-1_500)}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * A throwaway primary (initdb) and a streaming replica of it (pg_basebackup -R), both from the
 * machine's PostgreSQL on loopback ports of their own, in `dir`; stopped by PID.
 */
export async function startPrimaryWithReplica(
  bin: string,
  dir: string,
  ports: [number, number],
): Promise<PrimaryWithReplica> {
  const owner = runAs();
  fs.mkdirSync(dir, { recursive: true });
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  const run = (program: string, args: string[]) => {
    const result = spawnSync(path.join(bin, program), args, { ...owner, encoding: 'utf8', timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.error?.message}`);
  };
  const children: ChildProcess[] = [];
  const start = async (dataDir: string, port: number) => {
    const log = path.join(dir, `postgres-${port}.log`);
    const out = fs.openSync(log, 'a');
    if (owner) fs.fchownSync(out, owner.uid, owner.gid);
    const child = spawn(
      path.join(bin, 'postgres'),
      ['-D', dataDir, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1'],
      { ...owner, stdio: ['ignore', out, out] },
    );
    children.push(child);
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    await ready(url, child, log);
    return url;
  };

  const primaryDir = path.join(dir, 'primary');
  const replicaDir = path.join(dir, 'replica');
  run('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // initdb's pg_hba.conf already trusts replication connections from 127.0.0.1.
  fs.appendFileSync(
    path.join(primaryDir, 'postgresql.conf'),
    '\nwal_level = replica\nmax_wal_senders = 4\nfsync = off\nfull_page_writes = off\n',
  );
  const primaryUrl = await start(primaryDir, ports[0]);
  run('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(ports[0]),
    '-U',
    'postgres',
    '-D',
    replicaDir,
    '-R',
    '-X',
    'stream',
  ]);
  const replicaUrl = await start(replicaDir, ports[1]);

  const lsn = async (url: string, expression: string) =>
    (await query<{ lsn: string }>(url, `select ${expression}::text as lsn`))[0].lsn;
  return {
    primaryUrl,
    replicaUrl,
    pauseReplay: async () => void (await query(replicaUrl, 'select pg_wal_replay_pause()')),
    resumeReplay: async () => void (await query(replicaUrl, 'select pg_wal_replay_resume()')),
    async caughtUp(timeoutMs = 15_000) {
      const target = await lsn(primaryUrl, 'pg_current_wal_lsn()');
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [{ behind }] = await query<{ behind: boolean }>(
          replicaUrl,
          `select pg_last_wal_replay_lsn() < '${target}'::pg_lsn as behind`,
        );
        if (!behind) return;
        if (Date.now() > deadline) throw new Error(`the replica did not reach ${target}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      // Replica first, then primary; SIGINT is PostgreSQL's fast shutdown.
      for (const child of children.reverse()) {
        if (child.exitCode !== null) continue;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(child.pid!, 'SIGINT');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
