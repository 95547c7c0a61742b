import 'reflect-metadata';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { inMemoryRateLimiters } from '../modules/common/rate-limit';
import { AccountsService } from '../modules/accounts/accounts.service';
import { resolveJwtSecret } from '../modules/accounts/jwt-secret';
import { TokenService } from '../modules/accounts/tokens';
import { createUserTokenReader } from '../modules/accounts/user-token-reader';
import { runCli, withMigratedDatabase } from './cli';

const USAGE =
  'usage: npm run create-admin -- --username NAME [--email ADDRESS]   (password from ADMIN_PASSWORD, else prompted)';

/** Asks for a password without echoing it when a terminal is attached; reads one line otherwise. */
function promptPassword(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  const muted = rl as unknown as { _writeToOutput?: (s: string) => void };
  if (process.stdin.isTTY)
    muted._writeToOutput = (s) => void (s.includes(question) ? process.stderr.write(s) : undefined);
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      if (process.stdin.isTTY) process.stderr.write('\n');
      resolve(answer);
    }),
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { username: { type: 'string' }, email: { type: 'string' } } });
  if (!values.username) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const username = values.username;
  return withMigratedDatabase(config.database, async (orm) => {
    const tokens = new TokenService(
      resolveJwtSecret(config.jwt.secret, config.dataDir),
      config.jwt.expiresIn,
      await createUserTokenReader(orm),
    );
    const accounts = new AccountsService(tokens, config.rateLimits, inMemoryRateLimiters);
    const em = orm.em.fork();
    let password = process.env.ADMIN_PASSWORD;
    if (!password && !(await em.getRepository('User').count({ usernameKey: username.toLowerCase() }))) {
      password = await promptPassword(`Password for ${username}: `);
    }
    const { user, created } = await accounts.ensureAdmin(em, { username, email: values.email, password });
    console.log(`${created ? 'created admin' : 'promoted to admin'}: ${user.username} (id ${user.id})`);
    return 0;
  });
}

runCli(main, 1);
