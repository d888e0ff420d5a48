import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { execAll } from './regex-matches.ts';

/** What `execAll` must equal: index, text and groups of each match. */
function viaMatchAll(pattern: RegExp, text: string) {
  return [...text.matchAll(pattern)].map((m) => [m.index, [...m], m.groups]);
}
function viaExecAll(pattern: RegExp, text: string) {
  return execAll(pattern, text).map((m) => [m.index, [...m], m.groups]);
}

describe('execAll', () => {
  it('finds what matchAll finds, groups included', () => {
    const cases: [RegExp, string][] = [
      [/\bkill(?<obj> me| him)?\b/gu, 'kill me now, kill him later, kill'],
      [/o/gu, 'foo boo'],
      [/x/gu, 'no such letter'],
      [/(?<=a)b/gu, 'ab cb ab'],
    ];
    for (const [pattern, text] of cases)
      assert.deepEqual(viaExecAll(pattern, text), viaMatchAll(pattern, text), pattern.source);
  });

  it('steps past empty matches as matchAll does, a surrogate pair whole in unicode mode', () => {
    for (const text of ['', 'ab', 'a😀b', '😀😀']) {
      assert.deepEqual(viaExecAll(/(?:)/gu, text), viaMatchAll(/(?:)/gu, text), `u: ${text}`);
      assert.deepEqual(viaExecAll(/(?:)/g, text), viaMatchAll(/(?:)/g, text), `plain: ${text}`);
      assert.deepEqual(viaExecAll(/\b/gu, text), viaMatchAll(/\b/gu, text), `\\b: ${text}`);
    }
  });

  it('starts from the beginning whatever lastIndex was, and leaves it at 0', () => {
    const pattern = /a/gu;
    pattern.lastIndex = 3;
    assert.equal(execAll(pattern, 'aaaa').length, 4);
    assert.equal(pattern.lastIndex, 0);
  });

  it('refuses a pattern without the g flag, which would match forever', () => {
    assert.throws(() => execAll(/a/u, 'aaa'), /global pattern/);
  });
});
