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
  return { literals: useful ? [...new Set(literals)] : undefined, lineLocal };
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

/** The most selective required set of one sequence: a run of literal characters, or a group's set. */
function alternativeLits(alt: AST.Alternative): Lits {
  const candidates: string[][] = [];
  let run = '';
  const end = () => {
    if (run !== '') candidates.push([run]);
    run = '';
  };
  for (const e of alt.elements) {
    if (e.type === 'Character') {
      run += String.fromCodePoint(e.value);
    } else if (e.type === 'Quantifier') {
      if (e.min >= 1 && e.element.type === 'Character') {
        const ch = String.fromCodePoint(e.element.value);
        run += ch;
        end();
        run = ch;
      } else {
        end();
        if (e.min >= 1) {
          const inner = elementLits(e.element);
          if (inner) candidates.push(inner);
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
