import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** What the pre-filter knows of one pattern, from its syntax tree. */
export interface PatternShape {
  /**
   * Literals one of which every match contains (as the pattern's own flags compare characters), or
   * undefined when no useful set exists (then the pattern sees every file's whole text).
   */
  literals?: string[];
  /** Whether no match can contain a line feed: the finder may then run on single lines. */
  lineLocal: boolean;
}

/** Literals shorter than this select too many lines to be worth a pre-filter. */
const MIN_LITERAL = 2;
/** More alternatives than this and the set is not worth it either. */
const MAX_LITERALS = 64;

type Lits = string[] | undefined;

/** The pre-filter facts of a pattern written in JavaScript syntax; a pattern that does not parse gets none. */
export function patternShape(source: string, flags: string): PatternShape {
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
      unicode: flags.includes('u'),
      unicodeSets: flags.includes('v'),
    });
  } catch {
    return { lineLocal: false };
  }
  const literals = alternativesLits(ast.alternatives);
  const lineLocal = !flags.includes('v') && !alternativesMatchNewline(ast.alternatives, flags.includes('s'));
  const useful =
    literals && literals.length <= MAX_LITERALS && literals.every((l) => l.length >= MIN_LITERAL);
  // A literal holding another of the set adds nothing: a text holding it holds the shorter one too.
  const minimal = useful
    ? [...new Set(literals)].filter((l, _, all) => !all.some((o) => o !== l && l.includes(o)))
    : undefined;
  return { literals: minimal, lineLocal };
}

function alternativesLits(alternatives: readonly AST.Alternative[]): Lits {
  const out: string[] = [];
  for (const alt of alternatives) {
    const l = alternativeLits(alt);
    if (!l) return undefined;
    out.push(...l);
  }
  return out;
}

/** A run of literals grows through small classes (`xox[bp]-`) into at most this many alternatives. */
const MAX_RUN_SET = 16;
/** A counted repetition (`(\.\./){3}`) is spelled out up to this many characters. */
const MAX_REPEAT_LENGTH = 32;

/** The most selective required set of one sequence: a run of literal characters, or a group's set. */
function alternativeLits(alt: AST.Alternative): Lits {
  const candidates: string[][] = [];
  // The run: every way the literal characters (and small classes) since the last break can be spelled.
  let run: string[] = [''];
  const end = () => {
    if (run[0] !== '') candidates.push(run);
    run = [''];
  };
  const append = (choices: string[]) => {
    if (run.length * choices.length > MAX_RUN_SET) {
      end();
      if (choices.length > MAX_RUN_SET) return;
    }
    run = run.flatMap((r) => choices.map((c) => r + c));
  };
  for (const e of alt.elements) {
    // A character, a small class, or a group or an optional or counted part with few exact spellings
    // continues the run: `(api|secret)_?key` needs one of apikey, api_key, secretkey, secret_key.
    const exact = exactSpellings(e);
    if (exact) {
      append(exact);
      continue;
    }
    if (e.type === 'Quantifier') {
      const single = e.element.type === 'Character' ? [String.fromCodePoint(e.element.value)] : undefined;
      if (e.min >= 1 && single) {
        append(single);
        end();
        run = single;
      } else {
        end();
        if (e.min >= 1) {
          const inner = elementLits(e.element);
          if (inner) candidates.push(repeated(inner, e.min));
        }
      }
    } else if (e.type === 'Group' || e.type === 'CapturingGroup') {
      end();
      const inner = alternativesLits(e.alternatives);
      if (inner) candidates.push(inner);
    } else {
      end();
    }
  }
  end();
  let best: string[] | undefined;
  const score = (s: string[]) => Math.min(...s.map((x) => x.length));
  for (const c of candidates) {
    if (c.length === 0) continue;
    if (!best || score(c) > score(best) || (score(c) === score(best) && c.length < best.length)) best = c;
  }
  return best;
}

/**
 * Every string an element matches, when it matches only a few fixed strings (a group of exact
 * alternatives, an optional or fixed-count repetition of one); undefined otherwise. The empty string is
 * among them when the element may match nothing.
 */
