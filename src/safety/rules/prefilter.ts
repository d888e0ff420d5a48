import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * What a text must contain for a pattern to match anywhere in it: `true` asks nothing;
 * `literals` is met when at least one of the strings occurs (`caseless`: in the text as
 * `foldedCode` folds it); `and` and `or` combine.
 */
export type LiteralRequirement =
  | true
  | { readonly literals: readonly string[]; readonly caseless?: true }
  | { readonly and: readonly LiteralRequirement[] }
  | { readonly or: readonly LiteralRequirement[] };

/** Sets of strings larger than this are not multiplied out or united any further. */
const MAX_EXACT = 64;
/** Character classes up to this many characters are spelled out ("[sz]", "\d"). */
const MAX_CLASS = 10;
/** Literals are cut to this many characters. */
const MAX_LITERAL = 16;

/**
 * What a node can consume, as far as it is known: `exact` lists every string it can consume
 * (when they are few); `extra` is what the text must contain besides (a lookahead's words), or,
 * without `exact`, everything known about it.
 */
interface Info {
  exact?: ReadonlySet<string>;
  extra: LiteralRequirement;
}

const UNKNOWN: Info = { extra: true };
const EMPTY: Info = { exact: new Set(['']), extra: true };

const parser = new RegExpParser();

/**
 * The literal strings a text must contain for `pattern` to match anywhere in it, read from the
 * pattern's syntax tree. Conservative: when the text does not meet the requirement, the pattern
 * cannot match it; a construct the analysis does not understand asks for nothing. With the `i`
 * flag the literals are lower case and met by the text folded the same way (`foldedCode`).
 * @example literalRequirement(/\bkill(?:ing)? (?:me|him)\b/u) // { literals: ['kill me', 'kill him', 'killing me', 'killing him'] }
 */
export function literalRequirement(pattern: RegExp): LiteralRequirement {
  let tree: AST.Pattern;
  try {
    tree = parser.parsePattern(pattern.source, 0, pattern.source.length, {
      unicode: pattern.unicode,
      unicodeSets: pattern.unicodeSets,
    });
  } catch {
    return true; // syntax this parser does not know: no shortcut, the pattern always runs
  }
  const requirement = required(alternation(tree.alternatives, pattern.ignoreCase));
  return pattern.ignoreCase ? caselessOf(requirement) : requirement;
}

function caselessOf(requirement: LiteralRequirement): LiteralRequirement {
  if (requirement === true) return true;
  if ('literals' in requirement) return { literals: requirement.literals, caseless: true };
  if ('and' in requirement) return { and: requirement.and.map(caselessOf) };
  return { or: requirement.or.map(caselessOf) };
}

function alternation(alternatives: readonly AST.Alternative[], caseless: boolean): Info {
  const infos = alternatives.map((alternative) => sequence(alternative.elements, caseless));
  if (infos.every((info) => info.exact && info.extra === true)) {
    const union = new Set(infos.flatMap((info) => [...info.exact!]));
    if (union.size <= MAX_EXACT) return { exact: union, extra: true };
  }
  return { extra: or(infos.map(required)) };
}

/** A concatenation: runs of known strings are multiplied out, the rest is required side by side. */
function sequence(elements: readonly AST.Element[], caseless: boolean): Info {
  const parts: LiteralRequirement[] = [];
  let run: ReadonlySet<string> = EMPTY.exact!;
  let exact = true;
  for (const element of elements) {
    const info = node(element, caseless);
    parts.push(info.extra);
    if (info.exact) {
      const product = cross(run, info.exact);
      if (product) run = product;
      else {
        parts.push(literals(run));
        exact = false;
        run = info.exact;
      }
    } else {
      parts.push(literals(run));
      exact = false;
      run = EMPTY.exact!;
    }
  }
  if (exact) return { exact: run, extra: and(parts) };
  parts.push(literals(run));
  return { extra: and(parts) };
}

