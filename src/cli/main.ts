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
      // Commander's own errors become one "alliance:" line, like every other failure.
      writeErr: (text) =>
        io.error(
          `alliance: ${text
            .replace(/^error: /u, '')
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .join(' ')} (run \`alliance --help\` for usage)`,
        ),
    });
  const db = () =>
    new Option(
      '--db <path>',
      'database file, or a postgres:// URL (key from ALLIANCE_KEY)',
    ).default(DEFAULT_DB_PATH);
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  const wording = () =>
    new Option(
      '--wording <file>',
      'FHIR Questionnaire with the licensed wording of an instrument (repeatable; also ALLIANCE_INSTRUMENT_WORDING)',
    ).argParser(collect);
  // Where a turn's safety goes: the same for the terminal chat and the server.
  const alertWebhook = () =>
    new Option(
      '--alert-webhook <url>',
      'POST clinician alerts here (default: ALLIANCE_ALERT_WEBHOOK; signed with ALLIANCE_ALERT_SECRET)',
    );
  const crisisResources = () =>
    new Option(
      '--crisis-resources <file>',
      'crisis resources JSON (default: ALLIANCE_CRISIS_RESOURCES or the built-in list)',
    );

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
    .addOption(alertWebhook())
    .addOption(crisisResources())
    .addOption(wording())
    .option(
      '--schedule <file>',
      'when questionnaires are offered, as JSON rules (default: ALLIANCE_MEASURE_SCHEDULE or PHQ-9 and GAD-7 at intake and every 14 days, the DTA check-in at the end of each session, the WAI-SR at session 3 and every 4th after)',
    )
    .action(async (options) => {
      const { chatCommand } = await import('./chat-command.ts');
      await run(() => chatCommand(options, io))();
    });

  program
    .command('serve')
    .description(
      'serve the HTTP API (accounts, conversations, clinician and researcher reads) and print its URL',
    )
    .option(
      '--db <path>',
      'database file, or a postgres:// URL shared by several instances (key from ALLIANCE_KEY; ?schema=NAME picks a schema)',
      DEFAULT_DB_PATH,
    )
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--locale <locale>',
      'default locale for crisis resources, e.g. en-GB (default: ALLIANCE_LOCALE or LANG)',
    )
    .addOption(alertWebhook())
    .addOption(crisisResources())
    .addOption(wording())
    .option('--schedule <file>', 'when questionnaires are offered, as JSON rules')
    .option(
      '--demo',
      'first fill an empty store with simulated clients, a clinician, a researcher and an admin, and print their demo logins',
    )
    .action(async (options) => {
      const { serveCommand } = await import('./serve-command.ts');
      await run(() => serveCommand(options, io))();
    });

  const measure = program
    .command('measure')
    .description('questionnaires: list them, score answers, export or import FHIR responses');
  measure
    .command('list')
    .description('the instruments, their licences, and whether they can be asked')
    .option('--json', 'one JSON object per line')
    .addOption(wording())
    .action(async (options) => {
      const { measureListCommand } = await import('./measure-command.ts');
      await run(() => measureListCommand(options, io))();
    });
  measure
    .command('score')
    .description(
      'score answers given in item order, e.g. --instrument phq9 --answers 0,1,2,3,0,1,2,3,1',
    )
    .requiredOption('--instrument <key>', 'instrument key (see `alliance measure list`)')
    .requiredOption(
      '--answers <list>',
      'answers in item order, comma-separated; empty or - skips an item',
    )
    .option('--json', 'print the score as JSON')
    .addOption(wording())
    .action(async (options) => {
      const { measureScoreCommand } = await import('./measure-command.ts');
      await run(() => measureScoreCommand(options, io))();
    });
  measure
    .command('stats')
    .description(
      "an instrument across every conversation: Cronbach's alpha and reliable, clinically significant change",
    )
    .addOption(db())
    .requiredOption('--instrument <key>', 'instrument key (see `alliance measure list`)')
    .option('--json', 'print the figures as JSON')
    .addOption(wording())
    .action(async (options) => {
      const { measureStatsCommand } = await import('./measure-command.ts');
      await run(() => measureStatsCommand(options, io))();
    });
  measure
    .command('export')
    .description(
      "a conversation's questionnaires as a FHIR R4 Bundle (QuestionnaireResponse + Observation)",
    )
    .addOption(db())
    .requiredOption('--conversation <id>', 'conversation id (see `alliance history`)')
    .option('--format <format>', 'output format', 'fhir')
    .addOption(wording())
    .action(async (options) => {
      const { measureExportCommand } = await import('./measure-command.ts');
      await run(() => measureExportCommand(options, io))();
    });
  measure
    .command('import')
    .description('add a FHIR R4 QuestionnaireResponse (JSON file) to a conversation and score it')
    .addOption(db())
    .requiredOption('--conversation <id>', 'conversation id (see `alliance history`)')
    .requiredOption('--file <file>', 'QuestionnaireResponse JSON file')
    .option('--json', 'print the score as JSON')
    .addOption(wording())
    .action(async (options) => {
      const { measureImportCommand } = await import('./measure-command.ts');
      await run(() => measureImportCommand(options, io))();
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
    .command('score')
    .description(
      'the DTA index (goal, task, bond, engagement, overall; 0-100) of each conversation in a transcript file, with ruptures and evidence',
    )
    .option('--in <file>', 'input file (default: standard input)')
    .option('--out <file>', 'output file (default: standard output)')
    .addOption(
      new Option('--format <format>', 'input format')
        .choices(['jsonl', 'annomi', 'esconv'])
        .default('jsonl'),
    )
    .option(
      '--calibration <file>',
      'add the index on the self-report scale (from alliance calibrate --out)',
    )
    .action(async (options) => {
      const { scoreCommand } = await import('./score-command.ts');
      await run(() => scoreCommand(options, io))();
    });

  const datasets = () =>
    new Option(
      '--datasets <dir>',
      'the shared datasets folder (default: ALLIANCE_DATASETS or ../shared/datasets)',
    );
  program
    .command('train')
    .description('regenerate the shipped model weights from the datasets (deterministic)')
    .addOption(datasets())
    .action(async (options) => {
      const { trainCommand } = await import('./train-command.ts');
      await run(() => trainCommand(options, io))();
    });
  program
    .command('eval')
    .description('macro-F1 per task, cross-validated, beside a VADER-sentiment baseline')
    .addOption(datasets())
    .option('--json', 'print the figures as JSON')
    .action(async (options) => {
      const { evalCommand } = await import('./eval-command.ts');
      await run(() => evalCommand(options, io))();
    });
  program
    .command('validate')
    .description(
      'a report on the AnnoMI development data: AUC of the index for high- vs low-quality MI, per-task macro-F1, how the dimensions relate',
    )
    .addOption(datasets())
    .addOption(
      new Option('--format <format>', 'report format').choices(['md', 'html']).default('md'),
    )
    .option('--out <file>', 'write the report here (default: standard output)')
    .option('--skip-eval', 'leave out the per-task cross-validation (minutes)')
    .action(async (options) => {
      const { validateCommand } = await import('./validate-command.ts');
      await run(() => validateCommand(options, io))();
    });

  program
    .command('calibrate')
    .description(
      "fit the DTA index to the people's own ratings (WAI-SR or the DTA check-in) and report the correlation",
    )
    .addOption(db())
    .option('--out <file>', 'save the calibration as JSON (for alliance score --calibration)')
    .option('--json', 'print the calibration as JSON')
    .action(async (options) => {
      const { calibrateCommand } = await import('./calibrate-command.ts');
      await run(() => calibrateCommand(options, io))();
    });

  program
    .command('simulate')
    .description(
      'run scripted people through multi-session conversations in the real pipeline (a throwaway store) and report what the agent did',
    )
    .option('--persona <name>', 'a persona, or all', 'all')
    .option('--sessions <n>', 'sessions per persona', '3')
    .option('--json', 'one JSON object per persona')
    .option('--transcripts <dir>', 'write each conversation as JSON Lines into this folder')
    .action(async (options) => {
      const { simulateCommand } = await import('./simulate-command.ts');
      await run(() => simulateCommand(options, io))();
    });

  program
    .command('check-ins')
    .description(
      'list the check-in messages due now between sessions (gentle, no streaks; none in a safety episode or after the person said no)',
    )
    .addOption(db())
    .option(
      '--rules <file>',
      'check-in rules as JSON: [{"id", "afterDays", "when": "any"|"step_agreed"}]',
    )
    .option('--json', 'one JSON object per due message')
    .option('--record', 'log each listed message as sent, so it is not sent twice')
    .option('--at <time>', 'check against this ISO-8601 time instead of now')
    .action(async (options) => {
      const { checkInsCommand } = await import('./check-ins-command.ts');
      await run(() => checkInsCommand(options, io))();
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
