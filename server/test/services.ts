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

/** A loopback port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
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
