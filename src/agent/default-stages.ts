import { engagementEstimator } from '../alliance/index.ts';
import { countWords, defaultSignals, shippedMarkerModel, winkAnalyzer } from '../nlu/index.ts';
import { ruleRiskDetector, shippedRiskModel } from '../safety/index.ts';
import type { ConversationEngineOptions } from './conversation-engine.ts';
import { deterministicResponder } from './deterministic-responder.ts';
import { alliancePolicy } from './alliance-policy.ts';

/** The pipeline stages a deployment uses unless it swaps one (e.g. an LLM responder). */
export type PipelineStages = Pick<
  ConversationEngineOptions,
  'detector' | 'analyzer' | 'policy' | 'responder' | 'estimator' | 'markers'
>;

/**
 * The default stages: rule-based risk detection, the wink analyzer, the alliance policy, the
 * deterministic responder, the engagement estimator and the alliance-marker model. No network, no model download.
 * @example createConversationEngine({ ...defaultStages(), store, resources, clock, ids, defaultLocale: 'en-GB' })
 */
export function defaultStages(): PipelineStages {
  return {
    detector: ruleRiskDetector({ model: shippedRiskModel() }),
    analyzer: winkAnalyzer(),
    policy: alliancePolicy(),
    responder: deterministicResponder(),
    estimator: engagementEstimator(countWords, defaultSignals()),
    markers: (text, previous) => shippedMarkerModel().markers(text, previous),
  };
}
