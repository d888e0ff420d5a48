import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecentReads } from './recent-reads.ts';

function clockAt(start: number) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('recent reads', () => {
  it('keeps a value until it expires', () => {
    const clock = clockAt(1_000);
    const reads = new RecentReads<string>(clock, { ttlMs: 100, maxEntries: 10 });
    reads.keep('a', reads.generation, 'one');
    assert.equal(reads.get('a'), 'one');
    clock.advance(99);
    assert.equal(reads.get('a'), 'one');
    clock.advance(1);
    assert.equal(reads.get('a'), undefined);
  });

  it('keeps nothing read before a change that started meanwhile', () => {
    const reads = new RecentReads<string>(clockAt(0), { ttlMs: 100, maxEntries: 10 });
    // A read takes the generation, then a change to any key starts before the read is kept.
    const generation = reads.generation;
    reads.forget('b');
    assert.equal(reads.keep('a', generation, 'stale'), 'stale');
    assert.equal(reads.get('a'), undefined);
    reads.keep('a', reads.generation, 'fresh');
    assert.equal(reads.get('a'), 'fresh');
  });

  it('forgets one key, or everything', () => {
    const reads = new RecentReads<string>(clockAt(0), { ttlMs: 100, maxEntries: 10 });
    reads.keep('a', reads.generation, 'one');
    reads.keep('b', reads.generation, 'two');
    reads.forget('a');
    assert.equal(reads.get('a'), undefined);
    assert.equal(reads.get('b'), 'two');
    reads.forget();
    assert.equal(reads.get('b'), undefined);
  });

  it('holds at most maxEntries, dropping the one kept longest ago', () => {
    const reads = new RecentReads<number>(clockAt(0), { ttlMs: 100, maxEntries: 2 });
    reads.keep('a', reads.generation, 1);
    reads.keep('b', reads.generation, 2);
    reads.keep('c', reads.generation, 3);
    assert.equal(reads.get('a'), undefined);
    assert.equal(reads.get('b'), 2);
    assert.equal(reads.get('c'), 3);
  });
});
