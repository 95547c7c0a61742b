import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createSchema, printSortedSchema } from '../schema';

/** Writes schema/schema.graphql from the resolver classes; `--check` fails when the committed file is stale. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../../../schema/schema.graphql');

async function main(): Promise<void> {
  const emitted = printSortedSchema(await createSchema());
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== emitted) {
      console.error('schema/schema.graphql is stale: run `npm run schema` and commit the result');
      process.exit(1);
    }
    return;
  }
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, emitted);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
