import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { featureTable } from './feature-table.ts';

describe('a feature table', () => {
  it('finds every name at its row and nothing else, across 200,000 names', () => {
    const names = Array.from({ length: 200_000 }, (_, i) => `w:${i.toString(36)}_x`);
    const table = featureTable(names);
    assert.equal(table.size, names.length);
    names.forEach((name, row) => {
      if (table.rowOf(name) !== row) assert.fail(`${name}: ${table.rowOf(name)}, not ${row}`);
    });
    for (let i = 0; i < 200_000; i += 1) {
      const absent = `w:${i.toString(36)}_y`;
      if (table.rowOf(absent) !== -1) assert.fail(`${absent} found`);
    }
  });

  it('reads any text as a name: empty, long, astral, lone surrogates', () => {
    const names = ['', 'c:<ab>', '😀', '\ud800', 'x'.repeat(100_000)];
    const table = featureTable(names);
    names.forEach((name, row) => assert.equal(table.rowOf(name), row));
    assert.equal(table.rowOf('\udc00'), -1);
    assert.equal(table.rowOf('x'.repeat(99_999)), -1);
    assert.equal(featureTable([]).rowOf(''), -1);
  });

  it('refuses a name listed twice, naming it', () => {
    assert.throws(() => featureTable(['w:a', 'w:b', 'w:a']), /"w:a" is listed twice/u);
  });
});
