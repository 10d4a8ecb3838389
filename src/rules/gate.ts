import { isPlainField } from './field-access.js';
import { read, type FieldSlots, type Frame } from './field-slots.js';
import type { FieldTest, RuleField } from './types.js';

/**
 * A cheap test a whole condition depends on (`tier` equals "Gold", `custom.nps` ≥ 30, or
 * either of two such tests), which the engine checks inline before it calls the
 * condition's closures. Most user rules single out a few partners, so most records fail
 * this one test and the engine skips the rule without the calls evaluating it takes.
 *
 * Gates are only made on fields that read as a value or `null`, never as "needed"
 * (`undefined`): there, failing the gate means the condition is false, not unknown.
 * @internal
 */
export interface Gate {
  readonly kind: GateKind;
  /** The slot read: the value for `text`, the number for comparisons. */
  readonly slot: number;
  /**
   * For `text`, the values the field may have. A list, not a set: it holds a few values,
   * and comparing a few strings is quicker than hashing one.
   */
  readonly values: readonly unknown[];
  readonly bound: number;
  /** For `any`: the gates of which at least one must pass. */
  readonly gates: readonly Gate[];
  /** A rough count of how much gets through, to pick the tightest gate. */
  readonly width: number;
}

/** @internal */
export type GateKind = 'text' | 'gt' | 'gte' | 'lt' | 'lte' | 'any';

const make = (kind: GateKind, slot: number, width: number, rest: Partial<Gate> = {}): Gate => ({
  kind,
  slot,
  values: [],
  bound: 0,
  gates: [],
  width,
  ...rest,
});

/**
 * The gate of one field test, if it can have one.
 * @internal
 */
export function testGate(test: FieldTest, slots: FieldSlots): Gate | undefined {
  const field = test.field as RuleField;
  if (!isPlainField(field) && !field.startsWith('custom.')) return undefined;
  if ('equals' in test) {
    return typeof test.equals === 'string' ? make('text', slots.value(field), 1, { values: [test.equals] }) : undefined;
  }
  if ('in' in test) return test.in.length <= 8 ? make('text', slots.value(field), test.in.length, { values: test.in }) : undefined;
  if ('exists' in test) return undefined;
  const [op, bound] = Object.entries(test).find(([key]) => key !== 'field') as [GateKind, number];
  // A comparison lets through more than a text test usually does.
  return make(op, slots.number(field), 10, { bound });
}

/**
 * The gate of `all`: the tightest of its parts'.
 * @internal
 */
export function allGate(gates: readonly (Gate | undefined)[]): Gate | undefined {
  let best: Gate | undefined;
  for (const gate of gates) if (gate !== undefined && (best === undefined || gate.width < best.width)) best = gate;
  return best;
}

/**
 * The gate of `any`: one of its parts' must pass, so every part needs a gate.
 * @internal
 */
export function anyGate(gates: readonly (Gate | undefined)[]): Gate | undefined {
  if (gates.length === 0 || gates.includes(undefined)) return undefined;
  // Flat: an `any` of `any`s is one `any`, so checking one needs no recursion.
  const parts = (gates as readonly Gate[]).flatMap((g) => (g.kind === 'any' ? g.gates : [g]));
  return make('any', -1, parts.reduce((sum, g) => sum + g.width, 0), { gates: parts });
}

/**
 * Whether a gate rules its condition out for this record. Text gates let values that are
 * not text (numbers from JSON, say) through to the full condition, which compares them
 * as text; `null` and `NaN` fail every test.
 * @internal
 */
export function shut(gate: Gate, frame: Frame): boolean {
  if (gate.kind !== 'any') return shutTest(gate, frame);
  const parts = gate.gates;
  for (let i = 0; i < parts.length; i++) if (!shutTest(parts[i] as Gate, frame)) return false;
  return true;
}

// The gates of single tests: `any` holds only those (see anyGate), so no check recurses.
function shutTest(gate: Gate, frame: Frame): boolean {
  const kind = gate.kind;
  if (kind === 'text') {
    const value = read(frame, gate.slot);
    if (value === null) return true;
    if (typeof value !== 'string') return false;
    const values = gate.values;
    for (let i = 0; i < values.length; i++) if (values[i] === value) return false;
    return true;
  }
  const n = read(frame, gate.slot) as number;
  const bound = gate.bound;
  return kind === 'gt' ? !(n > bound) : kind === 'gte' ? !(n >= bound) : kind === 'lt' ? !(n < bound) : !(n <= bound);
}
