import type { OperatorWords } from '../locales/types.js';
import { type Check, compare, oneOf, predicate } from './checks.js';
import type { Scalar } from './types.js';

/**
 * A JSON Schema, as plain data.
 * @internal
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * What an operator compares a field with, and so how its operand is typed, checked and
 * read: a value the field takes, a non-empty list of them, `true`/`false` for presence, a
 * number (the field is then read as a number), or text.
 * @internal
 */
export interface OperandKinds {
  readonly value: Scalar;
  readonly values: readonly Scalar[];
  readonly presence: boolean;
  readonly number: number;
  readonly text: string;
}

/**
 * One operator of the rule language: everything the library needs to know about it.
 * @internal
 */
export interface Operator<K extends keyof OperandKinds> {
  readonly operand: K;
  /** The JSON Schema of the operand, given the schema of one value of the tested field. */
  readonly schema: (value: JsonSchema) => JsonSchema;
  /**
   * The test as a check (see `Check`), made once per rule. It is given the field's
   * value, `null` when the record has none; for a `number` operand, the value as a number
   * (`NaN` when it is none).
   */
  compile(operand: OperandKinds[K]): Check;
}

/**
 * A value as numeric tests see it: numbers as they are, numeric text converted (CSV cells
 * are text), anything else `NaN`, which no comparison holds for.
 * @internal
 */
export const toNumber = (value: unknown): number => {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return Number.NaN;
  // Blank text converts to 0, so only a 0 needs the (slower) check for blank.
  const n = Number(value);
  return n !== 0 || value.trim() !== '' ? n : Number.NaN;
};

// CSV gives text and JSON gives numbers for the same column, so a number and its text
// are the same value, and "true"/"false" are the booleans.
function same(value: unknown, expected: Scalar): boolean {
  if (value === expected) return true;
  if (typeof expected === 'string') return typeof value === 'number' && String(value) === expected;
  if (typeof expected === 'number') return toNumber(value) === expected;
  return typeof value === 'string' && value.trim().toLowerCase() === String(expected);
}

// Text tests read numbers as their text, and ignore case: CRM exports spell names and
// tiers as people type them.
const lowerText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.toLowerCase() : typeof value === 'number' ? String(value) : undefined;

// Keeps each entry's operand kind, so its `compile` is typed by it.
const operator = <K extends keyof OperandKinds>(spec: Operator<K>): Operator<K> => spec;
const numberSchema = (): JsonSchema => ({ type: 'number' });

/**
 * The operators of the rule language. Each entry is one operator: the kind of its operand,
 * its JSON Schema and how it compiles to a check (a comparison, a list of texts, or a
 * predicate); its words are `Locale['operators']`.
 * The `FieldTest` type, the builders' types, `validateRules`, the rule file's JSON Schema
 * and the messages are all made from this table, so an operator is added here, with its
 * words in each locale, and nowhere else.
 * @internal
 */
export const operators = {
  equals: operator({
    operand: 'value',
    schema: (value) => value,
    compile: (expected) =>
      typeof expected === 'string' ? oneOf([expected]) : predicate((value) => value !== null && same(value, expected)),
  }),
  in: operator({
    operand: 'values',
    schema: (value) => ({ type: 'array', items: value, minItems: 1 }),
    compile: (list) => {
      const exact = new Set<unknown>(list);
      if (list.every((e) => typeof e === 'string')) {
        // Texts: text matches, and a number by its text. A short list is quicker to scan
        // than to hash into (0.93x the time of recommend on the bench's 50 user rules).
        if (list.length <= 8) return oneOf(list as readonly string[]);
        return predicate((value) => (typeof value === 'string' ? exact.has(value) : typeof value === 'number' && exact.has(String(value))));
      }
      return predicate((value) => value !== null && (exact.has(value) || list.some((e) => same(value, e))));
    },
  }),
  exists: operator({
    operand: 'presence',
    schema: () => ({ type: 'boolean' }),
    compile: (wanted) => predicate((value) => (value !== null && value !== undefined) === wanted),
  }),
  gt: operator({ operand: 'number', schema: numberSchema, compile: (limit) => compare('greater', limit) }),
  gte: operator({ operand: 'number', schema: numberSchema, compile: (limit) => compare('atLeast', limit) }),
  lt: operator({ operand: 'number', schema: numberSchema, compile: (limit) => compare('less', limit) }),
  lte: operator({ operand: 'number', schema: numberSchema, compile: (limit) => compare('atMost', limit) }),
  startsWith: operator({
    operand: 'text',
    schema: () => ({ type: 'string' }),
    compile: (prefix) => {
      const start = prefix.toLowerCase();
      return predicate((value) => lowerText(value)?.startsWith(start) === true);
    },
  }),
  contains: operator({
    operand: 'text',
    schema: () => ({ type: 'string' }),
    compile: (part) => {
      const text = part.toLowerCase();
      return predicate((value) => lowerText(value)?.includes(text) === true);
    },
  }),
} as const satisfies { readonly [O in keyof OperatorWords]: Operator<keyof OperandKinds> };

/**
 * The name of an operator: `equals`, `in`, `exists`, `gt`, `gte`, `lt`, `lte`,
 * `startsWith` or `contains`.
 * @example const operator: OperatorName = 'startsWith';
 * @category Rules
 */
export type OperatorName = keyof typeof operators;

/**
 * The operators in the order messages list them.
 * @internal
 */
export const operatorNames = /* @__PURE__ */ Object.keys(operators) as readonly OperatorName[];

/**
 * The operator of a field test: its one key besides `field`.
 * @internal
 */
export const operatorOf = (test: object): OperatorName =>
  operatorNames.find((name) => Object.hasOwn(test, name)) ?? 'equals';
