import { enRuleText } from '../locales/en-rules.js';
import { shown } from '../locales/shown.js';
import type { RuleText, RuleProblemParams, ValueKind } from '../locales/types.js';
import { matchKey } from '../resolve/normalize.js';
import { closest } from '../resolve/suggest.js';
import { lazy } from '../resolve/text-index.js';
import { kindOf } from '../schema/read-row.js';
import { managementOptions } from '../taxonomy/ids.js';
import { isDefaultRule } from './default-rule-marks.js';
import { operatorNames, operators, type OperatorName } from './operators.js';
import { fieldDomain, ruleFields, ruleSources } from './rule-fields.js';
import type { Condition, Rule, Scalar } from './types.js';

/**
 * A rule-problem code: the keys of `RuleProblemParams`.
 * @example const code: RuleProblemCode = 'unknown_field';
 * @category Rules
 */
export type RuleProblemCode = keyof RuleProblemParams;

/**
 * One thing wrong with a rule set: a union keyed on `code`, with the place as a path
 * from `rules[i]`, the rule's id when it has one, the message in the chosen locale, and
 * the parameters it was made from.
 * @example
 * const problem: RuleProblem = {
 *   code: 'invalid_value', path: 'rules[3].when.all[1].in', rule: 'strategic-si', value: 'resellr', kind: 'category',
 *   message: "'resellr' is not a partner category",
 * };
 * @category Rules
 */
export type RuleProblem = {
  [C in RuleProblemCode]: {
    readonly code: C;
    /**
     * Where, e.g. `'rules[3].when.all[1].in'`; `''` when the input as a whole is wrong.
     * `rules[i]` counts your rules only: the default rules in a list are not counted.
     */
    readonly path: string;
    /** The id of the rule the problem is in, when it has one. */
    readonly rule?: string;
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
  readonly locale?: RuleText;
}

/**
 * What {@link validateRules} returns: the rules, copied and frozen, or every problem.
 * @example
 * const result: ValidateRulesResult = validateRules(data);
 * if (!result.ok) for (const p of result.problems) console.error(`${p.path}: ${p.message}`);
 * @category Rules
 */
export type ValidateRulesResult =
  | {
      /** The rule set has no problems. */
      readonly ok: true;
      /** The rules, frozen, in the order given (default rules included). */
      readonly rules: readonly Rule[];
    }
  | {
      /** The rule set has problems. */
      readonly ok: false;
      /** Every problem found, in the order of the input. */
      readonly problems: readonly RuleProblem[];
    };

/**
 * How deep conditions may nest, counting `when` as 1. The cap keeps checking and
 * evaluating well inside the call stack's limits; at the last level only a field test
 * fits, and a deeper `all`, `any` or `not` is reported as `too_deep`.
 * @example maxConditionDepth // 64
 * @category Rules
 */
export const maxConditionDepth = 64;

/** Where problems go: a collector's `report`. @internal */
export type Report = <C extends RuleProblemCode>(code: C, path: string, params: RuleProblemParams[C]) => void;
type Node = Readonly<Record<string, unknown>>;

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * Appends a key to a path the way JavaScript would write it: `.in`, `[1]`, `["a b"]`.
 * @internal
 */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!identifier.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

const isObject = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);
const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
const combinators = ['all', 'any', 'not'] as const;

/**
 * Checks an object's keys in the order of `checks` (each key's check is given its value,
 * `undefined` when absent, and its path), then reports the keys it does not allow.
 */
function checkKeys(report: Report, node: Node, path: string, checks: Record<string, (value: unknown, at: string) => void>): void {
  for (const [key, check] of Object.entries(checks)) check(Object.hasOwn(node, key) ? node[key] : undefined, join(path, key));
  const allowed = Object.keys(checks);
  for (const key of Object.keys(node)) if (!allowed.includes(key)) report('unknown_key', join(path, key), { key: shown(key), allowed });
}

// Checks of one value, by what it must be; `undefined` is a missing key unless optional.
const required =
  (report: Report, key: string, check: (value: unknown, at: string) => void) =>
  (value: unknown, at: string): void =>
    value === undefined ? report('missing_key', at, { key }) : check(value, at);
const optional =
  (check: (value: unknown, at: string) => void) =>
  (value: unknown, at: string): void =>
    value === undefined ? undefined : check(value, at);
const ofType = (report: Report, expected: ValueKind) => (value: unknown, at: string) => {
  if (kindOf(value) !== expected || (typeof value === 'number' && !Number.isFinite(value))) {
    report('wrong_type', at, { expected, valueKind: kindOf(value) });
  }
};

const fieldNames = /* @__PURE__ */ lazy(() => ruleFields.named.map((f) => [matchKey(f), f] as const));

function suggestField(field: string): string | undefined {
  // Case is the likely slip in a custom name, and custom names cannot be listed.
  if (field.toLowerCase().startsWith('custom.') && field.length > 7) return `custom.${field.slice(7)}`;
  return closest(field, fieldNames());
}

