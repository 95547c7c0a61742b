import net from 'node:net';

/** How a laptop starts each service a test needs; named in skip messages. */
export const START_COMMANDS = {
  postgresql: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  kafka: 'kafka-infra/local-kafka.sh start',
} as const;

export const TEST_KAFKA_BROKER = process.env.TEST_KAFKA_BROKER ?? '127.0.0.1:9092';

export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export function isCi(): boolean {
  return /^(1|true)$/i.test(process.env.CI ?? '');
}

/** Below Linux's ephemeral range (32768-60999): no outgoing connection is ever given one of these. */
const PORT_RANGE = { from: 20_000, to: 32_000 };

function listenOn(port: number): Promise<net.Server | null> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(null));
    probe.listen(port, '127.0.0.1', () => resolve(probe));
  });
}

/**
 * `count` distinct loopback ports nothing listens on now, for servers a test starts (and may
 * restart on the same port). They come from below the ephemeral range, so that no client socket
 * of another process (a pool connecting to PostgreSQL, say) takes one between this probe and the
 * server's bind; all probes stay open until every port is known, so no two are equal.
 */
export async function freePorts(count: number): Promise<number[]> {
  const probes: net.Server[] = [];
  while (probes.length < count) {
    const port = PORT_RANGE.from + Math.floor(Math.random() * (PORT_RANGE.to - PORT_RANGE.from));
    const probe = await listenOn(port);
    if (probe) probes.push(probe);
  }
  const ports = probes.map((probe) => (probe.address() as net.AddressInfo).port);
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
  return ports;
}

/** A loopback port nothing listens on now. */
export async function freePort(): Promise<number> {
  return (await freePorts(1))[0];
}

/** True when something accepts TCP connections at host:port within the timeout. */
export function canConnect(host: string, port: number, timeoutMs = 1500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
