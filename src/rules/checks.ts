import { isPlainField } from './field-access.js';
import { read, type FieldSlots, type Frame } from './field-slots.js';
import type { FieldTest, RuleField } from './types.js';

/**
 * A field test as data, for the tests most rules are made of: text and number tests on
 * record and custom fields. Those fields read as a value or `null`, never as "needed", so
 * a check holds or it does not. `all` and `any` run their checks in one loop
 * (`allHold`, `anyHolds`) instead of calling a closure per test: fifty user rules
 * evaluate a few such tests per rule, and the calls cost more than the tests.
 * @internal
 */
export interface Check {
  readonly op: CheckOp;
  /** The field's value. */
  readonly slot: number;
  /** The field as a number, for the numeric operators; -1 otherwise. */
  readonly number: number;
  /** For `text`: the value to equal. */
  readonly text: string;
  /** For `texts`: the values to be one of. */
  readonly texts: ReadonlySet<unknown>;
  /** For the numeric operators: the number to compare with; for `exists`, 1 or 0. */
  readonly bound: number;
}

// Numbers rather than names: the loop switches on them.
/** @internal */
export const TEXT = 0;
/** @internal */
export const TEXTS = 1;
const EQUALS = 2;
const GT = 3;
const GTE = 4;
const LT = 5;
const LTE = 6;
/** @internal */
export const EXISTS = 7;

/** @internal */
export type CheckOp = typeof TEXT | typeof TEXTS | typeof EQUALS | typeof GT | typeof GTE | typeof LT | typeof LTE | typeof EXISTS;

const numericOps = { gt: GT, gte: GTE, lt: LT, lte: LTE } as const;
const noTexts: ReadonlySet<unknown> = new Set();

/**
 * Whether a field always reads as a value or `null`, never as "needed": record and custom
 * fields. Its checks are all a test needs; the taxonomy's fields, subtypes and the
 * context can be missing in a way that leaves a test unknown.
 * @internal
 */
export function isDecidable(field: string): boolean {
  return isPlainField(field) || field.startsWith('custom.');
}

/**
 * The check for a field test, or `undefined` when the test is not one: a test comparing
 * with `true`/`false` or with a list that is not all text.
 * @internal
 */
export function checkFor(test: FieldTest, slots: FieldSlots): Check | undefined {
  const field = test.field as RuleField;
  const check = (op: CheckOp, rest: Partial<Check> = {}): Check => ({
    op,
    slot: slots.value(field),
    number: -1,
    text: '',
    texts: noTexts,
    bound: 0,
    ...rest,
  });
  if ('exists' in test) return check(EXISTS, { bound: test.exists ? 1 : 0 });
  if ('equals' in test) {
    const expected = test.equals;
    if (typeof expected === 'string') return check(TEXT, { text: expected });
    return typeof expected === 'number' ? check(EQUALS, { number: slots.number(field), bound: expected }) : undefined;
  }
  if ('in' in test) {
    const list: readonly unknown[] = test.in;
    return list.every((v) => typeof v === 'string') ? check(TEXTS, { texts: new Set(list) }) : undefined;
  }
  const [op, bound] = Object.entries(test).find(([key]) => key !== 'field') as [keyof typeof numericOps, number];
  return check(numericOps[op], { number: slots.number(field), bound });
}

/**
 * Whether a check holds for a frame. Text equals a number written the same (CSV gives
 * text, JSON numbers); `null` (absent) and `NaN` satisfy no comparison.
 * @internal
 */
export function holds(check: Check, frame: Frame): boolean {
  const v = read(frame, check.slot);
  switch (check.op) {
    case TEXT:
      return v === check.text || (typeof v === 'number' && String(v) === check.text);
    case TEXTS:
      return typeof v === 'string' ? check.texts.has(v) : typeof v === 'number' && check.texts.has(String(v));
    case EQUALS:
      return v !== null && read(frame, check.number) === check.bound;
    case GT:
      return (read(frame, check.number) as number) > check.bound;
    case GTE:
      return (read(frame, check.number) as number) >= check.bound;
    case LT:
      return (read(frame, check.number) as number) < check.bound;
    case LTE:
      return (read(frame, check.number) as number) <= check.bound;
    default:
      return (v !== null && v !== undefined) === (check.bound === 1);
  }
}

/**
 * Whether every check holds.
 * @internal
 */
export function allHold(checks: readonly Check[], frame: Frame): boolean {
  for (let i = 0; i < checks.length; i++) if (!holds(checks[i] as Check, frame)) return false;
  return true;
}

/**
 * Whether any check holds.
 * @internal
 */
export function anyHolds(checks: readonly Check[], frame: Frame): boolean {
  for (let i = 0; i < checks.length; i++) if (holds(checks[i] as Check, frame)) return true;
  return false;
}