function node(element: AST.Element, caseless: boolean): Info {
  switch (element.type) {
    case 'Character':
      return character(element.value, caseless);
    case 'CharacterClass':
      return characterClass(element, caseless);
    case 'CharacterSet':
      // `\d` is ten digits; `.`, `\w`, `\s` and properties are too broad to spell out.
      return element.kind === 'digit' && !element.negate ? characters(48, 57, caseless) : UNKNOWN;
    case 'Group':
      // An inline modifier may switch case sensitivity for part of the pattern: not analysed.
      if (element.modifiers) return UNKNOWN;
      return alternation(element.alternatives, caseless);
    case 'CapturingGroup':
      return alternation(element.alternatives, caseless);
    case 'Quantifier':
      return quantifier(element, caseless);
    case 'Assertion':
      // Assertions consume nothing. A positive lookaround's text must still occur in the text.
      if ((element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate)
        return {
          exact: EMPTY.exact!,
          extra: required(alternation(element.alternatives, caseless)),
        };
      return EMPTY;
    default:
      // Backreferences and `v`-mode class expressions: anything may stand there.
      return UNKNOWN;
  }
}

function quantifier(element: AST.Quantifier, caseless: boolean): Info {
  const inner = node(element.element, caseless);
  if (inner.exact && element.max <= MAX_EXACT) {
    // "s?" is "" or "s"; "(?:ha){1,2}" is "ha" or "haha".
    let power: ReadonlySet<string> | undefined = EMPTY.exact!;
    const union = new Set<string>(element.min === 0 ? [''] : []);
    for (let k = 1; k <= element.max && power; k += 1) {
      power = cross(power, inner.exact);
      if (power && k >= element.min) for (const s of power) union.add(s);
    }
    if (power && union.size <= MAX_EXACT)
      return { exact: union, extra: element.min === 0 ? true : inner.extra };
  }
  // Repeated at least once: whatever one repetition needs. Possibly absent: nothing.
  return element.min === 0 ? UNKNOWN : { extra: required(inner) };
}

function character(value: number, caseless: boolean): Info {
  const folded = caseless ? foldedCode(value) : value;
  return folded === undefined
    ? UNKNOWN
    : { exact: new Set([String.fromCodePoint(folded)]), extra: true };
}

function characters(from: number, to: number, caseless: boolean): Info {
  if (to - from + 1 > MAX_CLASS) return UNKNOWN;
  const exact = new Set<string>();
  for (let code = from; code <= to; code += 1) {
    const folded = caseless ? foldedCode(code) : code;
    if (folded === undefined) return UNKNOWN;
    exact.add(String.fromCodePoint(folded));
  }
  return { exact, extra: true };
}

function characterClass(element: AST.CharacterClass, caseless: boolean): Info {
  if (element.negate || element.unicodeSets) return UNKNOWN;
  const exact = new Set<string>();
  for (const item of element.elements) {
    let info: Info;
    if (item.type === 'Character') info = character(item.value, caseless);
    else if (item.type === 'CharacterClassRange')
      info = characters(item.min.value, item.max.value, caseless);
    else if (item.type === 'CharacterSet' && item.kind === 'digit' && !item.negate)
      info = characters(48, 57, caseless);
    else return UNKNOWN;
    if (!info.exact) return UNKNOWN;
    for (const s of info.exact) exact.add(s);
    if (exact.size > MAX_CLASS) return UNKNOWN;
  }
  return { exact, extra: true };
}

/**
 * A code point as a case-insensitive pattern reads it: ASCII letters lower-cased, the Kelvin
 * sign as "k" and the long s as "s" (the only other characters that fold onto ASCII letters),
 * other ASCII as is. Any other character may have case variants: undefined (not analysed).
 */
export function foldedCode(code: number): number | undefined {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code < 0x80) return code;
  if (code === 0x212a) return 0x6b;
  if (code === 0x17f) return 0x73;
  return undefined;
}

