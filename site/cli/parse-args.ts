/** What `npm run site -- …` was asked to do. */
export type SiteCommand =
  | { kind: 'serve' }
  | { kind: 'user-add'; name: string; role: string }
  | { kind: 'user-list' }
  | { kind: 'user-disable' | 'user-enable' | 'user-rotate'; name: string }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export const USAGE = `Usage:
  npm run site                                   serve the site on 127.0.0.1:$COPYDESK_SITE_PORT (4400)
  npm run site -- user add "NAME" --role ROLE    create a user (editor|reviewer|publisher), print its token once
  npm run site -- user list                      every user: name, role, active or disabled, created
  npm run site -- user disable "NAME"            the user's token answers 401 from now on
  npm run site -- user enable "NAME"             the user's token works again
  npm run site -- user rotate "NAME"             a new token, printed once; the old one stops working
Environment: COPYDESK_SITE_PORT, COPYDESK_SITE_DATA (SQLite directory), DATABASE_URL (PostgreSQL), COPYDESK_SITE_URL`;

function parseUserAdd(rest: readonly string[]): SiteCommand {
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

const ONE_NAME = { disable: 'user-disable', enable: 'user-enable', rotate: 'user-rotate' } as const;

function parseUser(sub: string | undefined, rest: readonly string[]): SiteCommand {
  if (sub === 'add') return parseUserAdd(rest);
  if (sub === 'list') return rest.length ? { kind: 'error', message: `Unexpected argument "${rest[0]}".` } : { kind: 'user-list' };
  if (sub === 'disable' || sub === 'enable' || sub === 'rotate') {
    if (rest.length !== 1 || !rest[0]) return { kind: 'error', message: `user ${sub} needs one NAME (quote a name with spaces).` };
    return { kind: ONE_NAME[sub], name: rest[0] };
  }
  return { kind: 'error', message: `Unknown user command "${sub ?? ''}".` };
}

/** Parses the command line after `tsx site/main.ts`. */
export function parseSiteArgs(argv: readonly string[]): SiteCommand {
  if (argv.length === 0) return { kind: 'serve' };
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { kind: 'help' };
  if (argv[0] === 'user') return parseUser(argv[1], argv.slice(2));
  return { kind: 'error', message: `Unknown command "${argv.join(' ')}".` };
}
