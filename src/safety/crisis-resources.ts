import { AllianceError, jsonProblem, readConfigText } from '../core/index.ts';

/** A crisis line a person can contact. */
export interface CrisisLine {
  name: string;
  contact: string;
  /** Where the deployer verified the entry. */
  source: string;
}

/** What to offer a person in one region. */
export interface RegionResources {
  /** The emergency number, or a phrase such as "your local emergency number". */
  emergency: string;
  lines: CrisisLine[];
  /** Lines for domestic abuse, offered when a person describes danger at home. */
  abuse?: CrisisLine[];
}

/** The deployer-editable directory of crisis resources. */
export interface CrisisResourceDirectory {
  default: RegionResources;
  regions: Record<string, RegionResources>;
}

/** The directory that ships with Alliance (`src/safety/crisis-resources.json`). */
export const DEFAULT_CRISIS_RESOURCES_PATH = new URL('./crisis-resources.json', import.meta.url);

/**
 * Loads and checks a crisis resource directory; a malformed file is a configuration error that
 * names the file, never a silent fallback (a wrong number shown to a person in crisis is worse
 * than refusing to start).
 * @example loadCrisisResources(process.env.ALLIANCE_CRISIS_RESOURCES)
 */
export function loadCrisisResources(path?: string | URL): CrisisResourceDirectory {
  const source = path ?? DEFAULT_CRISIS_RESOURCES_PATH;
  let parsed: unknown;
  const raw = readConfigText(
    source,
    `the crisis resources file ${String(source)}`,
    'Check the path, or unset ALLIANCE_CRISIS_RESOURCES to use the built-in list.',
  );
  try {
    parsed = JSON.parse(raw.replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new AllianceError(
      'config_invalid',
      `The crisis resources file ${String(source)} is ${jsonProblem(error)}.`,
      'Fix the file or unset ALLIANCE_CRISIS_RESOURCES to use the built-in list.',
    );
  }
  const directory = parsed as CrisisResourceDirectory;
  const problems: string[] = [];
  checkRegion('default', directory?.default, problems);
  if (typeof directory?.regions !== 'object' || directory.regions === null)
    problems.push('"regions" must be an object');
  else
    for (const [code, region] of Object.entries(directory.regions))
      checkRegion(`regions.${code}`, region, problems);
  if (problems.length > 0) {
    throw new AllianceError(
      'config_invalid',
      `The crisis resources file ${String(source)} is invalid: ${problems.slice(0, 3).join('; ')}.`,
      'Each region needs "emergency" and a non-empty "lines" list of {name, contact, source}.',
    );
  }
  return directory;
}

function checkRegion(where: string, region: RegionResources | undefined, problems: string[]): void {
  if (typeof region?.emergency !== 'string' || region.emergency.trim() === '')
    problems.push(`${where}.emergency is missing`);
  if (!Array.isArray(region?.lines) || region.lines.length === 0) {
    problems.push(`${where}.lines is empty`);
    return;
  }
  if (region.abuse !== undefined && !Array.isArray(region.abuse))
    problems.push(`${where}.abuse must be a list`);
  [...region.lines, ...(region.abuse ?? [])].forEach((line, i) => {
    for (const key of ['name', 'contact', 'source'] as const) {
      if (typeof line?.[key] !== 'string' || line[key].trim() === '')
        problems.push(`${where}.lines[${i}].${key} is missing`);
    }
  });
}

/**
 * The region part of a locale: `en-GB`, `en_GB.UTF-8` and `GB` all give `GB`; a bare language
 * or an empty locale gives undefined.
 * @example regionOfLocale('en_GB.UTF-8') // 'GB'
 */
export function regionOfLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const base = locale.split('.')[0]!.replace('_', '-');
  const parts = base.split('-');
  const region =
    parts.length === 1
      ? /^[A-Z]{2}$/.test(parts[0]!)
        ? parts[0]
        : undefined
      : parts[parts.length - 1];
  return region && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : undefined;
}

/**
 * Resources for a locale: the region's own lines and emergency number, always followed by the
 * international directory so a person abroad still finds help.
 * @example resourcesForLocale(loadCrisisResources(), 'en-GB').emergency // '999'
 */
export function resourcesForLocale(
  directory: CrisisResourceDirectory,
  locale: string | undefined,
): RegionResources {
  const region = regionOfLocale(locale);
  const own = region ? directory.regions[region] : undefined;
  if (!own) return directory.default;
  const extra = directory.default.lines.filter(
    (line) => !own.lines.some((l) => l.contact === line.contact),
  );
  return { ...own, lines: [...own.lines, ...extra] };
}
