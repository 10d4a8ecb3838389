import { TEXT, TEXTS } from './checks.js';
import { read, type Frame } from './field-slots.js';
import type { Gate } from './gate.js';
import { lookupTable } from './lookup-table.js';

/**
 * The text gates of one category's rules, indexed by value, so that a record meets only
 * the rules its text values let through: one lookup per field instead of a check per
 * rule. Fifty user rules test a handful of text fields (tier, region, segment…), and most
 * of the rules a record could meet are shut by one of them.
 *
 * Rules are bits, in rank order, in words of 32: bit `i % 32` of word `i >> 5` is rule
 * `i`. For each field, a mask per value says which rules that value lets through: the
 * rules gated on the field with that value, and every rule not gated on it.
 * @internal
 */
export interface GateIndex {
  /** How many 32-bit words a mask takes. */
  readonly words: number;
  /** Every rule. */
  readonly all: Int32Array;
  readonly fields: readonly IndexedField[];
  /** By rule: whether the index checks its gate, so the engine need not. */
  readonly covered: readonly boolean[];
}

interface IndexedField {
  readonly slot: number;
  /** The rules a value lets through, by the text values the gates name. */
  readonly byText: Readonly<Record<string, Int32Array | undefined>>;
  /**
   * What any other value lets through: the rules not gated on the field. A number is
   * looked up as text first, as a check compares it (5 equals "5").
   */
  readonly closed: Int32Array;
}

/** The texts a gate lets through, if it is a test for text. */
function textsOf(gate: Gate | undefined): readonly string[] | undefined {
  const check = gate?.checks.length === 1 ? gate.checks[0] : undefined;
  if (check?.op === TEXT) return [check.text];
  if (check?.op === TEXTS) return [...check.texts] as string[];
  return undefined;
}

/**
 * Indexes the text gates of a category's rules, given in rank order.
 * @internal
 */
export function createGateIndex(gates: readonly (Gate | undefined)[]): GateIndex {
  const words = Math.max(1, Math.ceil(gates.length / 32));
  const mask = (rules: Iterable<number>): Int32Array => {
    const out = new Int32Array(words);
    for (const i of rules) out[i >> 5] = (out[i >> 5] as number) | (1 << (i & 31));
    return out;
  };
  const everyRule = gates.map((_, i) => i);
  const texts = gates.map(textsOf);
  const gatedOn = new Map<number, number[]>();
  gates.forEach((gate, i) => {
    if (texts[i] === undefined) return;
    const slot = (gate as Gate).checks[0]?.slot as number;
    gatedOn.set(slot, [...(gatedOn.get(slot) ?? []), i]);
  });
  const fields = [...gatedOn].map(([slot, gated]): IndexedField => {
    const others = everyRule.filter((i) => !gated.includes(i));
    const values = new Set(gated.flatMap((i) => texts[i] ?? []));
    const byText = lookupTable([...values].map((text) => [text, mask([...others, ...gated.filter((i) => texts[i]?.includes(text))])] as const));
    return { slot, byText, closed: mask(others) };
  });
  return { words, all: mask(everyRule), fields, covered: texts.map((t) => t !== undefined) };
}

/**
 * Fills `out` with the rules the frame's text values let through.
 * @internal
 */
export function openRules(index: GateIndex, frame: Frame, out: Int32Array): void {
  out.set(index.all);
  const { fields, words } = index;
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f] as IndexedField;
    const value = read(frame, field.slot);
    const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
    const mask = (text === undefined ? undefined : field.byText[text]) ?? field.closed;
    for (let w = 0; w < words; w++) out[w] = (out[w] as number) & (mask[w] as number);
  }
}
