import { parseArgs } from 'node:util';
import { z } from 'zod';
import { apiKeys, createApiKey, findKey, revokeKey } from '../auth/api-key';
import { readConfig } from '../config';
import { createContext, type AppContext } from '../context';
import type { Io } from './admin';
import { CommandError, reportCommandError, UsageError } from './command-errors';

// `npm run admin -- api-key …`: keys for Open311 clients (POST /open311/v2/requests). Its own module
// so the admin CLI's other commands stay apart. `create` prints the key as the very last line (and
// nothing after it), so a script can take it with `tail -n 1`; the key is never shown again.

export const API_KEY_USAGE = `API keys for Open311 clients (POST /open311/v2/requests):
  api-key create --name <name>                      (prints the new key as the last line, once)
  api-key list                                      (names, dates, state; never a key)
  api-key revoke --name <name> | --id <id>          (the key is refused from then on)`;

const nameSchema = z.string().trim().min(1, 'The name must not be empty').max(100, 'The name has at most 100 characters');

export async function runApiKeyCommand(argv: readonly string[], io: Io): Promise<number> {
  let ctx: AppContext | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { name: { type: 'string' }, id: { type: 'string' } },
    });
    const command = positionals[0];
    if (positionals.length !== 1 || (command !== 'create' && command !== 'list' && command !== 'revoke')) {
      throw new UsageError(command ? `Unknown command "api-key ${positionals.join(' ')}"` : 'Name an api-key command');
    }
    if (command === 'create' && values.name === undefined) throw new UsageError('--name is required for api-key create');
    if (command === 'revoke' && (values.name === undefined) === (values.id === undefined)) throw new UsageError('api-key revoke takes --name or --id');
    ctx = await createContext(readConfig(io.env));
    if (command === 'create') await create(ctx, values.name ?? '', io);
    if (command === 'list') await list(ctx, io);
    if (command === 'revoke') await revoke(ctx, values.id !== undefined ? { id: values.id } : { name: values.name ?? '' }, io);
    return 0;
  } catch (error) {
    return reportCommandError(error, API_KEY_USAGE, io);
  } finally {
    await ctx?.db.destroy();
  }
}

async function create(ctx: AppContext, rawName: string, io: Io): Promise<void> {
  const parsed = nameSchema.safeParse(rawName);
  if (!parsed.success) throw new CommandError(parsed.error.issues[0]?.message ?? 'Not a valid name');
  const name = parsed.data;
  if (await findKey(ctx.db, { name })) throw new CommandError(`An active key named "${name}" exists already (revoke it first, or choose another name)`);
  const made = await createApiKey(ctx.db, name);
  io.out(`Created API key "${made.name}" (id ${made.id}). It is shown once, below; only its hash is stored.`);
  io.out(made.key);
}

async function list(ctx: AppContext, io: Io): Promise<void> {
  const keys = await apiKeys(ctx.db);
  if (keys.length === 0) {
    io.out('No API keys yet (npm run admin -- api-key create --name NAME).');
    return;
  }
  io.out('name\tid\tcreated\trevoked\tlast used');
  for (const key of keys) {
    io.out([key.name, key.id, key.createdAt, key.revokedAt ?? '-', key.lastUsedOn ?? '-'].join('\t'));
  }
}

async function revoke(ctx: AppContext, ref: { name: string } | { id: string }, io: Io): Promise<void> {
  const key = await findKey(ctx.db, ref);
  if (!key) throw new CommandError('name' in ref ? `No active key named "${ref.name}"` : `No key with id ${ref.id}`);
  if (!(await revokeKey(ctx.db, key))) throw new CommandError(`The key "${key.name}" was revoked already`);
  io.out(`Revoked API key "${key.name}" (id ${key.id}); it is refused from now on.`);
}
