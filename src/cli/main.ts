import { Command, CommanderError, Option } from 'commander';
import { isAllianceError } from '../core/index.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { DEFAULT_DB_PATH } from './open-store.ts';

/**
 * Runs the `alliance` command line and returns the exit code. Every failure becomes one line on
 * stderr (what is wrong, what to do) and a non-zero code, never a stack trace; set
 * ALLIANCE_DEBUG=1 to see the trace of an unexpected error. Commands load their modules on
 * demand so `alliance --help` stays fast.
 * @example process.exitCode = await runCli(process.argv.slice(2))
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code = 0;
  const run = (action: () => Promise<number>) => async () => {
    code = await action();
  };
  const program = new Command('alliance')
    .description(
      'Alliance: a supportive conversational agent (an AI, not a therapist or an emergency service)\nthat builds and measures the therapeutic alliance.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.error(text.trimEnd()),
    })
    .showHelpAfterError('(run `alliance --help` for usage)');
  const db = () => new Option('--db <path>', 'database file').default(DEFAULT_DB_PATH);

  program
    .command('chat')
    .description(
      'talk with Alliance in the terminal, one message per line (reads standard input; Ctrl-D ends)',
    )
    .addOption(db())
    .option('--name <name>', 'who is talking; each name has its own conversations')
    .option(
      '--locale <locale>',
      'locale for crisis resources, e.g. en-GB (default: ALLIANCE_LOCALE or LANG)',
    )
    .option('--new', 'start a new conversation instead of resuming the last one')
    .option(
      '--alert-webhook <url>',
      'POST clinician alerts here (default: ALLIANCE_ALERT_WEBHOOK; signed with ALLIANCE_ALERT_SECRET)',
    )
    .option(
      '--crisis-resources <file>',
      'crisis resources JSON (default: ALLIANCE_CRISIS_RESOURCES or the built-in list)',
    )
    .action(async (options) => {
      const { chatCommand } = await import('./chat-command.ts');
      await run(() => chatCommand(options, io))();
    });

  program
    .command('safety-plan')
    .description("show the person's safety plan, with the crisis lines of their locale")
    .addOption(db())
    .option('--name <name>', 'whose plan (the --name used with chat)')
    .option('--crisis-resources <file>', 'crisis resources JSON')
    .action(async (options) => {
      const { safetyPlanCommand } = await import('./safety-plan-command.ts');
      await run(() => safetyPlanCommand(options, io))();
    });

  program
    .command('annotate')
    .description('annotate utterances (JSON Lines in, JSON Lines out): risk for every utterance')
    .option('--in <file>', 'input file (default: standard input)')
    .option('--out <file>', 'output file (default: standard output)')
    .action(async (options) => {
      const { annotateCommand } = await import('./annotate-command.ts');
      await run(() => annotateCommand(options, io))();
    });

  program
    .command('history')
    .description('list conversations with their engagement figures')
    .addOption(db())
    .option('--json', 'one JSON object per line')
    .action(async (options) => {
      const { historyCommand } = await import('./history-command.ts');
      await run(() => historyCommand(options, io))();
    });

  program
    .command('export')
    .description("write a conversation's events, decrypted, as JSON Lines to standard output")
    .addOption(db())
    .requiredOption('--conversation <id>', 'conversation id (see `alliance history`)')
    .action(async (options) => {
      const { exportCommand } = await import('./export-command.ts');
      await run(() => exportCommand(options, io))();
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isAllianceError(error)) {
      io.error(`alliance: ${error.toLine()}`);
      return error.code === 'usage' ? 2 : 1;
    }
    io.error(
      `alliance: unexpected error: ${(error as Error)?.message ?? String(error)}. Please report it; set ALLIANCE_DEBUG=1 to see details.`,
    );
    if (io.env.ALLIANCE_DEBUG) io.error(String((error as Error)?.stack ?? error));
    return 70;
  }
}
