/**
 * Safety: risk detection that runs first on every client message, and the crisis resources the
 * agent offers. Nothing downstream may suppress what this module finds.
 */
export type { RiskAssessment, RiskContext, RiskDetector, RiskUnsure } from './risk-detector.ts';
export { ruleRiskDetector } from './rule-risk-detector.ts';
export { normalizeForSafety, type NormalizedText } from './normalize-text.ts';
export { assessability, type Assessability } from './language-check.ts';
export {
  askedQuestion,
  answerOf,
  answerHesitation,
  statesSafety,
  type AskedQuestion,
} from './rules/context-rules.ts';
export {
  createAlertWebhook,
  type AlertNotifier,
  type AlertWebhookOptions,
  type SafetyAlertMessage,
  type AlertDeliveryOutcome,
} from './alert-webhook.ts';
export {
  loadCrisisResources,
  resourcesForLocale,
  regionOfLocale,
  DEFAULT_CRISIS_RESOURCES_PATH,
  type CrisisLine,
  type RegionResources,
  type CrisisResourceDirectory,
} from './crisis-resources.ts';
export {
  evaluateSafety,
  totalRate,
  parseSafetyCases,
  contextOf,
  CONFOUNDER_KINDS,
  type SafetyCase,
  type SafetyReport,
  type SafetyMiss,
  type Rate,
} from './safety-evaluation.ts';
export {
  riskModel,
  shippedRiskModel,
  loadRiskModelWeights,
  riskModelFile,
  MODEL_CLASSES,
  type RiskModel,
  type RiskModelWeights,
  type RiskModelFile,
} from './learned/model.ts';
export { messageFeatures } from './learned/features.ts';
