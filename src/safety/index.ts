/**
 * Safety: risk detection that runs first on every client message, and the crisis resources the
 * agent offers. Nothing downstream may suppress what this module finds.
 */
export type { RiskAssessment, RiskContext, RiskDetector } from './risk-detector.ts';
export { explicitIntentDetector } from './explicit-intent-detector.ts';
export {
  loadCrisisResources,
  resourcesForLocale,
  regionOfLocale,
  DEFAULT_CRISIS_RESOURCES_PATH,
  type CrisisLine,
  type RegionResources,
  type CrisisResourceDirectory,
} from './crisis-resources.ts';
