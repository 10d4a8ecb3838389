import type * as z from 'zod/mini';
import { en } from '../locales/en.js';
import { shown } from '../locales/shown.js';
import type { Locale, RuleProblemParams, ValueKind } from '../locales/types.js';
import { matchKey } from '../resolve/normalize.js';
import { closest } from '../resolve/suggest.js';
import { lazy } from '../resolve/text-index.js';
import { kindOf } from '../schema/read-row.js';
import { combinators, fieldDomain, fieldOperators, numericOperators, ruleFields, shallowSchemas } from './rule-schema.js';
import type { Condition, Rule } from './types.js';

/**
 * A rule-problem code: the keys of `RuleProblemParams`.
 * @example const code: RuleProblemCode = 'unknown_field';
 * @category Rules
 */
export type RuleProblemCode = keyof RuleProblemParams;

/**
 * One thing wrong with a rule set: a union keyed on `code`, with the place as a path
 * from `rules[i]`, the message in the chosen locale, and the parameters it was made from.
 * @example
 * const problem: RuleProblem = {
 *   code: 'invalid_value', path: 'rules[3].when.all[1].in', value: 'resellr', kind: 'category',
 *   message: "'resellr' is not a partner category",
 * };
 * @category Rules
 */
export type RuleProblem = {
  [C in RuleProblemCode]: {
    readonly code: C;
    /** Where, e.g. `'rules[3].when.all[1].in'`; `''` when the input as a whole is wrong. */
    readonly path: string;
    readonly message: string;
  } & RuleProblemParams[C];
}[RuleProblemCode];

/**
 * Options for {@link validateRules}.
 * @example validateRules(data, { locale: sv });
 * @category Rules
 */
export interface ValidateRulesOptions {
  /** The language of problem messages; English by default. */
  readonly locale?: Locale;
}

/**
 * What {@link validateRules} returns: the rules, copied and frozen, or every problem.
 * @example
 * const result: ValidateRulesResult = validateRules(data);
 * if (!result.ok) for (const p of result.problems) console.error(`${p.path}: ${p.message}`);
 * @category Rules
 */
export type ValidateRulesResult =
  | { readonly ok: true; readonly rules: readonly Rule[] }
  | { readonly ok: false; readonly problems: readonly RuleProblem[] };

/**
 * How deep conditions may nest, counting `when` as 1. The cap keeps checking and
 * evaluating well inside the call stack's limits; at the last level only a field test
 * fits, and a deeper `all`, `any` or `not` is reported as an `unknown_key`.
 * @example maxConditionDepth // 64
 * @category Rules
 */
export const maxConditionDepth = 64;

type Key = string | number;
type Report = <C extends RuleProblemCode>(code: C, path: string, params: RuleProblemParams[C]) => void;

const identifier = /^[A-Za-z_$][\w$]*$/;

/** Appends a key to a path the way JavaScript would write it: `.in`, `[1]`, `["a b"]`. */
function join(path: string, key: Key): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!identifier.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}


const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const own = (value: unknown, key: Key): unknown =>
  (isObject(value) || Array.isArray(value)) && Object.hasOwn(value, key)
    ? (value as Record<Key, unknown>)[key]
    : undefined;

const knownKinds: ReadonlySet<string> = new Set(['null', 'number', 'boolean', 'string', 'array', 'object']);
const numeric: ReadonlySet<string> = new Set(numericOperators);

