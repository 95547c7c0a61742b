import 'reflect-metadata';
import { loadConfig } from '../config';
import { createOrm } from '../db/orm';

/**
 * Prints the DDL the entities imply for the configured database (DATABASE_URL), as a starting
 * point for a new migration; `--diff` prints only what the migrated database lacks.
 */
async function main(): Promise<void> {
  const orm = await createOrm(loadConfig().database);
  try {
    const generator = orm.getSchemaGenerator();
    const sql = process.argv.includes('--diff')
      ? await generator.getUpdateSchemaSQL({ wrap: false })
      : await generator.getCreateSchemaSQL({ wrap: false });
    process.stdout.write(sql);
  } finally {
    await orm.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
