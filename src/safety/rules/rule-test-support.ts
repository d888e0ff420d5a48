// Shared by the rule test files: one `node:test` case per message.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRisk, type RiskCategory, type RiskLevel } from '../../core/index.ts';
import type { RiskDetector } from '../risk-detector.ts';

/**
 * One test: the message raises the alarm in `category` (at `level` or above), or, for a null
 * category, no alarm at all.
 * @example itFlags(ruleRiskDetector(), 'I want to kill myself', 'suicide')
 */
export function itFlags(
  detector: RiskDetector,
  text: string,
  category: string | null,
  level: RiskLevel = 'moderate',
): void {
  const at = level === 'moderate' ? '' : ` (${level}+)`;
  it(`${category ? `flags ${category}${at} in` : 'raises no alarm for'} "${text}"`, () => {
    const result = detector.assess(text);
    if (category) {
      assert.ok(compareRisk(result.level, level) >= 0, JSON.stringify(result));
      assert.ok(result.categories.includes(category as RiskCategory), JSON.stringify(result));
    } else {
      assert.ok(compareRisk(result.level, 'moderate') < 0, JSON.stringify(result));
    }
  });
}

/**
 * One test: the message is assessed at exactly this level.
 * @example itRates(ruleRiskDetector(), 'I want to kill myself tonight', 'imminent')
 */
export function itRates(detector: RiskDetector, text: string, level: RiskLevel): void {
  it(`rates "${text}" ${level}`, () => {
    const result = detector.assess(text);
    assert.equal(result.level, level, JSON.stringify(result));
  });
}

/**
 * A rule family's tests: statements it must read (in `category`, at `level` or above), then
 * look-alikes it must leave alone.
 * @example describeFamily(ruleRiskDetector(), 'wish to be dead', 'suicide', 'moderate', ['I wish I was dead'], ['I wish I was there'])
 */
export function describeFamily(
  detector: RiskDetector,
  name: string,
  category: string,
  level: RiskLevel,
  yes: readonly string[],
  no: readonly string[],
): void {
  describe(name, () => {
    for (const text of yes) itFlags(detector, text, category, level);
    for (const text of no) itFlags(detector, text, null);
  });
}
