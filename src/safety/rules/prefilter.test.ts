import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  foldedCode,
  literalPrefilter,
  literalRequirement,
  meetsRequirement,
  type LiteralRequirement,
} from './prefilter.ts';

/** A small deterministic generator (mulberry32), so a failing text can be reproduced. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Texts made of the given pieces and some noise, many of them matching, many not. */
function textsFrom(pieces: readonly string[], count: number, seed: number): string[] {
  const next = random(seed);
  const noise = [' ', '.', 'x', "'", '\n', 'A', 'é', '😂', '\u212a', '\u017f', '0', '7'];
  const all = [...pieces, ...noise];
  const texts: string[] = [...pieces, pieces.join(''), pieces.join(' ')];
  for (let i = 0; i < count; i += 1) {
    let text = '';
    const length = 1 + Math.floor(next() * 7);
    for (let k = 0; k < length; k += 1) text += all[Math.floor(next() * all.length)]!;
    texts.push(text);
  }
  return texts;
}

/** Every text the pattern matches meets its requirement, and the scanner agrees with the reference. */
function assertSound(pattern: RegExp, pieces: readonly string[]): void {
  const requirement = literalRequirement(pattern);
  const scanner = literalPrefilter([pattern]);
  let matched = 0;
  for (const text of textsFrom(pieces, 3000, pieces.join('').length)) {
    const meets = meetsRequirement(requirement, text);
    if (pattern.test(text)) {
      matched += 1;
      assert.ok(meets, `${pattern} matches ${JSON.stringify(text)}, which lacks its literals`);
    }
    assert.equal(
      scanner.scan(text).mayMatch(pattern),
      meets,
      `${pattern} on ${JSON.stringify(text)}`,
    );
  }
  assert.ok(matched > 0, `${pattern}: no generated text matched, the property was not exercised`);
}

const literals = (...strings: string[]): LiteralRequirement => ({ literals: strings });

