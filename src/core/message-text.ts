import { AllianceError } from './errors.ts';

/**
 * Longest message the agent accepts, in characters. Long enough for a detailed account of a hard
 * week (about 1,300 English words), short enough that one message cannot exhaust memory or the
 * analysis budget of a turn.
 */
export const MAX_MESSAGE_CHARS = 8000;

// C0 controls except tab, line feed and carriage return; DEL; C1 controls. Bidirectional
// overrides are rejected too: they can make a stored message read differently from what was sent.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Checks a message a person sent and returns it normalised (Unicode NFC, outer white space and
 * carriage returns removed). Throws an AllianceError saying what is wrong and what to do.
 * @example validateMessageText('  hello\r') // 'hello'
 */
export function validateMessageText(raw: string, maxChars = MAX_MESSAGE_CHARS): string {
  if (!raw.isWellFormed()) {
    throw new AllianceError(
      'input_invalid_utf8',
      'The message contains broken Unicode (an unpaired surrogate).',
      'Send it again as valid UTF-8 text.',
    );
  }
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (text.length === 0) {
    throw new AllianceError(
      'message_empty',
      'The message is empty.',
      'Type what is on your mind, or end the chat (Ctrl-D in a terminal).',
    );
  }
  if (text.length > maxChars) {
    throw new AllianceError(
      'message_too_long',
      `The message is ${text.length.toLocaleString('en')} characters long; the limit is ${maxChars.toLocaleString('en')}.`,
      'Split it into shorter messages.',
    );
  }
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new AllianceError(
      'message_control_characters',
      `The message contains a control character (U+${code}) at position ${bad.index + 1}.`,
      'Remove it and send the message again.',
    );
  }
  return text;
}

/**
 * Makes any text storable without rejecting it: broken Unicode repaired, forbidden control
 * characters removed, cut to `maxChars`. Used when a message that fails validation still shows
 * risk, because a person in danger must never be answered with "message too long".
 * @example sanitizeMessageText('help\u0007 me') // 'help me'
 */
export function sanitizeMessageText(raw: string, maxChars = MAX_MESSAGE_CHARS): string {
  const global = new RegExp(FORBIDDEN.source, 'gu');
  return raw
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(global, '')
    .normalize('NFC')
    .trim()
    .slice(0, maxChars);
}
