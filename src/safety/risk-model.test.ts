import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { riskFeatures, scoreRisk, type RiskModelWeights } from './risk-model.ts';
import { DEFAULT_TRAINING, trainRiskModel } from './risk-model-training.ts';
import { parseSafetyCases } from './safety-evaluation.ts';

const root = new URL('../../', import.meta.url).pathname;
const shipped = JSON.parse(
  readFileSync(new URL('./model/risk-model.json', import.meta.url), 'utf8'),
) as RiskModelWeights;

describe('learned risk scorer', () => {
  it('uses words, word pairs and negation-marked words as features', () => {
    const features = riskFeatures("I'm not suicidal, I want to d1e");
    assert.ok(features.includes('not_suicidal'));
    assert.ok(!features.includes('suicidal'));
    assert.ok(features.includes('to die'), features.join('|'));
  });

  it('ships exactly the weights that npm run train:safety produces from the development collections', () => {
    const files = readdirSync(`${root}test/safety`)
      .filter((name) => /^cases.*\.jsonl$/u.test(name))
      .sort();
    const cases = files.flatMap((name) =>
      parseSafetyCases(readFileSync(`${root}test/safety/${name}`, 'utf8'), name),
    );
    const retrained = trainRiskModel(cases, DEFAULT_TRAINING, shipped.threshold, shipped.trainedOn);
    assert.deepEqual(retrained, shipped);
  });

  it('scores a clear statement of risk above its threshold and small talk below it', () => {
    const risky = scoreRisk(shipped, 'I want to kill myself tonight, I have the pills');
    assert.ok(risky.suicide! > shipped.threshold, JSON.stringify(risky));
    const calm = scoreRisk(shipped, 'we had pasta for dinner and watched a film');
    for (const [category, p] of Object.entries(calm))
      assert.ok(p < shipped.threshold, `${category} ${p}`);
  });
});