describe('the literal requirement of a pattern', () => {
  it('multiplies out short alternatives into whole phrases', () => {
    assert.deepEqual(
      literalRequirement(/\bkill(?:ing)? (?:me|him)\b/u),
      literals('kill me', 'kill him', 'killing me', 'killing him'),
    );
  });

  it('asks nothing of a pattern with an empty alternative at the top, or of assertions alone', () => {
    for (const pattern of [/die|/u, /\b/u, /^$/u, /(?:)/u, /x{0,3}/u, /(?!die)/u])
      assert.equal(literalRequirement(pattern), true, String(pattern));
  });

  it('keeps the shorter string when an empty branch or an optional group makes one a part of another', () => {
    assert.deepEqual(literalRequirement(/\b(?:kill|)me\b/u), literals('me'));
    assert.deepEqual(literalRequirement(/(?:very ){0,3}sad/u), literals('sad'));
    assert.deepEqual(literalRequirement(/(?:a|b)?c/u), literals('c'));
    assertSound(/\b(?:kill|)me\b/u, ['kill', 'me', 'killme', ' me']);
    assertSound(/\bi (?:really |just )?want to die\b/u, ['i ', 'really ', 'just ', 'want to die']);
  });

  it('requires the words of a positive lookaround too, and ignores a negative one', () => {
    assert.deepEqual(literalRequirement(/(?=die)/u), literals('die'));
    assert.deepEqual(literalRequirement(/(?<=\bsad )day\b/u), {
      and: [literals('day'), literals('sad ')],
    });
    assert.deepEqual(literalRequirement(/(?<!not )\bdie\b/u), literals('die'));
    assert.deepEqual(literalRequirement(/die(?! laughing)/u), literals('die'));
    assertSound(/(?<=\bsad )day\b/u, ['sad', ' ', 'day', 'sad day']);
    assertSound(/(?<!not )\bdie\b/u, ['not ', 'die', ' die']);
    assertSound(/(?=[^.]*\bgun\b)i have/u, ['i have', ' a ', 'gun', '.']);
  });

  it('spells out small character classes and digits, and gives up on broad ones', () => {
    assert.deepEqual(literalRequirement(/kil[l1]s?\b/u), literals('kil1', 'kill'));
    assert.deepEqual(literalRequirement(/[a-z]+ myself/u), literals(' myself'));
    assert.equal(literalRequirement(/[a-k]/u), true);
    assert.equal(literalRequirement(/[^a]/u), true);
    assert.equal(literalRequirement(/\w\s./u), true);
    assertSound(/kil[l1]s?\b/u, ['kil', 'l', '1', 's', 'kills']);
    assertSound(/\d{2,} (?:pills|tablets)/u, ['1', '20', ' pills', ' tablets', 'x']);
  });

  it('treats a repetition that may be absent as asking nothing, and one that is present as its content', () => {
    assert.deepEqual(literalRequirement(/(?:\w+ )*die/u), literals('die'));
    assert.deepEqual(literalRequirement(/(?:[a-z']+ ){0,4}?die/u), literals('die'));
    assert.deepEqual(literalRequirement(/(?:ha){2,}/u), literals('ha'));
    assert.deepEqual(literalRequirement(/(?:ha){1,2}!/u), literals('ha!'));
    assertSound(/(?:\w+ )*die/u, ['die', 'a ', 'bb ', 'x']);
    assertSound(/(?:ha){2,}/u, ['ha', 'h', 'a']);
    assertSound(/lo+l/u, ['l', 'o', 'lol']);
  });

  it('asks nothing where a backreference stands', () => {
    assert.deepEqual(literalRequirement(/(\w+) \1 die/u), literals(' die'));
    assertSound(/(a|b) \1 die/u, ['a a die', 'b a die', 'a', 'b', ' ', 'die']);
  });

  it('reads case-insensitive patterns in lower case, including the Kelvin sign and the long s', () => {
    assert.deepEqual(literalRequirement(/Kill ME/iu), { literals: ['kill me'], caseless: true });
    assert.deepEqual(literalRequirement(/café/iu), { literals: ['caf'], caseless: true });
    // Whole matching phrases among the pieces, in every case the engine folds together.
    const pieces = [
      'Kill ME',
      'kILL me',
      '\u212aill me',
      'k',
      'ILL',
      ' ',
      'Me',
      'SeLF',
      '\u017felf',
    ];
    for (const pattern of [/Kill ME/iu, /Kill ME/i, /SELF/iu, /[A-C]x/i])
      assertSound(pattern, [...pieces, 'a', 'B', 'x', 'Cx']);
    assert.ok(meetsRequirement(literalRequirement(/Kill ME/iu), '\u212aILL me'));
  });

  it('reads characters outside the basic plane, with and without the u flag', () => {
    assert.deepEqual(literalRequirement(/😂|🤣/u), literals('😂', '🤣'));
    assertSound(/😂|🤣/u, ['😂', '🤣', 'lol']);
    assertSound(/😂+/, ['😂', '\ud83d', 'lol']);
  });

  it('reads `v`-mode patterns conservatively', () => {
    assert.deepEqual(literalRequirement(new RegExp('[\\p{L}--[a-z]]x', 'v')), literals('x'));
  });

  it('folds onto ASCII exactly the characters the regular expression engine folds', () => {
    // Outside ASCII, only the Kelvin sign and the long s match an ASCII character ignoring case.
    const unicode = /[\x00-\x7f]/iu;
    const legacy = /[\x00-\x7f]/i;
    for (let code = 0x80; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      assert.equal(unicode.test(ch), code === 0x212a || code === 0x17f, `U+${code.toString(16)}`);
      assert.equal(legacy.test(ch), false, `U+${code.toString(16)}`);
    }
    // Inside ASCII, two characters match each other ignoring case exactly when they fold alike.
    for (let a = 0; a < 0x80; a += 1) {
      const escaped = new RegExp(`\\x${a.toString(16).padStart(2, '0')}`, 'iu');
      for (let b = 0; b < 0x80; b += 1) {
        const same = foldedCode(a) === foldedCode(b);
        assert.equal(escaped.test(String.fromCharCode(b)), same, `${a} ${b}`);
      }
    }
    assert.equal(foldedCode(0x212a), 0x6b);
    assert.equal(foldedCode(0x17f), 0x73);
    assert.equal(foldedCode(0xe9), undefined);
  });
});

describe('the literal prefilter', () => {
  it('finds literals that overlap or end inside one another in one pass', () => {
    const patterns = [/she/u, /he/u, /hers/u, /his/u, /ushe/u];
    const scan = literalPrefilter(patterns).scan('ushers');
    assert.deepEqual(
      patterns.map((pattern) => scan.mayMatch(pattern)),
      [true, true, true, false, true],
    );
  });

  it('lets a pattern it was not built with run', () => {
    assert.equal(literalPrefilter([/die/u]).scan('hello').mayMatch(/die/u), true);
  });

  it('combines requirements with and and or', () => {
    const pattern = /(?:kill|hurt) (?:my ?self|me)|\bdie(?= tonight)/u;
    const scanner = literalPrefilter([pattern]);
    for (const [text, may] of [
      ['i want to kill myself', true],
      ['i will hurt me', true],
      ['i will die tonight', true],
      ['i will die', false],
      ['kill time, see me later', false],
      ['tonight', false],
    ] as const)
      assert.equal(scanner.scan(text).mayMatch(pattern), may, text);
    assertSound(pattern, ['kill', 'hurt', ' ', 'my', 'self', 'me', 'die', ' tonight']);
  });
  it('answers nested and-or requirements as the plain substring search does, for every mix of their words', () => {
    // Nested alternatives of sequences, with a lookahead: checks several levels deep, run as one
    // branching program over the literal sets.
    const patterns = [
      /(?:(?:kill|hurt) (?:my ?self|me)|take (?:all )?(?:the |my )?pills)(?= tonight| now)/u,
      /\b(?:he|she) (?:hit|kicked) (?:me|my (?:son|daughter))|(?:knife|gun)[^.]{0,20}(?:bag|car)/u,
      /(?:goodbye|farewell) (?:letter|note)|gave (?:away )?my (?:dog|cat)(?! back)/u,
    ];
    const words = [
      'kill',
      'hurt',
      ' myself',
      ' me',
      'take',
      ' pills',
      ' tonight',
      ' now',
      'he',
      ' hit',
      ' my son',
      'knife',
      ' car',
      'goodbye',
      ' letter',
      'gave',
      ' my dog',
    ];
    const scanner = literalPrefilter(patterns);
    for (let mask = 0; mask < 1 << words.length; mask += 37) {
      const text = words.filter((_, i) => mask & (1 << i)).join(' ');
      const scan = scanner.scan(text);
      for (const pattern of patterns)
        assert.equal(
          scan.mayMatch(pattern),
          meetsRequirement(literalRequirement(pattern), text),
          `${pattern.source} on "${text}"`,
        );
    }
  });
});
