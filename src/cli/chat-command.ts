import type { TurnResult } from '../agent/index.ts';
import { AllianceError, isAllianceError } from '../core/index.ts';
import type { CliIo } from './cli-io.ts';
import { readLines, untilAborted } from './line-reader.ts';
import { openStoreAt } from './open-store.ts';
import { turnConfig, turnRuntimeFor } from './turn-config.ts';

/** Options of `alliance chat`. */
export interface ChatOptions {
  db: string;
  name?: string;
  locale?: string;
  new?: boolean;
  crisisResources?: string;
  alertWebhook?: string;
  /** FHIR Questionnaire files with licensed instrument wording. */
  wording?: string[];
  /** A JSON file of schedule rules for questionnaires. */
  schedule?: string;
}

/** How long the chat waits at exit for clinician alerts still being delivered. */
const ALERT_DRAIN_MS = 15_000;

/** Handle of the person when the terminal chat is run without `--name`. */
export const LOCAL_PERSON = 'local';

/**
 * `alliance chat`: a conversation in the terminal, one message per line, from a keyboard or a
 * pipe. Resumes the person's last conversation. Returns the exit code: 0, or 1 when any line was
 * rejected (each rejection is explained on stderr and the chat goes on).
 */
export async function chatCommand(options: ChatOptions, io: CliIo): Promise<number> {
  if (options.name !== undefined) checkName(options.name);
  const config = turnConfig(options, io);
  const store = await openStoreAt(options.db, 'create', io.env, io.error);
  try {
    const person = await store.ensurePerson(options.name ?? LOCAL_PERSON);
    const existing = options.new ? undefined : await store.latestConversation(person.id);
    const conversation = existing ?? (await store.createConversation(person.id));
    const { engine, drainAlerts } = turnRuntimeFor(store, config);
    const say = (result: TurnResult) => {
      io.out(`Alliance: ${result.reply}`);
      if (!result.stored && result.storeError) io.error(`alliance: ${result.storeError.toLine()}`);
    };
    const locale = config.locale;
    say(
      await engine.startSession(conversation.id, {
        channel: 'terminal',
        ...(locale ? { locale } : {}),
        ...(options.name ? { name: options.name } : {}),
      }),
    );
    let rejected = 0;
    let left = false;
    io.prompt();
    for await (const line of untilAborted(readLines(io.input), io.interrupt)) {
      // "/plan" shows the safety plan; it is a command, not a message to the agent.
      if (!line.error && /^\s*\/plan\s*$/iu.test(line.text)) {
        io.out(await engine.safetyPlan(conversation.id));
        io.prompt();
        continue;
      }
      // "/quit" ends the session as the person leaving; "/help" lists the commands.
      if (!line.error && CHAT_QUIT.test(line.text)) {
        left = true;
        break;
      }
      if (!line.error && CHAT_HELP.test(line.text)) {
        io.out(CHAT_COMMANDS);
        io.prompt();
        continue;
      }
      const command = line.error ? undefined : CHAT_MEASURE.exec(line.text);
      // Anything else that looks like a command is still a message: the safety module reads every
      // line the person sends ("/kms" is not a typo to swallow). The person is told.
      if (!line.error && !command && /^\s*\/[a-z]+\s*$/iu.test(line.text))
        io.error(
          `alliance: ${line.text.trim()} is not a command, so it was sent as a message. ${CHAT_COMMANDS}`,
        );
      try {
        if (command) {
          say(await engine.startMeasure(conversation.id, command[1] ?? 'dta-checkin'));
          io.prompt();
          continue;
        }
        say(
          await engine.handleMessage(
            conversation.id,
            line.text,
            line.error ? { inputError: line.error } : undefined,
          ),
        );
      } catch (error) {
        if (
          !isAllianceError(error) ||
          error.code.startsWith('store_') ||
          error.code.startsWith('key_')
        )
          throw error;
        if (command) {
          io.error(`alliance: ${error.toLine()}`);
          io.prompt();
          continue;
        }
        rejected += 1;
        io.error(`alliance: line ${line.number}: ${error.toLine()}`);
      }
      io.prompt();
    }
    io.inputEnded?.();
    say(
      await engine.endSession(
        conversation.id,
        left || io.interrupt?.aborted ? 'client_left' : 'end_of_input',
      ),
    );
    if (config.alertWebhook && !(await drainAlerts(ALERT_DRAIN_MS))) {
      io.error(
        'alliance: a clinician alert is still being delivered; its outcome will not be recorded.',
      );
    }
    return rejected > 0 ? 1 : 0;
  } finally {
    io.release?.();
    await store.close();
  }
}

const CHAT_QUIT = /^\s*\/(?:quit|exit|bye)\s*$/iu;
const CHAT_HELP = /^\s*\/(?:help|\?)\s*$/iu;
const CHAT_COMMANDS =
  'Commands: /plan shows your safety plan, /measure phq9 or /measure gad7 starts a questionnaire, /checkin the session check-in, /quit ends the chat (so does Ctrl-D).';

/** `/measure phq9` starts a questionnaire; `/checkin` the end-of-session check-in. */
const CHAT_MEASURE = /^\s*\/(?:measure\s+([\w-]{1,40})|checkin)\s*$/iu;

/** Longest `--name` accepted: a name, not a message. */
const MAX_NAME_CHARS = 80;

function checkName(name: string): void {
  const trimmed = name.trim();
  const problem =
    trimmed.length === 0
      ? 'is empty'
      : trimmed.length > MAX_NAME_CHARS
        ? `is ${trimmed.length} characters long; the limit is ${MAX_NAME_CHARS}`
        : /[\p{Cc}\p{Cf}]/u.test(trimmed)
          ? 'contains control or formatting characters'
          : undefined;
  if (problem) {
    throw new AllianceError(
      'usage',
      `The --name ${problem}.`,
      'Give the name you want to be called, e.g. --name Sam.',
    );
  }
}
