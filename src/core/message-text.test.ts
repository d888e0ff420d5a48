import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AllianceError } from './errors.ts';
import { MAX_MESSAGE_CHARS, sanitizeMessageText, validateMessageText } from './message-text.ts';

describe('message text', () => {
  it('normalises what it accepts: outer space trimmed, CRLF folded, NFC', () => {
    assert.equal(validateMessageText('  hello\r\nthere\r '), 'hello\nthere');
    assert.equal(validateMessageText('cafe\u0301'), 'caf\u00e9');
    assert.equal(validateMessageText('emoji 🙂 and tabs\tare fine'), 'emoji 🙂 and tabs\tare fine');
  });

  it('says what is wrong and what to do, in one line', () => {
    const cases: [string, string, RegExp][] = [
      ['   ', 'message_empty', /empty/],
      [
        'x'.repeat(MAX_MESSAGE_CHARS + 1),
        'message_too_long',
        /8,001 characters long; the limit is 8,000\. Split it/,
      ],
      ['ring \u0007 bell', 'message_control_characters', /U\+0007\) at position 6/],
      ['\uDC00', 'input_invalid_utf8', /unpaired surrogate/],
    ];
    for (const [text, code, message] of cases) {
      assert.throws(
        () => validateMessageText(text),
        (error: unknown) =>
          error instanceof AllianceError &&
          error.code === code &&
          message.test(error.toLine()) &&
          !error.toLine().includes('\n'),
      );
    }
  });

  it('sanitises rather than rejects when it must keep a message', () => {
    assert.equal(sanitizeMessageText('help\u0007 me\uD800'), 'help me\uFFFD');
    assert.equal(sanitizeMessageText('y'.repeat(10_000)).length, MAX_MESSAGE_CHARS);
  });
});
