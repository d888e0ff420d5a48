/**
 * The person's locale from the usual environment variables, or undefined for C/POSIX (then the
 * crisis resources fall back to the international directory).
 * @example localeFromEnvironment({ LANG: 'en_GB.UTF-8' }) // 'en_GB.UTF-8'
 */
export function localeFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  for (const name of ['ALLIANCE_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim();
    if (value && value !== 'C' && value !== 'POSIX' && !value.startsWith('C.')) return value;
  }
  return undefined;
}
