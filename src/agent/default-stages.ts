import { engagementEstimator } from '../alliance/index.ts';
import { countWords, defaultSignals, winkAnalyzer } from '../nlu/index.ts';
import { ruleRiskDetector, shippedRiskModel } from '../safety/index.ts';
import type { ConversationEngineOptions } from './conversation-engine.ts';
import { deterministicResponder } from './deterministic-responder.ts';
import { rulePolicy } from './rule-policy.ts';

/** The pipeline stages a deployment uses unless it swaps one (e.g. an LLM responder). */
export type PipelineStages = Pick<
  ConversationEngineOptions,
  'detector' | 'analyzer' | 'policy' | 'responder' | 'estimator'
>;

/**
 * The default stages: rule-based risk detection, the wink analyzer, the rule policy, the
 * deterministic responder and the engagement estimator. No network, no model download.
 * @example createConversationEngine({ ...defaultStages(), store, resources, clock, ids, defaultLocale: 'en-GB' })
 */
export function defaultStages(): PipelineStages {
  return {
    detector: ruleRiskDetector({ model: shippedRiskModel() }),
    analyzer: winkAnalyzer(),
    policy: rulePolicy(),
    responder: deterministicResponder(),
    estimator: engagementEstimator(countWords, defaultSignals()),
  };
}
