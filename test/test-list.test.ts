import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('..', import.meta.url).pathname;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

describe('the test command', () => {
  // Node 20 does not expand globs and a run with zero files passes, so `npm test` names every
  // file; this catches a test file that was added but never listed.
  it('lists every test file in the repository', () => {
    const script: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts
      .test;
    const listed = new Set(script.split(/\s+/).filter((word) => /\.test\.tsx?$/.test(word)));
    const missing = testFiles(root).filter((file) => !listed.has(file));
    assert.deepEqual(
      missing,
      [],
      `add these to the "test" script in package.json: ${missing.join(' ')}`,
    );
    assert.ok(listed.size >= 10);
  });
});
