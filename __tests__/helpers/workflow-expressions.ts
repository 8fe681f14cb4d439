/**
 * GitHub's own expression library (`@actions/expressions`) applied to a workflow's text, as the runner
 * does: a job-level `if:` is an expression, `${{ }}` templates are expanded in `with:`, `env:` and
 * `concurrency`. Contexts are plain objects (github, vars, secrets, steps).
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';

export type Contexts = Record<string, unknown>;

export function contexts(values: Contexts): data.Dictionary {
  return JSON.parse(JSON.stringify(values), data.reviver) as data.Dictionary;
}

export function evaluate(expression: string, ctx: data.Dictionary): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const names = ctx.pairs().map((p) => p.key);
  return new Evaluator(new Parser(lexed.tokens, names, []).parse(), ctx).evaluate();
}

/** A job-level `if:` without `${{ }}`: GitHub runs the job when it is truthy. */
export function truthy(expression: string | undefined, ctx: data.Dictionary): boolean {
  const value = evaluate(expression ?? 'success()', ctx);
  return value.kind === data.Kind.Boolean ? value.value : value.coerceString() !== '';
}

/** A `${{ }}` template, as the runner expands it. */
export function expand(template: string, ctx: data.Dictionary): string {
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => evaluate(e, ctx).coerceString());
}
