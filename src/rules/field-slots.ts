import { getterFor, isPlainField, present, type Getter, type Subject } from './field-access.js';
import type { RuleContext, RuleField } from './types.js';

/**
 * One record as a rule set reads it: by slot, the value of each field the rules test,
 * and each numeric field converted to a number, all read when the frame is made. Fifty
 * user rules make about a hundred tests over a dozen fields, and a record meets most of
 * those fields: reading them in one pass is quicker than reading each on first use,
 * which costs a check and a call at every test. Slots a frame's plan leaves out hold
 * `null`.
 * @internal
 */
export type Frame = readonly unknown[];

/**
 * The value in `slot` for this frame's record.
 * @internal
 */
export const read = (frame: Frame, slot: number): unknown => frame[slot];

/**
 * A value as numeric comparisons see it: numbers as they are, numeric text converted
 * (CSV cells are text), anything else `NaN`, which no comparison holds for.
 * @internal
 */
export const toNumber = (value: unknown): number => {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return Number.NaN;
  // Blank text converts to 0, so only a 0 needs the (slower) check for blank.
  const n = Number(value);
  return n !== 0 || value.trim() !== '' ? n : Number.NaN;
};

/**
 * Which slots a frame reads, as parallel lists by kind of slot, so that each of the
 * frame's loops sees one kind of access.
 * @internal
 */
export interface SlotPlan {
  /** Every slot `null`: what a frame starts from. */
  readonly blank: readonly null[];
  readonly plainNames: readonly string[];
  readonly plainAt: readonly number[];
  readonly getters: readonly Getter[];
  readonly getterAt: readonly number[];
  /** Custom field name (without `custom.`) to slot. */
  readonly custom: ReadonlyMap<string, number>;
  readonly numberFrom: readonly number[];
  readonly numberAt: readonly number[];
}

/**
 * The slots of a rule set: `value(field)` and `number(field)` give a field's slot (the
 * same slot for the same field, however many tests ask); `plan(slots)` says which slots
 * a kind of record needs; `frame(record, context, plan?)` reads them (all by default).
 * @internal
 */
export interface FieldSlots {
  readonly value: (field: RuleField) => number;
  readonly number: (field: RuleField) => number;
  readonly plan: (slots: Iterable<number>) => SlotPlan;
  readonly frame: (record: Subject, context: RuleContext, plan?: SlotPlan) => Frame;
}

type Slot =
  | { readonly kind: 'plain'; readonly name: string }
  | { readonly kind: 'getter'; readonly get: Getter }
  | { readonly kind: 'custom'; readonly name: string }
  | { readonly kind: 'number'; readonly from: number };

/**
 * Creates an empty set of field slots, filled as conditions are compiled.
 * @internal
 */
export function createFieldSlots(): FieldSlots {
  const keys = new Map<string, number>();
  const slots: Slot[] = [];
  const add = (key: string, slot: () => Slot): number => {
    let at = keys.get(key);
    if (at === undefined) {
      // The slot is made first, so a number's own field takes the lower slot.
      const made = slot();
      at = slots.push(made) - 1;
      keys.set(key, at);
    }
    return at;
  };

  const value = (field: RuleField): number =>
    add(field, () =>
      field.startsWith('custom.')
        ? { kind: 'custom', name: field.slice('custom.'.length) }
        : isPlainField(field)
          ? { kind: 'plain', name: field }
          : { kind: 'getter', get: getterFor(field) },
    );
  const number = (field: RuleField): number => add(`#${field}`, () => ({ kind: 'number', from: value(field) }));

  const plan = (wanted: Iterable<number>): SlotPlan => {
    const all = new Set(wanted);
    for (const at of all) {
      const slot = slots[at];
      if (slot?.kind === 'number') all.add(slot.from);
    }
    const out = {
      blank: slots.map(() => null),
      plainNames: [] as string[],
      plainAt: [] as number[],
      getters: [] as Getter[],
      getterAt: [] as number[],
      custom: new Map<string, number>(),
      numberFrom: [] as number[],
      numberAt: [] as number[],
    };
    // In slot order, so each number is converted after its field is read.
    for (const at of [...all].sort((a, b) => a - b)) {
      const slot = slots[at] as Slot;
      if (slot.kind === 'plain') out.plainNames.push(slot.name), out.plainAt.push(at);
      else if (slot.kind === 'getter') out.getters.push(slot.get), out.getterAt.push(at);
      else if (slot.kind === 'custom') out.custom.set(slot.name, at);
      else out.numberFrom.push(slot.from), out.numberAt.push(at);
    }
    return out;
  };

  // The plan of every slot, remade when slots were added since.
  let everything: SlotPlan | undefined;
  const frame = (record: Subject, context: RuleContext, only?: SlotPlan): Frame => {
    if (only === undefined && everything?.blank.length !== slots.length) everything = plan(slots.keys());
    const p = only ?? (everything as SlotPlan);
    const values: unknown[] = p.blank.slice();
    const { plainNames, plainAt, getters, getterAt, numberFrom, numberAt } = p;
    for (let i = 0; i < plainAt.length; i++) values[plainAt[i] as number] = present(record[plainNames[i] as string]);
    for (let i = 0; i < getterAt.length; i++) values[getterAt[i] as number] = (getters[i] as Getter)(record, context);
    // Custom fields are read by one walk over the record's `custom` object: a walk reads
    // each value by its position (quick), where reading one field at a time is a lookup
    // by a name only known at run time (slow). Absent custom fields stay `null`.
    if (p.custom.size > 0) {
      const custom = record['custom'];
      if (custom !== null && typeof custom === 'object') {
        for (const key in custom) {
          const at = p.custom.get(key);
          // Own keys only: custom fields have any name, "constructor" included.
          if (at !== undefined && Object.hasOwn(custom, key)) values[at] = present((custom as Record<string, unknown>)[key]);
        }
      }
    }
    for (let i = 0; i < numberAt.length; i++) values[numberAt[i] as number] = toNumber(values[numberFrom[i] as number]);
    return values;
  };

  return { value, number, plan, frame };
}
