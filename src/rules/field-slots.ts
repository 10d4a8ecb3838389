import { getterFor, isPlainField, present, type Subject } from './field-access.js';
import type { RuleContext, RuleField } from './types.js';

/**
 * One record as a rule set reads it: each field the rules test is read at most once per
 * record, and each numeric field converted at most once, however many tests use it. Fifty
 * user rules make about a hundred tests over a dozen fields; reading a field is the
 * expensive part (a property lookup by a name only known at run time), comparing the
 * value is cheap.
 * @internal
 */
export interface Frame {
  readonly record: Subject;
  readonly context: RuleContext;
  /** By slot: the value read, or `unread`. */
  readonly values: unknown[];
  readonly readers: readonly SlotReader[];
}

/** @internal */
export type SlotReader = (frame: Frame) => unknown;

/** Marks a slot not yet read for this frame (`undefined` is a value: "needed"). */
const unread: unique symbol = Symbol('unread');

/**
 * The value in `slot` for this frame's record, read on first use.
 * @internal
 */
export function read(frame: Frame, slot: number): unknown {
  const value = frame.values[slot];
  if (value !== unread) return value;
  const fresh = (frame.readers[slot] as SlotReader)(frame);
  frame.values[slot] = fresh;
  return fresh;
}

/**
 * Numbers as rules compare them: a number, or text that reads as one ("12", " 3.5 ");
 * anything else is `NaN`, which no comparison holds for.
 * @internal
 */
export const toNumber = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;

/**
 * The slots of one compiled rule set: a slot per field, and one per field compared as a
 * number. Conditions ask for slots while they compile; frames are made afterwards.
 * @internal
 */
export interface FieldSlots {
  /** The slot holding `field` as read (see `Getter` for `undefined` and `null`). */
  readonly value: (field: RuleField) => number;
  /** The slot holding `field` converted with `toNumber`. */
  readonly number: (field: RuleField) => number;
  /** A fresh frame for one record. */
  readonly frame: (record: Subject, context: RuleContext) => Frame;
}

/** @internal */
export function createFieldSlots(): FieldSlots {
  const readers: SlotReader[] = [];
  const slots = new Map<string, number>();
  let blank: unknown[] = [];
  const slot = (key: string, reader: () => SlotReader): number => {
    let index = slots.get(key);
    if (index === undefined) {
      index = readers.push(reader()) - 1;
      slots.set(key, index);
    }
    return index;
  };
  // Custom fields are read all at once, by one walk over the record's `custom` object,
  // the first time a rule needs one of them: a walk reads each value by its position
  // (quick), where reading one field at a time is a lookup by a name only known at run
  // time (slow). A record with no `custom` object, or without the field, reads `null`.
  const customSlots = new Map<string, number>();
  const customSlotList: number[] = [];
  const loadCustom = (frame: Frame): void => {
    const { values } = frame;
    for (let i = 0; i < customSlotList.length; i++) values[customSlotList[i] as number] = null;
    const custom = frame.record['custom'];
    if (custom === null || typeof custom !== 'object') return;
    for (const key in custom) {
      const at = customSlots.get(key);
      // Own keys only: custom fields have any name, "constructor" included.
      if (at !== undefined && Object.hasOwn(custom, key)) values[at] = present((custom as Record<string, unknown>)[key]);
    }
  };
  const value = (field: RuleField): number => {
    if (!field.startsWith('custom.')) return slot(field, () => readerFor(field));
    const known = slots.get(field);
    if (known !== undefined) return known;
    const at = readers.length;
    readers.push((frame) => {
      loadCustom(frame);
      return frame.values[at];
    });
    slots.set(field, at);
    customSlots.set(field.slice('custom.'.length), at);
    customSlotList.push(at);
    return at;
  };
  const readerFor = (field: RuleField): SlotReader => {
    if (isPlainField(field)) return (frame) => present(frame.record[field]);
    const get = getterFor(field);
    return (frame) => get(frame.record, frame.context);
  };
  const number = (field: RuleField): number => {
    const from = value(field);
    return slot(`#${field}`, () => (frame) => toNumber(read(frame, from)));
  };
  const frame = (record: Subject, context: RuleContext): Frame => {
    if (blank.length !== readers.length) blank = readers.map(() => unread);
    return { record, context, values: blank.slice(), readers };
  };
  return { value, number, frame };
}