/** A report that remembers whether it was used: whether a node had problems of its own. */
function noting(report: Report): Report & { noted: boolean } {
  const noted = ((code, path, params) => {
    noted.noted = true;
    report(code, path, params);
  }) as Report & { noted: boolean };
  noted.noted = false;
  return noted;
}

// The operand's shape, by the operator's kind of operand; a kind added to the table does
// not compile until it is checked here.
function checkOperand(report: Report, name: OperatorName, operand: unknown, at: string): void {
  const kind = operators[name].operand;
  switch (kind) {
    case 'value':
      if (!isScalar(operand)) report('wrong_type', at, { expected: 'scalar', valueKind: kindOf(operand) });
      return;
    case 'values':
      if (!Array.isArray(operand)) report('wrong_type', at, { expected: 'array', valueKind: kindOf(operand) });
      else if (operand.length === 0) report('empty_list', at, { operator: name });
      else operand.forEach((v: unknown, i) => isScalar(v) || report('wrong_type', join(at, i), { expected: 'scalar', valueKind: kindOf(v) }));
      return;
    case 'presence':
      return ofType(report, 'boolean')(operand, at);
    case 'number':
      if (typeof operand !== 'number' || !Number.isFinite(operand)) report('not_a_number', at, { operator: name });
      return;
    case 'text':
      return ofType(report, 'string')(operand, at);
    default:
      return kind satisfies never;
  }
}

// The field is checked even when the operand is malformed, so both problems show at once.
function checkTest(report: Report, node: Node, name: OperatorName, path: string): Condition | undefined {
  const field = node['field'];
  const ownProblems = noting(report);
  checkKeys(ownProblems, node, path, { field: ofType(ownProblems, 'string'), [name]: (operand, at) => checkOperand(ownProblems, name, operand, at) });
  const domain = typeof field === 'string' ? fieldDomain(field) : undefined;
  if (typeof field === 'string' && domain === undefined) {
    const suggestion = suggestField(field);
    report('unknown_field', join(path, 'field'), suggestion === undefined ? { field: shown(field) } : { field: shown(field), suggestion });
  }
  if (ownProblems.noted) return undefined;
  const operand = node[name] as Scalar | readonly Scalar[];
  const kind = operators[name].operand;
  if ((kind === 'value' || kind === 'values') && domain !== undefined && domain !== 'scalar') {
    const values: readonly Scalar[] = Array.isArray(operand) ? operand : [operand as Scalar];
    if (domain === 'number') {
      if (values.some((v) => typeof v !== 'number')) report('not_a_number', join(path, name), { operator: name });
    } else {
      for (const v of values) {
        if (typeof v !== 'string' || !domain.values.includes(v)) {
          report('invalid_value', join(path, name), { value: shown(String(v)), kind: domain.kind });
        }
      }
    }
  }
  return Object.freeze({ field, [name]: Array.isArray(operand) ? Object.freeze([...operand]) : operand }) as unknown as Condition;
}

/** Checks a condition and returns a frozen copy of it (meaningful only without problems). */
function checkCondition(report: Report, node: unknown, path: string, depth: number): Condition | undefined {
  if (!isObject(node)) {
    report('wrong_type', path, { expected: 'object', valueKind: kindOf(node) });
    return undefined;
  }
  const has = (key: string) => Object.hasOwn(node, key);
  const name = has('field') ? operatorNames.find(has) : undefined;
  if (name !== undefined) return checkTest(report, node, name, path);
  const combinator = combinators.find(has);
  if (combinator === undefined) {
    report('unknown_operator', path, { keys: Object.keys(node).map(shown), operators: operatorNames });
    return undefined;
  }
  if (depth >= maxConditionDepth) {
    report('too_deep', join(path, combinator), { max: maxConditionDepth });
    return undefined;
  }
  const checkPart = (part: unknown, at: string) => checkCondition(report, part, at, depth + 1);
  checkKeys(report, node, path, {
    [combinator]: required(report, combinator, (child, at) => {
      if (combinator === 'not') return;
      if (!Array.isArray(child)) report('wrong_type', at, { expected: 'array', valueKind: kindOf(child) });
      else if (child.length === 0) report('empty_list', at, { operator: combinator });
    }),
  });
  // Children after the node's own problems, as they are deeper in the file.
  if (combinator === 'not') {
    const inner = node['not'] === undefined ? undefined : checkPart(node['not'], join(path, 'not'));
    return inner && Object.freeze({ not: inner });
  }
  const child = node[combinator];
  if (!Array.isArray(child)) return undefined;
  const parts = child.map((part: unknown, i) => checkPart(part, join(join(path, combinator), i)));
  return Object.freeze({ [combinator]: Object.freeze(parts) }) as unknown as Condition;
}

