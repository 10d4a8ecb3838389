/**
 * A naive reference for the rule engine, written from the README's description of rules
 * ("Recommending how to manage a partner") and the hit policy's TSDoc, not from the
 * engine's compiler: it walks each condition on each record, every time, with nothing
 * settled in advance, bucketed, indexed or cached. The property tests hold the engine to
 * it. Only the taxonomy's facts (a category's function, group and subtype) are shared.
 */
import { categoryNodes } from '../../src/taxonomy/data.js';
import type { Condition, Rule, RuleContext } from '../../src/rules/types.js';

/** A field's value for a record: there, not there, or needed (the taxonomy needs it). */
type Value = { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'absent' } | { readonly kind: 'needed'; readonly need: string };

/** Three-valued: a condition holds, does not, or cannot be told without `needs`. */
type Outcome = 'true' | 'false' | 'unknown';

const subtypeFields = new Set(categoryNodes.flatMap((n) => (n.subtype === null ? [] : [n.subtype.field as string])));

// "an empty or missing value is not there"
const given = (value: unknown): Value => (value === undefined || value === null || value === '' ? { kind: 'absent' } : { kind: 'value', value });

function valueOf(field: string, record: Record<string, unknown>, context: RuleContext | undefined): Value {
  const node = categoryNodes.find((n) => n.id === record['category']);
  // The category, and what follows from it (function, group), are needed to decide.
  if (field === 'category' || field === 'function' || field === 'group') {
    if (node === undefined) return { kind: 'needed', need: 'category' };
    return given(field === 'category' ? node.id : node[field]);
  }
  // A subtype belongs to its own category; on it, a missing subtype is needed.
  if (subtypeFields.has(field)) {
    if (node === undefined) return { kind: 'needed', need: 'category' };
    if (node.subtype?.field !== field) return { kind: 'absent' };
    const value = given(record[field]);
    return value.kind === 'absent' ? { kind: 'needed', need: field } : value;
  }
  if (field.startsWith('custom.')) {
    const custom = record['custom'];
    const name = field.slice('custom.'.length);
    return custom !== null && typeof custom === 'object' && Object.hasOwn(custom, name)
      ? given((custom as Record<string, unknown>)[name])
      : { kind: 'absent' };
  }
  if (field.startsWith('context.')) return given((context as Record<string, unknown> | undefined)?.[field.slice('context.'.length)]);
  return given(record[field]);
}

// "text that reads as a number is compared as one"
const asNumber = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN);
// A number and its text are the same value; "true"/"false" (any case) are the booleans.
function same(v: unknown, expected: unknown): boolean {
  if (v === expected) return true;
  if (typeof expected === 'string') return typeof v === 'number' && String(v) === expected;
  if (typeof expected === 'number') return asNumber(v) === expected;
  return typeof expected === 'boolean' && typeof v === 'string' && v.trim().toLowerCase() === String(expected);
}
// Text tests ignore case and read a number as its text.
const text = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v).toLowerCase() : undefined);

const truth = (b: boolean): Outcome => (b ? 'true' : 'false');

