import { canConnect, isCi, START_COMMANDS, TEST_POSTGRES_URL } from './services';

/**
 * Probes the services once. In CI a missing service fails the run; on a laptop the tests that
 * need it are skipped with the command that starts it.
 */
export default async function globalSetup(): Promise<void> {
  const url = new URL(TEST_POSTGRES_URL);
  const postgres = await canConnect(url.hostname, Number(url.port || 5432));
  if (!postgres && isCi()) throw new Error(`PostgreSQL is not reachable at ${url.host}; CI needs it (${START_COMMANDS.postgresql})`);
  if (!postgres) console.warn(`\nPostgreSQL tests skipped: nothing listens on ${url.host}. Start it with: ${START_COMMANDS.postgresql}\n`);
  process.env.MYMDB_TEST_POSTGRES = postgres ? '1' : '0';
}
