import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserFacingError } from '../errors/user-facing.error';

/** The command line is wrong: printed as one line with the command's usage, exit code 2. */
export class UsageError extends UserFacingError {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** One command of the CLI: its options, checked strictly, and what it does. */
export interface Command<O extends Options = Options> {
  /** One line for the list of commands. */
  summary: string;
  /** The arguments after the command's name, e.g. "<file> --id <id> --title <title> --lang de|en". */
  usage: string;
  options: O;
  /** Whether it takes positional arguments (a file, a subcommand). */
  positionals: boolean;
  /** Resolves with the exit code. */
  run(args: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>): Promise<number>;
}

/** A command with its options' types inferred. */
export function command<O extends Options>(definition: Command<O>): Command<O> {
  return definition;
}

/**
 * The arguments parsed as the command declares them: an unknown option, a missing value or an
 * unexpected positional is a UsageError naming it.
 */
export function parseCommandLine<O extends Options>(
  definition: Pick<Command<O>, 'options' | 'positionals'>,
  argv: readonly string[],
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: definition.options, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util's messages name the option: "Unknown option '--chek'".
    throw new UsageError(
      (error as Error).message.replace(/\. To specify a positional.*$/s, '').replace(/^Unknown/, 'unknown'),
    );
  }
  if (!definition.positionals && parsed.positionals.length > 0) {
    throw new UsageError(`unexpected argument '${parsed.positionals[0]}'`);
  }
  return parsed;
}
