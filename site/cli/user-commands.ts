import { AppError } from '../../core/contract/result';
import { listUsers, rotateUserToken, setUserDisabled } from '../auth/user-admin';
import { addUser } from '../auth/users';
import type { SiteDb } from '../db/schema';
import type { SiteCommand } from './parse-args';

/** Where a command writes: normal output and problems. */
export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

type UserCommand = Extract<SiteCommand, { kind: `user-${string}` }>;

async function run(db: SiteDb, command: UserCommand, now: Date, io: CommandOutput): Promise<void> {
  switch (command.kind) {
    case 'user-add': {
      const { user, token } = await addUser(db, command.name, command.role, now);
      io.out(`Created ${user.role} "${user.name}". API token (shown only now, store it safely):\n${token}`);
      return;
    }
    case 'user-list':
      for (const u of await listUsers(db)) io.out([u.name, u.role, u.disabled ? 'disabled' : 'active', u.createdAt].join('\t'));
      return;
    case 'user-disable':
    case 'user-enable':
      await setUserDisabled(db, command.name, command.kind === 'user-disable', now);
      io.out(`${command.kind === 'user-disable' ? 'Disabled' : 'Enabled'} "${command.name.trim()}".`);
      return;
    case 'user-rotate':
      io.out(`New API token for "${command.name.trim()}" (shown only now; the old one no longer works):\n${await rotateUserToken(db, command.name)}`);
      return;
  }
}

/** Runs a `user …` command; resolves to the exit code (1 for a refusal such as a taken or unknown name). */
export async function runUserCommand(db: SiteDb, command: UserCommand, now: Date, io: CommandOutput): Promise<number> {
  try {
    await run(db, command, now, io);
    return 0;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    io.err(err.message);
    return 1;
  }
}
