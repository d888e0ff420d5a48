import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isAllianceError } from '../core/index.ts';
import { loadCrisisResources, regionOfLocale, resourcesForLocale } from './crisis-resources.ts';

describe('crisis resources', () => {
  const directory = loadCrisisResources();

  it('ships 988 for the US and 116 123 for the UK and Ireland', () => {
    assert.equal(resourcesForLocale(directory, 'en-US').lines[0]!.contact, '988');
    assert.equal(resourcesForLocale(directory, 'en_GB.UTF-8').lines[0]!.contact, '116 123');
    assert.equal(resourcesForLocale(directory, 'ga-IE').lines[0]!.contact, '116 123');
    assert.equal(resourcesForLocale(directory, 'en-GB').emergency, '999');
  });

  it('always adds the international directory, and falls back to it for unknown places', () => {
    assert.ok(
      resourcesForLocale(directory, 'en-US').lines.some((line) =>
        line.contact.includes('findahelpline.com'),
      ),
    );
    const unknown = resourcesForLocale(directory, 'xx-ZZ');
    assert.equal(unknown.emergency, 'your local emergency number');
    assert.ok(unknown.lines[0]!.contact.includes('findahelpline.com'));
    assert.equal(resourcesForLocale(directory, undefined), directory.default);
  });

  it('reads regions from locales in their usual spellings', () => {
    assert.equal(regionOfLocale('en_GB.UTF-8'), 'GB');
    assert.equal(regionOfLocale('fr-FR'), 'FR');
    assert.equal(regionOfLocale('GB'), 'GB');
    assert.equal(regionOfLocale('en'), undefined);
    assert.equal(regionOfLocale(''), undefined);
  });

  it('refuses a malformed deployer file with an error naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alliance-resources-'));
    try {
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, '{ "default": ');
      assert.throws(
        () => loadCrisisResources(broken),
        (error) => isAllianceError(error, 'config_invalid') && error.message.includes(broken),
      );
      const incomplete = join(dir, 'incomplete.json');
      writeFileSync(
        incomplete,
        JSON.stringify({ default: { emergency: '112', lines: [] }, regions: {} }),
      );
      assert.throws(() => loadCrisisResources(incomplete), /default\.lines is empty/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
