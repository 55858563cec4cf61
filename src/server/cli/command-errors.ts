import { SeedError } from '../catalog/load-seeds';
import { ConfigError } from '../config';
import type { Io } from './admin';

/** A command line the command does not understand: the usage follows the message, exit code 2. */
export class UsageError extends Error {}
/** A command that was understood but cannot be done (unknown account, key, file): exit code 1. */
export class CommandError extends Error {}

/** What every admin command prints for a failure, and its exit code; one place so all commands agree. */
export function reportCommandError(error: unknown, usage: string, io: Io): number {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    io.err(`${error.message}\n\n${usage}`);
    return 2;
  }
  if (error instanceof CommandError || error instanceof ConfigError || error instanceof SeedError) {
    io.err(`Error: ${error.message}`);
    return 1;
  }
  io.err(`Error: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}
