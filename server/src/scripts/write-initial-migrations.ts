import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createOrm } from '../db/orm';

/**
 * Regenerates the initial migration of each dialect from the entities. Only for the schema's
 * first release: after that, add a new numbered migration instead (print-schema-sql --diff helps).
 */
const TARGETS = [
  { kind: 'sqlite' as const, className: 'InitialSqlite', database: { kind: 'sqlite' as const, file: ':memory:' } },
  {
    kind: 'postgresql' as const,
    className: 'InitialPostgres',
    database: {
      kind: 'postgresql' as const,
      url: process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test',
      poolMax: 2,
    },
  },
];

async function main(): Promise<void> {
  for (const target of TARGETS) {
    const orm = await createOrm(target.database);
    const sql = await orm.getSchemaGenerator().getCreateSchemaSQL({ wrap: false });
    await orm.close();
    const statements = sql
      .split(/;\s*\n/)
      .map((s) => s.trim().replace(/;$/, ''))
      .filter((s) => s && !/^(pragma|set) /i.test(s));
    const body = statements.map((statement) => `    this.addSql(${JSON.stringify(statement)});`);
    const file = path.resolve(__dirname, `../../../../server/src/migrations/${target.kind}/001-initial.ts`);
    fs.writeFileSync(
      file,
      `import { Migration } from '@mikro-orm/migrations';\n\n/** The whole schema as of the first release (${target.kind}), generated from the entities, then reviewed. */\nexport class ${target.className} extends Migration {\n  override async up(): Promise<void> {\n${body.join('\n')}\n  }\n}\n`,
    );
    console.log(`wrote ${path.relative(process.cwd(), file)} (${statements.length} statements)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
