import { setFlagsFromString } from 'node:v8';

let applied = false;

/**
 * Has V8 compile each regular expression straight to machine code on its first run
 * (`--no-regexp-tier-up`), for the whole process, once. By default V8 first interprets a new
 * pattern's bytecode and compiles it to machine code on a later run; for the detector's hundreds
 * of large alternations the machine code reached that way ran markedly slower, for as long as
 * the process lived: the rules took about 30% less time per message in the steady state, and
 * the first pass over a collection about 40% less, with the flag (6,000 messages, four passes,
 * 2026-11-28; docs/decisions/0014-regexps-compiled-at-once.md). The flag is read when a pattern
 * is first compiled, so it must be set before the detector's first message; patterns already
 * compiled keep their engine. Idempotent.
 * @example compileRegExpsAtOnce(); ruleRiskDetector().assess('…')
 */
export function compileRegExpsAtOnce(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString('--no-regexp-tier-up');
}
