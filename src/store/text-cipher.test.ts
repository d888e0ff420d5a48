import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { isAllianceError } from '../core/index.ts';
import { generateKey, keyIdOf, parseKeys } from './text-cipher.ts';

const KEY_A = Buffer.alloc(32, 0xa1);
const KEY_B = Buffer.alloc(32, 0xb2);

function expectKeyError(run: () => unknown, code: 'key_wrong' | 'key_invalid'): string {
  let message = '';
  assert.throws(run, (error: unknown) => {
    assert.ok(isAllianceError(error, code), String(error));
    assert.ok(!error.toLine().includes('\n'));
    message = error.toLine();
    return true;
  });
  return message;
}

describe('Keyring sealing', () => {
  const ring = parseKeys(KEY_A.toString('base64'));

  it('opens what it sealed, with a fresh IV every time', () => {
    const one = ring.seal('I feel low today', 'evt_1');
    const two = ring.seal('I feel low today', 'evt_1');
    assert.equal(one.keyId, ring.currentKeyId);
    assert.notDeepEqual(one.blob, two.blob);
    assert.equal(one.blob.length, 12 + 16 + Buffer.byteLength('I feel low today'));
    assert.equal(ring.open(one.keyId, one.blob, 'evt_1'), 'I feel low today');
    assert.equal(ring.open(two.keyId, two.blob, 'evt_1'), 'I feel low today');
  });

  it('detects a changed byte anywhere in the blob', () => {
    const sealed = ring.seal('private words', 'evt_1');
    for (const position of [0, 11, 12, 27, 28, sealed.blob.length - 1]) {
      const tampered = Buffer.from(sealed.blob);
      tampered[position] = (tampered[position] ?? 0) ^ 0x01;
      expectKeyError(() => ring.open(sealed.keyId, tampered, 'evt_1'), 'key_wrong');
    }
    expectKeyError(
      () => ring.open(sealed.keyId, sealed.blob.subarray(0, 20), 'evt_1'),
      'key_wrong',
    );
  });

  it('binds a blob to its row: another aad does not open it', () => {
    const sealed = ring.seal('private words', 'event:conv_1:evt_1');
    expectKeyError(() => ring.open(sealed.keyId, sealed.blob, 'event:conv_1:evt_2'), 'key_wrong');
  });

  it('names the key id the data needs and the ids the ring has', () => {
    const other = parseKeys(KEY_B.toString('hex'));
    const sealed = other.seal('x', 'a');
    const message = expectKeyError(() => ring.open(sealed.keyId, sealed.blob, 'a'), 'key_wrong');
    assert.match(message, new RegExp(other.currentKeyId));
    assert.match(message, new RegExp(ring.currentKeyId));
  });

  it('refuses a wrong key with the same key id as a tampered blob (auth failure)', () => {
    const sealed = ring.seal('x', 'a');
    expectKeyError(
      () => parseKeys(KEY_B.toString('hex')).open(sealed.keyId, sealed.blob, 'a'),
      'key_wrong',
    );
  });
});

describe('parseKeys', () => {
  it('accepts base64 and hex forms of the same key with the same id', () => {
    const fromBase64 = parseKeys(KEY_A.toString('base64'));
    const fromHex = parseKeys(KEY_A.toString('hex').toUpperCase());
    assert.equal(fromBase64.currentKeyId, fromHex.currentKeyId);
    assert.match(fromBase64.currentKeyId, /^[0-9a-f]{16}$/);
  });

  it('keeps key ids stable across releases', () => {
    const expected = createHash('sha256')
      .update('alliance/key-id/v1\0')
      .update(KEY_A)
      .digest('hex')
      .slice(0, 16);
    assert.equal(keyIdOf(KEY_A), expected);
    assert.equal(keyIdOf(Buffer.alloc(32, 0)), '33aad8c441c477bc');
  });

  it('reads several keys separated by commas or newlines, the first being current', () => {
    const a = KEY_A.toString('base64');
    const b = KEY_B.toString('hex');
    const ring = parseKeys(` ${b} ,\n${a}\r\n`);
    assert.deepEqual(ring.keyIds, [keyIdOf(KEY_B), keyIdOf(KEY_A)]);
    assert.equal(ring.currentKeyId, keyIdOf(KEY_B));
    assert.deepEqual(parseKeys(`${b}\n${b}`).keyIds, [keyIdOf(KEY_B)]);
  });

  it('refuses keys of the wrong length or alphabet without echoing them', () => {
    const tooShort = Buffer.alloc(16, 7).toString('base64');
    const cases = [
      tooShort,
      'ab'.repeat(31),
      'ab'.repeat(33),
      'not a key at all',
      `${KEY_A.toString('base64').slice(0, 43)}!`,
      '',
      ' , \n ',
      `${KEY_A.toString('hex')},oops`,
    ];
    for (const spec of cases) {
      const message = expectKeyError(() => parseKeys(spec, 'ALLIANCE_KEY'), 'key_invalid');
      assert.match(message, /ALLIANCE_KEY/);
      if (spec.trim().length > 4) assert.ok(!message.includes(spec.trim()), message);
    }
  });
});

describe('blind index', () => {
  it('is deterministic per key, differs between keys and survives rotation', () => {
    const a = parseKeys(KEY_A.toString('base64'));
    const rotated = parseKeys(`${KEY_B.toString('base64')},${KEY_A.toString('base64')}`);
    const [underA] = a.blindIndex('sam');
    assert.deepEqual(a.blindIndex('sam'), [underA]);
    assert.equal(rotated.blindIndex('sam').length, 2);
    assert.equal(rotated.blindIndex('sam')[1], underA);
    assert.notEqual(rotated.blindIndex('sam')[0], underA);
    assert.notEqual(a.blindIndex('sam ')[0], underA);
    assert.match(underA ?? '', /^[0-9a-f]{64}$/);
  });
});

describe('generateKey', () => {
  it('makes distinct 32-byte base64 keys that parseKeys accepts', () => {
    const one = generateKey();
    const two = generateKey();
    assert.equal(one.length, 44);
    assert.equal(Buffer.from(one, 'base64').length, 32);
    assert.notEqual(one, two);
    assert.notEqual(parseKeys(one).currentKeyId, parseKeys(two).currentKeyId);
  });
});