// zod's issues turned into ours, with our messages; zod's own texts never surface.
function reportIssues(
  report: Report,
  issues: readonly z.core.$ZodIssue[],
  node: unknown,
  path: string,
  allowed: readonly string[],
): void {
  for (const issue of issues) {
    const keys = issue.path.filter((k): k is Key => typeof k !== 'symbol');
    const at = keys.reduce<string>(join, path);
    const key = String(keys[0] ?? '');
    const value = keys.reduce<unknown>(own, node);
    if (issue.code === 'unrecognized_keys') {
      for (const extra of issue.keys) report('unknown_key', join(at, extra), { key: shown(extra), allowed });
    } else if (value === undefined && keys.length === 1) {
      report('missing_key', at, { key });
    } else if (issue.code === 'too_small') {
      if (issue.origin === 'array') report('empty_list', at, { operator: key });
      else report('missing_key', at, { key });
    } else if (issue.code === 'invalid_value' && typeof value !== 'string') {
      report('wrong_type', at, { expected: 'string', valueKind: kindOf(value) });
    } else if (issue.code === 'invalid_value' && key === 'recommend') {
      report('invalid_value', at, { value: shown(value as string), kind: 'option' });
    } else if (issue.code === 'invalid_value') {
      // No code names a bad `source`; unknown_key's text ("'x' is not allowed here; use
      // 'article', 'heuristic' or 'user'") says exactly what is wrong.
      report('unknown_key', at, { key: shown(value as string), allowed: issue.values.map(String) });
    } else if (numeric.has(key)) {
      report('not_a_number', at, { operator: key });
    } else {
      const expected = issue.code === 'invalid_type' && knownKinds.has(issue.expected) ? issue.expected : 'string';
      report('wrong_type', at, { expected: expected as ValueKind, valueKind: kindOf(value) });
    }
  }
}

const fieldNames = /* @__PURE__ */ lazy(() => ruleFields.named.map((f) => [matchKey(f), f] as const));

function suggestField(field: string): string | undefined {
  // Case is the likely slip in a custom name, and custom names cannot be listed.
  if (field.toLowerCase().startsWith('custom.') && field.length > 7) return `custom.${field.slice(7)}`;
  return closest(field, fieldNames());
}

type Scalar = string | number | boolean;
type TestOperator = (typeof fieldOperators)[number];

// The field is checked even when the operand is malformed, so both problems show at once.
function checkTest(
  report: Report,
  node: Readonly<Record<string, unknown>>,
  op: TestOperator,
  path: string,
): Condition | undefined {
  const result = shallowSchemas.test[op].safeParse(node);
  if (!result.success) reportIssues(report, result.error.issues, node, path, ['field', op]);
  const field = node['field'];
  const domain = typeof field === 'string' ? fieldDomain(field) : undefined;
  if (typeof field === 'string' && domain === undefined) {
    const suggestion = suggestField(field);
    const params = { field: shown(field) };
    report('unknown_field', join(path, 'field'), suggestion === undefined ? params : { ...params, suggestion });
  }
  if (!result.success) return undefined;
  const operand = node[op] as Scalar | readonly Scalar[];
  if ((op === 'equals' || op === 'in') && domain !== undefined && domain !== 'scalar') {
    const values: readonly Scalar[] = Array.isArray(operand) ? operand : [operand as Scalar];
    if (domain === 'number') {
      if (values.some((v) => typeof v !== 'number')) report('not_a_number', join(path, op), { operator: op });
    } else {
      for (const v of values) {
        if (typeof v !== 'string' || !domain.values.includes(v)) {
          report('invalid_value', join(path, op), { value: shown(String(v)), kind: domain.kind });
        }
      }
    }
  }
  const copy = { field, [op]: Array.isArray(operand) ? Object.freeze([...operand]) : operand };
  return Object.freeze(copy) as unknown as Condition;
}

/** Checks a condition and returns a frozen copy of it (meaningful only without problems). */
function checkCondition(report: Report, node: unknown, path: string, depth: number): Condition | undefined {
  if (!isObject(node)) {
    report('wrong_type', path, { expected: 'object', valueKind: kindOf(node) });
    return undefined;
  }
  const has = (key: string) => Object.hasOwn(node, key);
  const op = has('field') ? fieldOperators.find(has) : undefined;
  const combinator = op === undefined ? combinators.find(has) : undefined;
  if (op !== undefined) return checkTest(report, node, op, path);
  if (combinator === undefined) {
    report('unknown_operator', path, { keys: Object.keys(node) });
    return undefined;
  }
  if (depth >= maxConditionDepth) {
    report('unknown_key', join(path, combinator), { key: combinator, allowed: ['field', ...fieldOperators] });
    return undefined;
  }
  const result = shallowSchemas[combinator].safeParse(node);
  if (!result.success) reportIssues(report, result.error.issues, node, path, [combinator]);
  const child = node[combinator];
  if (combinator === 'not') {
    if (child === undefined) report('missing_key', join(path, 'not'), { key: 'not' });
    const inner = child === undefined ? undefined : checkCondition(report, child, join(path, 'not'), depth + 1);
    return inner && Object.freeze({ not: inner });
  }
  if (!Array.isArray(child)) return undefined;
  const at = join(path, combinator);
  const items = child.map((item: unknown, i) => checkCondition(report, item, join(at, i), depth + 1));
  return Object.freeze({ [combinator]: Object.freeze(items) }) as unknown as Condition;
}

