import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const INSTALL_NGINX = 'apt-get install -y nginx';

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => (socket.destroy(), resolve(ok));
    socket.setTimeout(200, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** deploy/nginx/mymdb.conf, found from the source (tests) or the compiled output (bench). */
function siteConfig(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'deploy/nginx/mymdb.conf');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error('deploy/nginx/mymdb.conf not found above ' + __dirname);
}

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/**
 * nginx (Debian's) in front of `upstreams` on loopback, with deploy/nginx/mymdb.conf's proxy
 * settings (round robin, WebSocket upgrade, no stickiness), in its own temp prefix; stopped by PID.
 * Used by the load-balancer tests and the chat bench.
 */
export async function startNginx(dir: string, port: number, upstreams: string[]): Promise<RunningNginx> {
  const site = fs
    .readFileSync(siteConfig(), 'utf8')
    .replace(/ *server server-\d:4000[^;]*;\n/g, '')
    .replace('upstream mymdb {', `upstream mymdb {\n${upstreams.map((u) => `  server ${u} max_fails=0;`).join('\n')}\n`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`);
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;\nuser root;\nerror_log ${dir}/error.log warn;\npid ${dir}/nginx.pid;\n` +
      `events { worker_connections 1024; }\n` +
      `http {\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n` +
      `  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;\n${site}\n}\n`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const deadline = Date.now() + 10_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        // SIGTERM is nginx's fast shutdown: open WebSockets (hour-long timeouts) do not hold it up.
        process.kill(child.pid!, 'SIGTERM');
      }),
  };
}
