import fs from 'node:fs';
import { CHROMIUM, INSTALL_CHROMIUM } from './browser';
import { INSTALL_NGINX, NGINX } from './nginx';
import { INSTALL_POSTGRES, postgresBinaries } from './postgres-replica';
import { canConnect, isCi, START_COMMANDS, TEST_KAFKA_BROKER, TEST_POSTGRES_URL } from './services';

/**
 * Probes the services once. In CI a missing service fails the run; on a laptop the tests that
 * need it are skipped with the command that starts it.
 */
export default async function globalSetup(): Promise<void> {
  const url = new URL(TEST_POSTGRES_URL);
  const postgres = await canConnect(url.hostname, Number(url.port || 5432));
  if (!postgres && isCi())
    throw new Error(`PostgreSQL is not reachable at ${url.host}; CI needs it (${START_COMMANDS.postgresql})`);
  if (!postgres)
    console.warn(
      `\nPostgreSQL tests skipped: nothing listens on ${url.host}. Start it with: ${START_COMMANDS.postgresql}\n`,
    );
  process.env.MYMDB_TEST_POSTGRES = postgres ? '1' : '0';

  const [kafkaHost, kafkaPort] = TEST_KAFKA_BROKER.split(':');
  const kafka = await canConnect(kafkaHost, Number(kafkaPort));
  if (!kafka && isCi())
    throw new Error(`Kafka is not reachable at ${TEST_KAFKA_BROKER}; CI needs it (${START_COMMANDS.kafka})`);
  if (!kafka)
    console.warn(`\nKafka tests skipped: no broker at ${TEST_KAFKA_BROKER}. Start one with: ${START_COMMANDS.kafka}\n`);
  process.env.MYMDB_TEST_KAFKA = kafka ? '1' : '0';

  const browser = fs.existsSync(CHROMIUM);
  if (!browser && isCi()) throw new Error(`Chromium is missing at ${CHROMIUM}; CI installs it (${INSTALL_CHROMIUM})`);
  if (!browser)
    console.warn(`\nBrowser tests skipped: no Chromium at ${CHROMIUM}. Install it with: ${INSTALL_CHROMIUM}\n`);
  process.env.MYMDB_TEST_BROWSER = browser ? '1' : '0';

  const nginx = fs.existsSync(NGINX);
  if (!nginx && isCi()) throw new Error(`nginx is missing at ${NGINX}; CI installs it (${INSTALL_NGINX})`);
  if (!nginx) console.warn(`\nLoad-balancer tests skipped: no nginx at ${NGINX}. Install it with: ${INSTALL_NGINX}\n`);
  process.env.MYMDB_TEST_NGINX = nginx ? '1' : '0';

  // The replica test starts a primary and a streaming replica of its own from these programs.
  const postgresPrograms = postgresBinaries();
  if (!postgresPrograms && isCi())
    throw new Error(`PostgreSQL's server programs are missing; CI needs them (${INSTALL_POSTGRES})`);
  if (!postgresPrograms)
    console.warn(`\nRead-replica tests skipped: no initdb found. Install PostgreSQL with: ${INSTALL_POSTGRES}\n`);
  process.env.MYMDB_TEST_PG_BIN = postgresPrograms ?? '';
}