/** Whether a condition holds, and the fields it needs when it cannot be told. */
export function outcome(condition: Condition, record: Record<string, unknown>, context: RuleContext | undefined): { outcome: Outcome; needs: string[] } {
  if ('all' in condition || 'any' in condition) {
    const parts = ('all' in condition ? condition.all : condition.any).map((c) => outcome(c, record, context));
    const decisive = 'all' in condition ? 'false' : 'true';
    if (parts.some((p) => p.outcome === decisive)) return { outcome: decisive, needs: [] };
    const unknown = parts.filter((p) => p.outcome === 'unknown');
    if (unknown.length > 0) return { outcome: 'unknown', needs: unknown.flatMap((p) => p.needs) };
    return { outcome: 'all' in condition ? 'true' : 'false', needs: [] };
  }
  if ('not' in condition) {
    const inner = outcome(condition.not, record, context);
    return inner.outcome === 'unknown' ? inner : { outcome: inner.outcome === 'true' ? 'false' : 'true', needs: [] };
  }
  const test = condition as unknown as Record<string, unknown> & { field: string };
  const value = valueOf(test.field, record, context);
  // Presence can always be told.
  if ('exists' in test) return { outcome: truth((value.kind === 'value') === test['exists']), needs: [] };
  if (value.kind === 'needed') return { outcome: 'unknown', needs: [value.need] };
  if (value.kind === 'absent') return { outcome: 'false', needs: [] };
  const v = value.value;
  if ('equals' in test) return { outcome: truth(same(v, test['equals'])), needs: [] };
  if ('in' in test) return { outcome: truth((test['in'] as unknown[]).some((e) => same(v, e))), needs: [] };
  if ('gt' in test) return { outcome: truth(asNumber(v) > (test['gt'] as number)), needs: [] };
  if ('gte' in test) return { outcome: truth(asNumber(v) >= (test['gte'] as number)), needs: [] };
  if ('lt' in test) return { outcome: truth(asNumber(v) < (test['lt'] as number)), needs: [] };
  if ('lte' in test) return { outcome: truth(asNumber(v) <= (test['lte'] as number)), needs: [] };
  if ('startsWith' in test) return { outcome: truth(text(v)?.startsWith(String(test['startsWith']).toLowerCase()) === true), needs: [] };
  if ('contains' in test) return { outcome: truth(text(v)?.includes(String(test['contains']).toLowerCase()) === true), needs: [] };
  throw new Error(`the reference has no operator for ${JSON.stringify(test)}`);
}

// "a category test counts 3, a group 2, a function or any other field 1; all adds up,
// any takes its least specific branch" (a not counts as what it negates).
function specificity(c: Condition): number {
  if ('all' in c) return c.all.reduce((sum, p) => sum + specificity(p), 0);
  if ('any' in c) return Math.min(...c.any.map(specificity));
  if ('not' in c) return specificity(c.not);
  return c.field === 'category' ? 3 : c.field === 'group' ? 2 : 1;
}

/** What the reference recommends: the option, what is needed, and the trace. */
export interface ReferenceResult {
  readonly option: string | undefined;
  readonly needs: readonly string[];
  readonly trace: readonly { readonly rule: string; readonly outcome: 'chosen' | 'outranked' | 'pending' }[];
}

/** Recommends for one record as the README says the engine does. */
export function referenceRecommend(
  rules: readonly Rule[],
  record: Record<string, unknown>,
  context: RuleContext | undefined,
  hitPolicy: 'ranked' | 'first' = 'ranked',
): ReferenceResult {
  // "ranked by priority (user rules 100 by default), then by how specific their condition
  // is, then by id"; hitPolicy 'first' takes list order.
  const ranked =
    hitPolicy === 'first'
      ? [...rules]
      : [...rules].sort(
          (a, b) =>
            (b.priority ?? 100) - (a.priority ?? 100) ||
            specificity(b.when) - specificity(a.when) ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        );
  const results = ranked.map((rule) => ({ rule, ...outcome(rule.when, record, context) }));
  const fired = results.filter((r) => r.outcome === 'true');
  const top = fired[0];
  // "When a higher-ranked rule might apply but the record lacks data the taxonomy needs,
  // the result is undecided and says what it needs" (a rule that recommends the same
  // option as the best one that fired changes nothing).
  const blocking = results.filter(
    (r) => r.outcome === 'unknown' && (top === undefined || results.indexOf(r) < results.indexOf(top)) && r.rule.recommend !== top?.rule.recommend,
  );
  if (blocking.length === 0) {
    return {
      option: top?.rule.recommend,
      needs: [],
      trace: fired.map((r) => ({ rule: r.rule.id, outcome: r === top ? 'chosen' : 'outranked' })),
    };
  }
  const shown = results.filter((r) => r.outcome === 'true' || blocking.includes(r));
  return {
    option: undefined,
    needs: [...new Set(blocking.flatMap((r) => r.needs))].sort(),
    trace: shown.map((r) => ({ rule: r.rule.id, outcome: r.outcome === 'true' ? 'outranked' : 'pending' })),
  };
}
