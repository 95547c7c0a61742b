import type { DatabaseConfig } from '../config';
import { ConfigError } from '../config';
import { migrate } from '../db/migrate';
import { createOrm, type Orm } from '../db/orm';
import { DomainError } from '../modules/common/errors';

/**
 * Runs a command-line main whose result is the exit code. A configuration or domain error prints
 * its message and exits with `userErrorCode`; anything else prints the stack and exits 1.
 */
export function runCli(main: () => Promise<number>, userErrorCode: number): void {
  main().then(
    (code) => process.exit(code),
    (error) => {
      const userError = error instanceof DomainError || error instanceof ConfigError;
      console.error(userError ? error.message : error);
      process.exit(userError ? userErrorCode : 1);
    },
  );
}

/** Connects, applies pending migrations, runs `use`, and always closes the connection. */
export async function withMigratedDatabase<T>(database: DatabaseConfig, use: (orm: Orm) => Promise<T>): Promise<T> {
  const orm = await createOrm(database);
  try {
    await migrate(orm);
    return await use(orm);
  } finally {
    await orm.close();
  }
}
