import { AppError } from '../core/contract/result';
import { addUser } from './auth/users';
import { parseSiteArgs, USAGE } from './cli/parse-args';
import { systemClock } from './clock';
import { siteConfigFromEnv } from './config';
import { openDatabase } from './db/connect';
import { createSiteServer } from './server';

/** `npm run site [-- user add NAME --role ROLE]`: serves the site or manages its users. */
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

  if (command.kind === 'user-add') {
    try {
      const { user, token } = await addUser(db.kysely, command.name, command.role, systemClock.now());
      console.log(`Created ${user.role} "${user.name}". API token (shown only now, store it safely):\n${token}`);
      return 0;
    } catch (err) {
      if (err instanceof AppError) {
        console.error(err.message);
        return 1;
      }
      throw err;
    } finally {
      await db.close();
    }
  }

  const server = await createSiteServer({ db, clock: systemClock, logger: true, identity: { siteUrl: config.siteUrl }, allowedHosts: config.allowedHosts });
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
