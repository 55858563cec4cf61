import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { newUserSchema } from '../../shared/manage';
import { generatePassword, hashPassword } from '../auth/password';
import { readConfig } from '../config';
import { createContext, type AppContext } from '../context';
import { runBackupCommand } from './backup-commands';
import { isUniqueViolation } from '../db/unique-violation';
import { writeAudit } from '../repositories/audit';
import { deleteUserSessions } from '../repositories/sessions';
import { findUserByEmail, insertUser, listUsers, updateUser, type UserChanges } from '../repositories/users';
import { API_KEY_USAGE, runApiKeyCommand } from './api-key-commands';
import { CommandError, reportCommandError, UsageError } from './command-errors';

// `npm run admin -- <command>`: user management from a shell on the server, with the same
// configuration (DATA_DIR / DATABASE_URL / SEEDS_DIR / SEED) and repositories as the app.
// Exit codes: 0 done, 1 failed (unknown user, bad value, …), 2 wrong usage.

export const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  add --email <e-mail> --role admin|manager [--quarters <id,id,…>] [--password <password>]
  set-password --email <e-mail> [--password <password>]
  assign --email <e-mail> --quarters <id,id,…>     (replaces the list; "" for none)
  disable --email <e-mail>                          (ends the user's sessions)
  enable --email <e-mail>
  list
  backup <file>                                     (while the server runs; sessions are left out)
  restore <file>                                    (into an empty DATA_DIR or an empty database only)

Without --password a strong password is generated and printed once (preferred: a password given on
the command line stays in the shell history). Passwords have at least 12 characters.
Quarter ids are those of GET /api/v1/quarters, e.g. erfurt-42-kuehnhausen.
Uses DATA_DIR or DATABASE_URL like the server and runs pending migrations first (backup and restore
do not: they copy the database as it is). With DATABASE_URL, backup and restore run pg_dump and
pg_restore, or print the exact command when those are not on PATH.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
}

const COMMANDS = ['add', 'set-password', 'assign', 'disable', 'enable', 'list', 'backup', 'restore'] as const;
type Command = (typeof COMMANDS)[number];

export async function runAdmin(argv: readonly string[], io: Io): Promise<number> {
  // Open311 API keys have their own options and module (cli/api-key-commands.ts).
  if (argv[0] === 'api-key') return runApiKeyCommand(argv.slice(1), io);
  let ctx: AppContext | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        quarters: { type: 'string' },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n\n${API_KEY_USAGE}`);
      return 0;
    }
    const command = positionals[0];
    if (command === 'backup' || command === 'restore') {
      const file = positionals[1];
      if (file === undefined || positionals.length > 2) throw new UsageError(`${command} takes one file name`);
      return await runBackupCommand(command, file, readConfig(io.env), io);
    }
    if (!isCommand(command) || positionals.length > 1) throw new UsageError(command ? `Unknown command "${positionals.join(' ')}"` : 'Name a command');
    ctx = await createContext(readConfig(io.env));
    await run(ctx, command, values, io);
    return 0;
  } catch (error) {
    return reportCommandError(error, `${USAGE}\n\n${API_KEY_USAGE}`, io);
  } finally {
    await ctx?.db.destroy();
  }
}

interface Options {
  email?: string | undefined;
  role?: string | undefined;
  quarters?: string | undefined;
  password?: string | undefined;
}

async function run(ctx: AppContext, command: Command, options: Options, io: Io): Promise<void> {
  if (command === 'list') {
    for (const user of await listUsers(ctx.db)) {
      const state = user.disabled_at !== null ? 'disabled' : 'active';
      io.out(`${user.email}\t${user.role}\t${state}\t${user.quarterIds.join(',') || '-'}`);
    }
    return;
  }
  const email = required(options.email, '--email');
  if (command === 'add') {
    const password = options.password ?? generatePassword();
    const parsed = newUserSchema.safeParse({ email, password, role: required(options.role, '--role'), quarterIds: quarterList(ctx, options.quarters) });
    if (!parsed.success) throw new CommandError(describe(parsed.error));
    if (await findUserByEmail(ctx.db, parsed.data.email)) throw new CommandError(`${parsed.data.email} exists already`);
    const passwordHash = await hashPassword(parsed.data.password);
    await ctx.db
      .transaction()
      .execute(async (trx) => {
        const user = await insertUser(trx, { ...parsed.data, passwordHash });
        await writeAudit(trx, { userId: null, action: 'user_created', target: `user:${user.id}`, detail: { role: parsed.data.role, quarterIds: parsed.data.quarterIds, by: 'cli' } });
      })
      .catch((error: unknown) => {
        // Created meanwhile by an admin in the app (or a second shell).
        throw isUniqueViolation(error) ? new CommandError(`${parsed.data.email} exists already`) : error;
      });
    io.out(`Added ${parsed.data.role} ${parsed.data.email}${parsed.data.quarterIds.length ? ` for ${parsed.data.quarterIds.join(', ')}` : ''}`);
    if (options.password === undefined) io.out(`Password (shown once): ${password}`);
    return;
  }
  const user = await findUserByEmail(ctx.db, email);
  if (!user) throw new CommandError(`No user ${email.toLowerCase()}`);
  let changes: UserChanges;
  let endSessions = false;
  switch (command) {
    case 'set-password': {
      const password = options.password ?? generatePassword();
      const parsed = z.string().min(12, 'The password needs at least 12 characters').max(200).safeParse(password);
      if (!parsed.success) throw new CommandError(describe(parsed.error));
      changes = { passwordHash: await hashPassword(parsed.data) };
      endSessions = true;
      if (options.password === undefined) io.out(`Password (shown once): ${password}`);
      break;
    }
    case 'assign':
      changes = { quarterIds: quarterList(ctx, required(options.quarters, '--quarters', true)) };
      break;
    case 'disable':
      changes = { disabled: true };
      endSessions = true;
      break;
    case 'enable':
      changes = { disabled: false };
      break;
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, changes);
    if (endSessions) await deleteUserSessions(trx, user.id);
    await writeAudit(trx, { userId: null, action: 'user_updated', target: `user:${user.id}`, detail: { command, by: 'cli' } });
  });
  io.out(`${command}: done for ${user.email}`);
}

function isCommand(value: string | undefined): value is Command {
  return (COMMANDS as readonly string[]).includes(value ?? '');
}

function required(value: string | undefined, flag: string, emptyAllowed = false): string {
  if (value === undefined || (!emptyAllowed && value.trim() === '')) throw new UsageError(`${flag} is required for this command`);
  return value;
}

function quarterList(ctx: AppContext, text: string | undefined): string[] {
  const ids = (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => ctx.catalog.quarterName(id) === undefined);
  if (unknown.length > 0) throw new CommandError(`Unknown quarter(s): ${unknown.join(', ')} (see GET /api/v1/quarters)`);
  return ids;
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.');
  return `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  const io: Io = { out: (l) => console.log(l), err: (l) => console.error(l), env: process.env };
  runAdmin(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
