/** What `npm run site -- …` was asked to do. */
export type SiteCommand = { kind: 'serve' } | { kind: 'user-add'; name: string; role: string } | { kind: 'help' } | { kind: 'error'; message: string };

export const USAGE = `Usage:
  npm run site                                   serve the site on 127.0.0.1:$COPYDESK_SITE_PORT (4400)
  npm run site -- user add NAME --role ROLE      create a user (editor|reviewer|publisher), print its token once
Environment: COPYDESK_SITE_PORT, COPYDESK_SITE_DATA (SQLite directory), DATABASE_URL (PostgreSQL), COPYDESK_SITE_URL`;

/** Parses the command line after `tsx site/main.ts`. */
export function parseSiteArgs(argv: readonly string[]): SiteCommand {
  if (argv.length === 0) return { kind: 'serve' };
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { kind: 'help' };
  if (argv[0] === 'user' && argv[1] === 'add') {
    const rest = argv.slice(2);
    let name: string | undefined;
    let role: string | undefined;
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i] as string;
      if (arg === '--role') role = rest[++i];
      else if (arg.startsWith('--role=')) role = arg.slice('--role='.length);
      else if (name === undefined && !arg.startsWith('-')) name = arg;
      else return { kind: 'error', message: `Unexpected argument "${arg}".` };
    }
    if (!name) return { kind: 'error', message: 'user add needs a NAME.' };
    if (!role) return { kind: 'error', message: 'user add needs --role editor|reviewer|publisher.' };
    return { kind: 'user-add', name, role };
  }
  return { kind: 'error', message: `Unknown command "${argv.join(' ')}".` };
}
