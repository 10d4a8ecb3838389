import { anyHolds, EXISTS, holds, TEXT, TEXTS, type Check } from './checks.js';
import type { Frame } from './field-slots.js';

/**
 * A cheap test a whole condition depends on (`tier` equals "Gold", `custom.nps` ≥ 30, or
 * either of two such tests), which the engine checks inline before it calls the
 * condition's closures. Most user rules single out a few partners, so most records fail
 * this one test and the engine skips the rule without the calls evaluating it takes.
 *
 * A gate is made of checks (see `Check`): tests of fields that read as a value or `null`,
 * never as "needed" (`undefined`), so failing the gate means the condition is false,
 * not unknown.
 * @internal
 */
export interface Gate {
  /** The gate passes when one of these holds: one check, or the parts of an `any`. */
  readonly checks: readonly Check[];
  /** A rough count of how much gets through, to pick the tightest gate. */
  readonly width: number;
}

/**
 * The gate of one field test, if it can have one: its check, unless that is a test of
 * presence, which lets most records through. A test for one text lets through the
 * fewest, for one of several texts a few more, a comparison many more.
 * @internal
 */
export function testGate(check: Check | undefined): Gate | undefined {
  if (check === undefined || check.op === EXISTS) return undefined;
  const width = check.op === TEXT ? 1 : check.op === TEXTS ? check.texts.size : 10;
  return { checks: [check], width };
}

/**
 * The gate of an `all`: the tightest of its parts' gates.
 * @internal
 */
export function allGate(gates: readonly (Gate | undefined)[]): Gate | undefined {
  let best: Gate | undefined;
  for (const gate of gates) if (gate !== undefined && (best === undefined || gate.width < best.width)) best = gate;
  return best;
}

/**
 * The gate of an `any`: one of its parts' gates must pass, so every part needs one.
 * @internal
 */
export function anyGate(gates: readonly (Gate | undefined)[]): Gate | undefined {
  if (gates.length === 0 || gates.includes(undefined)) return undefined;
  const parts = gates as readonly Gate[];
  return { checks: parts.flatMap((g) => g.checks), width: parts.reduce((sum, g) => sum + g.width, 0) };
}

/**
 * Whether a gate rules its condition out for this record.
 * @internal
 */
export function shut(gate: Gate, frame: Frame): boolean {
  const checks = gate.checks;
  return checks.length === 1 ? !holds(checks[0] as Check, frame) : !anyHolds(checks, frame);
}