/** Every concatenation of a string of `a` with one of `b`, unless there would be too many. */
function cross(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> | undefined {
  if (a.size * b.size > MAX_EXACT) return undefined;
  if (a.size === 1 && a.has('')) return b;
  if (b.size === 1 && b.has('')) return a;
  const product = new Set<string>();
  for (const x of a) for (const y of b) product.add(x + y);
  return product;
}

/** The requirement of a node: one of its strings, and its extra requirement. */
function required(info: Info): LiteralRequirement {
  return info.exact ? and([literals(info.exact), info.extra]) : info.extra;
}

/** "One of these strings occurs": none is implied by another, and the empty string asks nothing. */
function literals(strings: Iterable<string>): LiteralRequirement {
  const shortest = minimal(strings);
  if (shortest.length === 0 || shortest[0] === '') return true;
  // A prefix occurs wherever its literal does; longer literals add states, not selectivity.
  return { literals: minimal(shortest.map((s) => s.slice(0, MAX_LITERAL))) };
}

/** The strings, shortest first, without those that contain another (met whenever it is). */
function minimal(strings: Iterable<string>): string[] {
  const sorted = [...new Set(strings)].sort((x, y) => x.length - y.length || (x < y ? -1 : 1));
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** Whether `a` holds whenever `b` does: each string of `b` contains one of `a`. */
function implied(a: LiteralRequirement, b: LiteralRequirement): boolean {
  if (a === true) return true;
  if (b === true || !('literals' in a) || !('literals' in b)) return false;
  return b.literals.every((s) => a.literals.some((k) => s.includes(k)));
}

function and(parts: readonly LiteralRequirement[]): LiteralRequirement {
  const flat: LiteralRequirement[] = [];
  for (const part of parts) {
    if (part === true) continue;
    if ('and' in part) flat.push(...part.and);
    else if (!flat.some((other) => sameRequirement(other, part))) flat.push(part);
  }
  // " " is implied by " die": a part that another implies checks nothing more.
  const kept = flat.filter(
    (part, i) => !flat.some((other, j) => j !== i && implied(part, other) && !implied(other, part)),
  );
  if (kept.length === 0) return true;
  return kept.length === 1 ? kept[0]! : { and: kept };
}

function or(parts: readonly LiteralRequirement[]): LiteralRequirement {
  const flat: LiteralRequirement[] = [];
  const strings: string[] = [];
  for (const part of parts) {
    if (part === true) return true;
    if ('or' in part) {
      for (const inner of part.or) {
        if (inner !== true && 'literals' in inner) strings.push(...inner.literals);
        else flat.push(inner);
      }
    } else if ('literals' in part) strings.push(...part.literals);
    else flat.push(part);
  }
  // Alternatives that each need one string need one string of their union.
  if (strings.length > 0) flat.unshift(literals(strings));
  return flat.length === 1 ? flat[0]! : { or: flat };
}

function sameRequirement(a: LiteralRequirement, b: LiteralRequirement): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether a text meets a requirement, by plain substring search: the reference that
 * `literalPrefilter` answers faster for many patterns at once.
 * @example meetsRequirement({ literals: ['die'] }, 'i want to die') // true
 */
export function meetsRequirement(requirement: LiteralRequirement, text: string): boolean {
  if (requirement === true) return true;
  if ('literals' in requirement) {
    const haystack = requirement.caseless ? foldText(text) : text;
    return requirement.literals.some((s) => haystack.includes(s));
  }
  if ('and' in requirement) return requirement.and.every((r) => meetsRequirement(r, text));
  return requirement.or.some((r) => meetsRequirement(r, text));
}

/** The text as case-insensitive literals are matched against it (see `foldedCode`). */
function foldText(text: string): string {
  let folded = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    folded += String.fromCodePoint(foldedCode(code) ?? code);
  }
  return folded;
}

/** Which of many patterns may match a text, found in one pass over it. */
export interface LiteralPrefilter {
  /** Reads the text once (Aho–Corasick over every pattern's literals). */
  scan(text: string): PrefilterScan;
  /** The number by which `mayMatchAt` asks about `pattern` (-1 for a pattern it was not built with). */
  indexOf(pattern: RegExp): number;
}

/** The result of one scan. */
export interface PrefilterScan {
  /** False only when `pattern` cannot match the scanned text; true for a pattern it was not built with. */
  mayMatch(pattern: RegExp): boolean;
  /** `mayMatch` for the pattern numbered `k` by `indexOf` (true for -1), without a map lookup. */
  mayMatchAt(k: number): boolean;
}

/**
 * A requirement compiled against a prefilter's literal sets, all nodes of one shape (a fast
 * property read): `always`, a `set` found, `all` or `any` of the parts.
 */
interface Check {
  kind: 'always' | 'set' | 'all' | 'any';
  set: number;
  parts: Check[];
}

const ALWAYS: Check = { kind: 'always', set: -1, parts: [] };

/** How rarely a requirement is likely met: the length of its shortest literal (0 for a combination). */
function rarity(requirement: LiteralRequirement): number {
  return requirement !== true && 'literals' in requirement ? requirement.literals[0]!.length : 0;
}

/** Where a check's program ends: the requirement is met, or it is not. */
const MET = -1;
const UNMET = -2;

/**
 * Every check compiled to one branching program over the literal sets, as a compiler turns
 * `&&` and `||` into jumps: step `l` asks whether set `setOf[l]` was found and goes on to
 * `onFound[l]` or `onMissing[l]`, until MET or UNMET. A check runs as a loop over typed arrays
 * instead of a recursion over its tree (the tree walk was about a seventh of the rules' time:
 * some 3,000 nodes per message, 2026-11-28). Evaluation order, and so every answer, is the tree's.
 */
class BranchProgram {
  private sets: number[] = [];
  private found: number[] = [];
  private missing: number[] = [];
  private setOf = new Int32Array(0);
  private onFound = new Int32Array(0);
  private onMissing = new Int32Array(0);

  /** The entry of `check`, continuing to `ifMet` or `ifUnmet` (a step, MET or UNMET). */
  add(check: Check, ifMet = MET, ifUnmet = UNMET): number {
    switch (check.kind) {
      case 'always':
        return ifMet;
      case 'set':
        this.sets.push(check.set);
        this.found.push(ifMet);
        this.missing.push(ifUnmet);
        return this.sets.length - 1;
      case 'all': {
        // Each part, when met, goes on to the next; the last to `ifMet`; any unmet part ends it.
        let next = ifMet;
        for (let i = check.parts.length - 1; i >= 0; i -= 1)
          next = this.add(check.parts[i]!, next, ifUnmet);
        return next;
      }
      default: {
        let next = ifUnmet;
        for (let i = check.parts.length - 1; i >= 0; i -= 1)
          next = this.add(check.parts[i]!, ifMet, next);
        return next;
      }
    }
  }

  finish(): void {
    this.setOf = Int32Array.from(this.sets);
    this.onFound = Int32Array.from(this.found);
    this.onMissing = Int32Array.from(this.missing);
    this.sets = this.found = this.missing = [];
  }

  /** Whether the check entered at `entry` is met by the sets marked in `present`. */
  run(entry: number, present: Uint8Array): boolean {
    const { setOf, onFound, onMissing } = this;
    let step = entry;
    while (step >= 0) step = present[setOf[step]!] === 1 ? onFound[step]! : onMissing[step]!;
    return step === MET;
  }
}

/**
 * A prefilter for `patterns`: one pass over a text tells which of them cannot match it, so
 * that they need not run. It never rules out a pattern that matches (see `literalRequirement`).
 * @example literalPrefilter([/\bdie\b/u]).scan('what a day').mayMatch(/\bdie\b/u) // false, for that same RegExp object
 */
export function literalPrefilter(patterns: Iterable<RegExp>): LiteralPrefilter {
  const sets = new Map<string, number>();
  const exact = new Automaton();
  const caseless = new Automaton();
  const compile = (requirement: LiteralRequirement): Check => {
    if (requirement === true) return ALWAYS;
    if ('and' in requirement) {
      // Most texts lack a long literal: checking the sets with the longest shortest literal
      // first ends most checks early. The order changes no answer.
      const parts = [...requirement.and].sort((a, b) => rarity(b) - rarity(a)).map(compile);
      return { kind: 'all', set: -1, parts };
    }
    if ('or' in requirement) return { kind: 'any', set: -1, parts: requirement.or.map(compile) };
    const key = `${requirement.caseless ? 'i' : 's'}\u0000${requirement.literals.join('\u0000')}`;
    let id = sets.get(key);
    if (id === undefined) {
      id = sets.size;
      sets.set(key, id);
      for (const literal of requirement.literals)
        (requirement.caseless ? caseless : exact).add(literal, id);
    }
    return { kind: 'set', set: id, parts: [] };
  };
  const checks: Check[] = [];
  const index = new Map<RegExp, number>();
  for (const pattern of patterns) {
    if (index.has(pattern)) continue;
    index.set(pattern, checks.length);
    checks.push(compile(literalRequirement(pattern)));
  }
  exact.finish();
  caseless.finish();
  const setCount = sets.size;
  sets.clear(); // the keys are all the literals again: not needed once compiled
  // A requirement is monotone (only "found" sets, no "not found"), so one that names none of the
  // sets a text contains has the same answer as on a text with none: that answer is decided once,
  // here, and a scan evaluates only the checks that name a set it found, when they are asked.
  const program = new BranchProgram();
  const entries = Int32Array.from(checks, (check) => program.add(check));
  program.finish();
  const none = new Uint8Array(setCount);
  const unfound = Int8Array.from(entries, (entry) => (program.run(entry, none) ? 1 : -1));
  const checksOfSet: number[][] = Array.from({ length: setCount }, () => []);
  checks.forEach((check, k) => {
    for (const set of new Set(setsOf(check))) checksOfSet[set]!.push(k);
  });
  checks.length = 0; // the trees live on as the program
  return {
    indexOf: (pattern) => index.get(pattern) ?? -1,
    scan(text: string): PrefilterScan {
      const present = new Uint8Array(setCount);
      const found: number[] = [];
      exact.scan(text, present, false, found);
      caseless.scan(text, present, true, found);
      // 1: may match, -1: cannot; 0: a check that names a found set, evaluated when asked.
      const verdicts = unfound.slice();
      for (const set of found) for (const k of checksOfSet[set]!) verdicts[k] = 0;
      const mayMatchAt = (k: number): boolean => {
        if (k < 0) return true;
        if (verdicts[k] === 0) verdicts[k] = program.run(entries[k]!, present) ? 1 : -1;
        return verdicts[k] === 1;
      };
      return {
        mayMatch: (pattern: RegExp) => mayMatchAt(index.get(pattern) ?? -1),
        mayMatchAt,
      };
    },
  };
}

/** The literal sets a check names. */
function setsOf(check: Check): number[] {
  if (check.kind === 'set') return [check.set];
  return check.parts.flatMap(setsOf);
}

/**
 * An Aho–Corasick automaton over UTF-16 code units that marks the sets whose literals occur.
 * Built in flat arrays (a child list and an output list per state; a map per state cost tens
 * of megabytes for the rules' hundreds of thousands of states), then packed into typed arrays:
 * a step is a short scan of one state's sorted edges.
 */
class Automaton {
  // While the literals are added (dropped by `finish`): state `s` was reached by the code unit
  // `edgeCode[s]`; its first child is `firstChild[s]` (0: none), the next is `sibling[child]`;
  // the sets it ends are `outSet[o]` for `o = firstOut[s]`, `outNext[o]`, … (-1 ends a list).
  private building = true;
  private rootChild: Int32Array<ArrayBuffer> | undefined = new Int32Array(0x10000);
  private edgeCode: number[] = [0];
  private firstChild: number[] = [0];
  private sibling: number[] = [0];
  private firstOut: number[] = [-1];
  private outNext: number[] = [];
  private outSet: number[] = [];
  /** Transitions from the root, by code unit: most characters start from there. */
  private rootEdges = new Int32Array(0);
  /** While finishing: state `s` has the edges `first[s]` to `first[s + 1]`, sorted by code unit. */
  private first = new Int32Array(1);
  private codes = new Uint16Array(0);
  private targets = new Int32Array(0);
  private fail = new Int32Array(0);
  /** The nearest state on the failure chain that ends a literal (-1: none). */
  private dictionary = new Int32Array(0);
  /** State `s` ends the literals of the sets `outputs[outputStart[s]]` to `outputs[outputStart[s + 1]]`. */
  private outputStart = new Int32Array(1);
  private outputs = new Int32Array(0);
  /** The scan that last marked a state's outputs, so each state is marked once per scan. */
  private stamps = new Int32Array(0);
  /**
   * What a scan reads at each step, packed so that a state's fields share a cache line (with
   * separate arrays a step touched five or six of them in a table of some 200,000 states; a
   * scan of AnnoMI's utterances took about 13 µs each packed against 14–18 µs before, best
   * runs on a noisy machine, 2026-11-28): state `s` has its edges at
   * `states[4s]` to `states[4s + 1]` in `edges` (code unit, target; sorted by code unit), its
   * failure state at `states[4s + 2]`, and at `states[4s + 3]` the first state on its failure
   * chain, itself included, that ends a literal (-1: none).
   */
  private states = new Int32Array(4);
  private edges = new Int32Array(0);
  private scans = 0;
  private empty = true;

  add(literal: string, set: number): void {
    if (!this.building) throw new Error('Automaton.add after finish');
    const root = this.rootChild!;
    let state = 0;
    for (let i = 0; i < literal.length; i += 1) {
      const code = literal.charCodeAt(i);
      let next = state === 0 ? root[code]! : this.firstChild[state]!;
      if (state !== 0)
        while (next !== 0 && this.edgeCode[next] !== code) next = this.sibling[next]!;
      if (next === 0) {
        next = this.edgeCode.length;
        this.edgeCode.push(code);
        this.firstChild.push(0);
        this.firstOut.push(-1);
        if (state === 0) {
          this.sibling.push(0);
          root[code] = next;
        } else {
          this.sibling.push(this.firstChild[state]!);
          this.firstChild[state] = next;
        }
      }
      state = next;
    }
    for (let o = this.firstOut[state]!; o !== -1; o = this.outNext[o]!)
      if (this.outSet[o] === set) return;
    this.outSet.push(set);
    this.outNext.push(this.firstOut[state]!);
    this.firstOut[state] = this.outSet.length - 1;
    this.empty = false;
  }

  finish(): void {
    if (!this.building) return;
    this.building = false;
    const root = this.rootChild!;
    this.rootChild = undefined;
    const { edgeCode, firstChild, sibling, firstOut, outNext, outSet } = this;
    this.edgeCode = this.firstChild = this.sibling = this.firstOut = [];
    this.outNext = this.outSet = [];
    if (this.empty) return;
    const count = edgeCode.length;
    // Pack each state's children, sorted by code unit (the root's come sorted from its table).
    const children: number[] = [];
    this.first = new Int32Array(count + 1);
    const packed: number[] = [];
    for (let state = 0; state < count; state += 1) {
      this.first[state] = packed.length;
      children.length = 0;
      if (state === 0) {
        for (let code = 0; code < 0x10000; code += 1)
          if (root[code] !== 0) children.push(root[code]!);
      } else {
        for (let c = firstChild[state]!; c !== 0; c = sibling[c]!) children.push(c);
        children.sort((a, b) => edgeCode[a]! - edgeCode[b]!);
      }
      for (const c of children) packed.push(c);
    }
    this.first[count] = packed.length;
    this.targets = Int32Array.from(packed);
    this.codes = Uint16Array.from(packed, (c) => edgeCode[c]!);
    this.rootEdges = root;

    const ends = (state: number): boolean => firstOut[state] !== -1;
    this.fail = new Int32Array(count);
    this.dictionary = new Int32Array(count).fill(-1);
    this.stamps = new Int32Array(count);
    const queue = new Int32Array(count);
    let tail = 0;
    for (let e = this.first[0]!; e < this.first[1]!; e += 1) queue[tail++] = this.targets[e]!;
    for (let head = 0; head < tail; head += 1) {
      const state = queue[head]!;
      for (let e = this.first[state]!; e < this.first[state + 1]!; e += 1) {
        const child = this.targets[e]!;
        const code = this.codes[e]!;
        let fallback = this.fail[state]!;
        let target = this.edge(fallback, code);
        while (target === 0 && fallback !== 0) {
          fallback = this.fail[fallback]!;
          target = this.edge(fallback, code);
        }
        this.fail[child] = target;
        this.dictionary[child] = ends(target) ? target : this.dictionary[target]!;
        queue[tail++] = child;
      }
    }

    this.outputStart = new Int32Array(count + 1);
    const outputs: number[] = [];
    for (let state = 0; state < count; state += 1) {
      this.outputStart[state] = outputs.length;
      for (let o = firstOut[state]!; o !== -1; o = outNext[o]!) outputs.push(outSet[o]!);
    }
    this.outputStart[count] = outputs.length;
    this.outputs = Int32Array.from(outputs);

    this.states = new Int32Array(count * 4);
    this.edges = new Int32Array(this.targets.length * 2);
    for (let e = 0; e < this.targets.length; e += 1) {
      this.edges[2 * e] = this.codes[e]!;
      this.edges[2 * e + 1] = this.targets[e]!;
    }
    for (let state = 0; state < count; state += 1) {
      this.states[4 * state] = 2 * this.first[state]!;
      this.states[4 * state + 1] = 2 * this.first[state + 1]!;
      this.states[4 * state + 2] = this.fail[state]!;
      this.states[4 * state + 3] = ends(state) ? state : this.dictionary[state]!;
    }
    // Only the packed form is read from here on.
    this.first = new Int32Array(1);
    this.codes = new Uint16Array(0);
    this.targets = this.fail = new Int32Array(0);
  }

  /** The state reached from `state` by `code` (0: no edge; from the root, the root). */
  private edge(state: number, code: number): number {
    if (state === 0) return this.rootEdges[code]!;
    for (let e = this.first[state]!, end = this.first[state + 1]!; e < end; e += 1) {
      const edge = this.codes[e]!;
      if (edge === code) return this.targets[e]!;
      if (edge > code) break;
    }
    return 0;
  }

  scan(text: string, present: Uint8Array, fold: boolean, found: number[]): void {
    if (this.empty) return;
    this.scans += 1;
    if (this.scans === 0x7fffffff) {
      this.stamps.fill(0);
      this.scans = 1;
    }
    const scan = this.scans;
    const { rootEdges, states, edges, dictionary, outputStart, outputs, stamps } = this;
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      let code = text.charCodeAt(i);
      if (fold) {
        if (code >= 0x41 && code <= 0x5a) code += 0x20;
        else if (code === 0x212a) code = 0x6b;
        else if (code === 0x17f) code = 0x73;
      }
      for (;;) {
        if (state === 0) {
          state = rootEdges[code]!;
          break;
        }
        const at = 4 * state;
        let next = 0;
        for (let e = states[at]!, end = states[at + 1]!; e < end; e += 2) {
          const edge = edges[e]!;
          if (edge === code) next = edges[e + 1]!;
          if (edge >= code) break;
        }
        if (next !== 0) {
          state = next;
          break;
        }
        state = states[at + 2]!;
      }
      for (let at = states[4 * state + 3]!; at > 0 && stamps[at] !== scan; at = dictionary[at]!) {
        stamps[at] = scan;
        for (let o = outputStart[at]!, end = outputStart[at + 1]!; o < end; o += 1) {
          const set = outputs[o]!;
          if (present[set] === 0) {
            present[set] = 1;
            found.push(set);
          }
        }
      }
    }
  }
}
