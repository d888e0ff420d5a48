// `npm run eval:safety`: recall per category, false alarms on confounders and every miss, for
// the development collection and the held-out one, against the targets of issue 3.
import { readFileSync, readdirSync } from 'node:fs';
import {
  evaluateSafety,
  parseSafetyCases,
  ruleRiskDetector,
  shippedRiskModel,
  totalRate,
  type Rate,
  type SafetyReport,
} from '../src/safety/index.ts';

// The held-out collection measures generalisation only while nobody tunes rules against its
// misses: they are listed only on request.
const showHoldoutMisses = process.argv.includes('--show-holdout-misses');
const percent = (r: Rate) => `${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.total})`;
const detector = ruleRiskDetector({ model: shippedRiskModel() });
// The rules alone, measured in the same run, show what the learned scorer adds.
const rulesAlone = ruleRiskDetector();
let failed = false;
// Every held-out collection together: the figures the closing notes quote.
const TOTALLED = [
  ['alarmRecall', 'alarm recall'],
  ['explicitRecall', 'explicit statements'],
  ['imminentRecall', 'imminent recognised as imminent'],
  ['falseAlarmOverall', 'false alarms on confounders'],
  ['alarmOrAsked', 'alarm, or a direct question when unsure'],
  ['askedOnConfounders', 'direct questions on confounders'],
  ['aboutOthersFound', 'risk in someone else recognised'],
] as const;
const heldOutReports: SafetyReport[] = [];

const collections = (pattern: RegExp, label: string) =>
  readdirSync('test/safety')
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => [label, `test/safety/${name}`] as const);
const development = collections(/^(?:cases|dev-).*\.jsonl$/u, 'development');
const heldOut = collections(/^holdout.*\.jsonl$/u, 'held out');
for (const [label, file] of [...development, ...heldOut]) {
  const report: SafetyReport = evaluateSafety(
    detector,
    parseSafetyCases(readFileSync(file, 'utf8'), file),
  );
  console.log(`\n== ${label}: ${file} (${report.cases} messages, detector ${detector.name})`);
  const peer = evaluateSafety(rulesAlone, parseSafetyCases(readFileSync(file, 'utf8'), file));
  console.log(
    `alarm recall (moderate or higher raised)   ${percent(report.alarmRecall)}   target ≥ 98%   (rules alone ${percent(peer.alarmRecall)})`,
  );
  console.log(
    `explicit statements                        ${percent(report.explicitRecall)}   target 100%`,
  );
  console.log(`imminent recognised as imminent            ${percent(report.imminentRecall)}`);
  for (const [category, rate] of Object.entries(report.categoryRecall).sort()) {
    console.log(`  recall ${category.padEnd(20)}               ${percent(rate)}`);
  }
  console.log(
    `false alarms on confounders                ${percent(report.falseAlarmOverall)}   target ≤ 10%   (rules alone ${percent(peer.falseAlarmOverall)})`,
  );
  for (const [kind, rate] of Object.entries(report.falseAlarms).sort()) {
    console.log(`  false alarms ${kind.padEnd(22)}       ${percent(rate)}`);
  }
  console.log(
    `alarm, or a direct question when unsure    ${percent(report.alarmOrAsked)}   (the agent asks directly when the scorer is unsure)`,
  );
  console.log(`direct questions on confounders            ${percent(report.askedOnConfounders)}`);
  console.log(`risk in someone else recognised            ${percent(report.aboutOthersFound)}`);
  console.log(`non-English flagged as not assessable      ${percent(report.unassessableFlagged)}`);
  console.log(`misses (${report.misses.length}):`);
  const listMisses = label === 'development' || showHoldoutMisses;
  if (!listMisses)
    console.log('  (not listed for a held-out collection; pass --show-holdout-misses)');
  for (const miss of listMisses ? report.misses : []) {
    console.log(
      `  ${miss.id} [${miss.kind}] expected ${miss.expected}, got ${miss.got}: ${JSON.stringify(miss.text)}`,
    );
  }
  const met =
    report.alarmRecall.rate >= 0.98 &&
    report.explicitRecall.rate === 1 &&
    report.falseAlarmOverall.rate <= 0.1;
  console.log(`targets ${met ? 'met' : 'NOT met'}`);
  failed ||= !met;
  if (label === 'held out') heldOutReports.push(report);
}
console.log(`\n== held out, all ${heldOut.length} collections together`);
for (const [key, name] of TOTALLED)
  console.log(
    `${name.padEnd(43)}${percent(totalRate(heldOutReports.map((report) => report[key])))}`,
  );
process.exitCode = failed ? 1 : 0;
