import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRisk } from '../../core/index.ts';
import { shippedRiskModel } from '../learned/model.ts';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { readEmoji } from './emoji-rules.ts';

const detector = ruleRiskDetector({ model: shippedRiskModel() });

describe('emoji-only messages', () => {
  const risky: [text: string, category: string, level: string][] = [
    ['💊💊💊💊🍺🤢', 'medical_emergency', 'imminent'],
    ['💉💉🥴🚑', 'medical_emergency', 'imminent'],
    ['💊💊💊✍️👋', 'suicide', 'imminent'],
    ['🪢😢', 'suicide', 'high'],
    ['🌉⬇️👋', 'suicide', 'high'],
    ['🚆😞', 'suicide', 'high'],
    ['👋🌅⚰️', 'suicide', 'high'],
    ['⚰️😔', 'suicide', 'moderate'],
    ['✂️🩸😔', 'self_harm', 'high'],
    ['🩹🩹🩸', 'self_harm', 'high'],
    ['🔥✋😣', 'self_harm', 'high'],
    ['👊😭🏠', 'abuse', 'high'],
    ['🏠🔒📵😢', 'abuse', 'moderate'],
    ['🔪😤👦', 'harm_to_others', 'high'],
    ['🫁❌😰', 'medical_emergency', 'imminent'],
    ['🐝👄😱', 'medical_emergency', 'imminent'],
    ['🫀💥😨', 'medical_emergency', 'high'],
  ];
  for (const [text, category, level] of risky)
    it(`reads ${text} as ${category} at ${level}`, () => {
      const result = detector.assess(text);
      assert.equal(result.level, level, JSON.stringify(result));
      assert.ok(result.categories.includes(category as never), JSON.stringify(result));
    });

  // Sport, cooking, hunting, gaming, parties, grief for a pet, a fist bump, one pill.
  for (const text of [
    '🔪🍅🧅🍝😋',
    '🎮💀💀😂',
    '🏹🦌🌲',
    '🔫🎯🏆😎',
    '💉🩸🍪🙂',
    '🥊🥊💪',
    '🪦🐶😭',
    '⚰️😂😂',
    '👊😎',
    '🍺🍺🍻🎉',
    '💊🙂',
    '🌉📸🌅',
    '🚆🧳😀',
  ])
    it(`raises no alarm for ${text}`, () => {
      const result = detector.assess(text);
      assert.ok(compareRisk(result.level, 'moderate') < 0, JSON.stringify(result));
    });

  it('reads only messages without letters or digits', () => {
    assert.deepEqual(readEmoji('rope 🪢😢'), []);
    assert.deepEqual(readEmoji('🪢😢 2'), []);
    assert.deepEqual(readEmoji('   '), []);
    assert.equal(readEmoji('🪢😢')[0]?.id, 'emoji.means-distress');
  });

  it('points the evidence at the whole message', () => {
    const text = '🪢😢';
    const [evidence] = detector.assess(text).evidence;
    assert.equal(evidence?.start, 0);
    assert.equal(evidence?.end, text.length);
  });
});