function exactSpellings(e: AST.Element): string[] | undefined {
  switch (e.type) {
    case 'Character':
      return [String.fromCodePoint(e.value)];
    case 'CharacterClass':
      return classChoices(e);
    case 'Group':
    case 'CapturingGroup': {
      const out: string[] = [];
      for (const alt of e.alternatives) {
        let spelled: string[] = [''];
        for (const el of alt.elements) {
          const inner = exactSpellings(el);
          if (!inner || spelled.length * inner.length > MAX_RUN_SET) return undefined;
          spelled = spelled.flatMap((a) => inner.map((b) => a + b));
        }
        out.push(...spelled);
        if (out.length > MAX_RUN_SET) return undefined;
      }
      return [...new Set(out)];
    }
    case 'Quantifier': {
      const inner = exactSpellings(e.element);
      if (!inner) return undefined;
      if (e.min === 0 && e.max === 1) return inner.includes('') ? inner : ['', ...inner];
      if (
        e.min === e.max &&
        e.min >= 1 &&
        inner.length === 1 &&
        e.min * (inner[0] as string).length <= MAX_REPEAT_LENGTH
      )
        return [(inner[0] as string).repeat(e.min)];
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The characters of a small class of single characters (`[baprs]`), or undefined. */
function classChoices(c: AST.CharacterClass): string[] | undefined {
  if (c.negate || c.elements.length > 8) return undefined;
  const out: string[] = [];
  for (const el of c.elements) {
    if (el.type !== 'Character') return undefined;
    out.push(String.fromCodePoint(el.value));
  }
  return out.length > 0 ? [...new Set(out)] : undefined;
}

/** A single literal repeated `times` times in a row (what `(ab){3}` requires), else the set itself. */
function repeated(inner: string[], times: number): string[] {
  if (inner.length !== 1 || times < 2) return inner;
  const one = inner[0] as string;
  const n = Math.min(times, Math.floor(MAX_REPEAT_LENGTH / Math.max(1, one.length)));
  return n >= 2 ? [one.repeat(n)] : inner;
}

function elementLits(e: AST.QuantifiableElement): Lits {
  if (e.type === 'Character') return [String.fromCodePoint(e.value)];
  if (e.type === 'Group' || e.type === 'CapturingGroup') return alternativesLits(e.alternatives);
  return undefined;
}

const LF = 10;

function alternativesMatchNewline(alternatives: readonly AST.Alternative[], dotAll: boolean): boolean {
  return alternatives.some((a) => a.elements.some((e) => elementMatchesNewline(e, dotAll)));
}

function elementMatchesNewline(e: AST.Element, dotAll: boolean): boolean {
  switch (e.type) {
    case 'Character':
      return e.value === LF;
    case 'CharacterClass':
      return classMatchesNewline(e);
    case 'CharacterSet':
      return setMatchesNewline(e, dotAll);
    case 'Quantifier':
      return elementMatchesNewline(e.element, dotAll);
    case 'Group':
    case 'CapturingGroup':
      return alternativesMatchNewline(e.alternatives, dotAll);
    case 'Assertion':
      return e.kind === 'lookahead' || e.kind === 'lookbehind'
        ? alternativesMatchNewline(e.alternatives, dotAll)
        : false;
    case 'Backreference':
      return false;
    default:
      return true;
  }
}

function classMatchesNewline(c: AST.CharacterClass): boolean {
  let inside = false;
  for (const el of c.elements) {
    if (el.type === 'Character') inside ||= el.value === LF;
    else if (el.type === 'CharacterClassRange') inside ||= el.min.value <= LF && LF <= el.max.value;
    else if (el.type === 'CharacterSet') inside ||= setMatchesNewline(el, false);
    else return true;
  }
  return c.negate ? !inside : inside;
}

function setMatchesNewline(s: AST.CharacterSet | AST.EscapeCharacterSet, dotAll: boolean): boolean {
  switch (s.kind) {
    case 'any':
      return dotAll;
    case 'digit':
      return s.negate;
    case 'word':
      return s.negate;
    case 'space':
      return !s.negate;
    default:
      return true;
  }
}