function checkRule(report: Report, node: unknown, path: string): Rule | undefined {
  const result = shallowSchemas.rule.safeParse(node);
  if (!result.success) reportIssues(report, result.error.issues, node, path, shallowSchemas.ruleKeys);
  if (!isObject(node)) return undefined;
  // zod lets a present-but-undefined key pass as unknown; only JavaScript callers can pass one.
  if (Object.hasOwn(node, 'when') && node['when'] === undefined) {
    report('missing_key', join(path, 'when'), { key: 'when' });
  }
  const when = node['when'] === undefined ? undefined : checkCondition(report, node['when'], join(path, 'when'), 1);
  if (!result.success || when === undefined) return undefined;
  const { id, description, recommend, priority, source } = node as unknown as Rule;
  return Object.freeze({
    id,
    description,
    when,
    recommend,
    ...(priority === undefined ? {} : { priority }),
    ...(source === undefined ? {} : { source }),
  });
}

/**
 * Checks a rule set from JSON or your own code: its structure, that fields exist and
 * values fit them (`'resellr'` is no category), and that rule ids are unique. Every
 * problem is listed, each with its path from `rules[i]`. It never throws on data.
 * @param data - An array of rules, or a rule file `{ rules: [...] }`.
 * @param options - The message locale.
 * @returns `{ ok: true, rules }` with frozen copies of the rules, or `{ ok: false, problems }`.
 * @example
 * const result = validateRules({ rules: [
 *   { id: 'r', description: 'VARs', when: { field: 'category', in: ['resellr'] }, recommend: 'sla' },
 * ] });
 * result.ok === false && result.problems[0].message // "'resellr' is not a partner category"
 * @category Rules
 */
export function validateRules(data: unknown, options: ValidateRulesOptions = {}): ValidateRulesResult {
  const locale = options.locale ?? en;
  const problems: RuleProblem[] = [];
  const report: Report = (code, path, params) => {
    const message = (locale.ruleProblems[code] as (p: typeof params) => string)(params);
    problems.push({ code, path, ...params, message } as RuleProblem);
  };

  let list: unknown = data;
  if (!Array.isArray(data)) {
    const result = shallowSchemas.file.safeParse(data);
    if (!result.success) {
      reportIssues(report, result.error.issues, data, '', shallowSchemas.fileKeys);
    }
    list = own(data, 'rules');
  }
  if (!Array.isArray(list)) return { ok: false, problems };

  const rules: Rule[] = [];
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const path = `rules[${i}]`;
    const rule = checkRule(report, list[i], path);
    if (rule !== undefined) rules.push(rule);
    const id = own(list[i], 'id');
    if (typeof id !== 'string' || id === '') continue;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else report('duplicate_rule_id', join(path, 'id'), { id, firstIndex: first });
  }
  return problems.length === 0 ? { ok: true, rules: Object.freeze(rules) } : { ok: false, problems };
}

/**
 * Checks one condition the way {@link validateRules} checks a rule's `when`, with paths
 * from `path`. For other uses of the condition language, such as named segments.
 * @example
 * ```ts
 * validateConditionAt({ field: 'category', equals: 'resellr' }, 'segments[0].when').problems[0]?.message
 * // "'resellr' is not a partner category"
 * ```
 * @internal
 */
export function validateConditionAt(
  data: unknown,
  path: string,
  options: ValidateRulesOptions = {},
): { readonly condition: Condition | undefined; readonly problems: readonly RuleProblem[] } {
  const locale = options.locale ?? en;
  const problems: RuleProblem[] = [];
  const report: Report = (code, at, params) => {
    const message = (locale.ruleProblems[code] as (p: typeof params) => string)(params);
    problems.push({ code, path: at, ...params, message } as RuleProblem);
  };
  const condition = checkCondition(report, data, path, 1);
  return { condition: problems.length === 0 ? condition : undefined, problems };
}