function checkRule(report: Report, node: unknown, path: string): Rule | undefined {
  if (!isObject(node)) {
    report('wrong_type', path, { expected: 'object', valueKind: kindOf(node) });
    return undefined;
  }
  const ownProblems = noting(report);
  const oneOf = (values: readonly string[], onOther: (value: string, at: string) => void) => (value: unknown, at: string) =>
    typeof value !== 'string' ? ofType(ownProblems, 'string')(value, at) : values.includes(value) ? undefined : onOther(value, at);
  checkKeys(ownProblems, node, path, {
    id: required(ownProblems, 'id', (id, at) => (id === '' ? ownProblems('missing_key', at, { key: 'id' }) : ofType(ownProblems, 'string')(id, at))),
    description: required(ownProblems, 'description', ofType(ownProblems, 'string')),
    when: required(ownProblems, 'when', () => undefined),
    recommend: required(ownProblems, 'recommend', oneOf(managementOptions, (value, at) => ownProblems('invalid_value', at, { value: shown(value), kind: 'option' }))),
    priority: optional(ofType(ownProblems, 'number')),
    // No code names a bad `source`; unknown_key's text ("'x' is not allowed here; use
    // 'article', 'heuristic' or 'user'") says exactly what is wrong.
    source: optional(oneOf(ruleSources, (value, at) => ownProblems('unknown_key', at, { key: shown(value), allowed: ruleSources }))),
  });
  const when = node['when'] === undefined ? undefined : checkCondition(report, node['when'], join(path, 'when'), 1);
  if (ownProblems.noted || when === undefined) return undefined;
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
 * A report that words each problem in `locale` and collects it: how rule files and the
 * named segments beside them report their problems.
 * @internal
 */
export function collector(locale: RuleText): { readonly problems: RuleProblem[]; readonly report: Report; rule: string | undefined } {
  const problems: RuleProblem[] = [];
  const state = {
    problems,
    rule: undefined as string | undefined,
    report: ((code, path, params) => {
      const message = (locale.ruleProblems[code] as (p: typeof params) => string)(params);
      problems.push({ code, path, ...(state.rule === undefined ? {} : { rule: state.rule }), ...params, message } as RuleProblem);
    }) as Report,
  };
  return state;
}

/**
 * Checks a rule set from JSON or your own code: its structure, that fields exist and
 * values fit them (`'resellr'` is no category), and that rule ids are unique. Every
 * problem is listed, each with its path from `rules[i]` (counting your rules only: the
 * default rules in a list are not counted) and the rule's id. It never throws on data.
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
  const collected = collector(options.locale ?? enRuleText);
  const { problems, report } = collected;
  let list: unknown = data;
  if (!Array.isArray(data)) {
    if (!isObject(data)) report('wrong_type', '', { expected: 'object', valueKind: kindOf(data) });
    else {
      const check = ofType(report, 'array');
      checkKeys(report, data, '', { $schema: optional(ofType(report, 'string')), rules: required(report, 'rules', check), segments: optional(check) });
    }
    list = isObject(data) && Object.hasOwn(data, 'rules') ? data['rules'] : undefined;
  }
  if (!Array.isArray(list)) return { ok: false, problems };

  const rules: Rule[] = [];
  // Each id's first rule: its place among your rules, or undefined for a default rule.
  const first = new Map<string, number | undefined>();
  let position = 0;
  for (const item of list as readonly unknown[]) {
    const library = isDefaultRule(item);
    const at = library ? undefined : position++;
    const path = at === undefined ? '' : join('rules', at);
    const id = isObject(item) && Object.hasOwn(item, 'id') ? item['id'] : undefined;
    collected.rule = typeof id === 'string' && id !== '' ? id : undefined;
    // The default rules are valid: only their ids are checked, against yours.
    const rule = library ? (item as Rule) : checkRule(report, item, path);
    if (rule !== undefined) rules.push(rule);
    if (collected.rule === undefined) continue;
    if (!first.has(collected.rule)) first.set(collected.rule, at);
    else {
      const firstIndex = first.get(collected.rule);
      // Between your rule and a default rule, the problem is yours, whichever comes first.
      const where = at ?? firstIndex;
      report('duplicate_rule_id', where === undefined ? '' : join(join('rules', where), 'id'), {
        id: collected.rule,
        ...(at === undefined || firstIndex === undefined ? {} : { firstIndex }),
      });
    }
  }
  return problems.length === 0 ? { ok: true, rules: Object.freeze(rules) } : { ok: false, problems };
}

/**
 * Checks one condition the way {@link validateRules} checks a rule's `when`, reporting
 * with paths from `path`: for other uses of the condition language, such as named
 * segments. Returns the condition only when it has no problem.
 * @example
 * ```ts
 * const { problems, report } = collector(enRuleText);
 * checkConditionAt(report, { field: 'category', equals: 'resellr' }, 'segments[0].when'); // undefined
 * problems[0]?.message // "'resellr' is not a partner category"
 * ```
 * @internal
 */
export function checkConditionAt(report: Report, data: unknown, path: string): Condition | undefined {
  const own = noting(report);
  const condition = checkCondition(own, data, path, 1);
  return own.noted ? undefined : condition;
}
