import { parseSiteArgs, USAGE } from './cli/parse-args';
import { runUserCommand } from './cli/user-commands';
import { clockFromEnv, systemClock } from './clock';
import { siteConfigFromEnv } from './config';
import { openDatabase } from './db/connect';
import { createSiteServer } from './server';

/** `npm run site [-- user add|list|disable|enable|rotate …]`: serves the site or manages its users. */
async function main(argv: readonly string[]): Promise<number> {
  const command = parseSiteArgs(argv);
  if (command.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command.kind === 'error') {
    console.error(`${command.message}\n\n${USAGE}`);
    return 2;
  }
  const config = siteConfigFromEnv(process.env, process.cwd());
  const db = await openDatabase(config.database);

  if (command.kind !== 'serve') {
    try {
      return await runUserCommand(db.kysely, command, systemClock.now(), { out: (line) => console.log(line), err: (line) => console.error(line) });
    } finally {
      await db.close();
    }
  }

  const testNow = clockFromEnv(process.env, 'Copydesk site');
  const clock = testNow ? { now: testNow } : systemClock;
  const server = await createSiteServer({ db, clock, logger: true, identity: { siteUrl: config.siteUrl }, allowedHosts: config.allowedHosts });
  const shutdown = async () => {
    await server.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await server.listen({ host: config.host, port: config.port });
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
