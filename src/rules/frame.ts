import { getterFor, valueOrNull, type Getter, type Subject } from './field-access.js';
import { toNumber } from './operators.js';
import type { RuleContext, RuleField } from './types.js';

/**
 * One record as a rule set reads it: the value of each field its rules test, and of each
 * field they compare as a number, the number, each in its own slot. Fifty user rules make
 * about a hundred tests over a dozen fields: reading and converting each field once per
 * record, rather than once per test, more than halves the time of `recommend` on them
 * (see docs/benchmarks.md). A slot holds what `Getter` says: `null` when the record has no
 * value, `undefined` when the taxonomy needs one it lacks.
 * @internal
 */
export type Frame = readonly unknown[];

/**
 * The slots of one rule set, made as its conditions are compiled.
 * @internal
 */
export interface FrameReader {
  /** The slot of a field's value or, `asNumber`, of its value as a number. */
  readonly slot: (field: RuleField, asNumber: boolean) => number;
  /** Reads every slot for a record. */
  readonly read: (record: Subject, context: RuleContext) => Frame;
}

/**
 * Creates a frame reader with no slots yet.
 * @internal
 */
export function createFrameReader(): FrameReader {
  const slots = new Map<string, number>();
  const fields: { readonly at: number; readonly get: Getter }[] = [];
  // Custom fields by name: a record's `custom` object is read in one walk over its keys,
  // each value by its position, which is quicker than a lookup per field by a name only
  // known at run time (0.8-0.9x the time of recommend and decide on the bench's 50 user
  // rules, measured against reading each by name).
  const custom = new Map<string, number>();
  const numbers: { readonly at: number; readonly from: number }[] = [];
  let blank: null[] = [];
  const slot = (field: RuleField, asNumber: boolean): number => {
    const key = asNumber ? `#${field}` : field;
    const known = slots.get(key);
    if (known !== undefined) return known;
    const from = asNumber ? slot(field, false) : -1;
    const at = blank.length;
    blank = [...blank, null];
    slots.set(key, at);
    if (asNumber) numbers.push({ at, from });
    else if (field.startsWith('custom.')) custom.set(field.slice('custom.'.length), at);
    else fields.push({ at, get: getterFor(field) });
    return at;
  };
  const read = (record: Subject, context: RuleContext): Frame => {
    const frame: unknown[] = blank.slice();
    for (let i = 0; i < fields.length; i++) {
      const { at, get } = fields[i] as (typeof fields)[number];
      frame[at] = get(record, context);
    }
    const values = custom.size > 0 ? record['custom'] : undefined;
    if (typeof values === 'object' && values !== null) {
      for (const name in values) {
        const at = custom.get(name);
        // Own keys only: custom fields have any name, "constructor" included.
        if (at !== undefined && Object.hasOwn(values, name)) frame[at] = valueOrNull((values as Subject)[name]);
      }
    }
    // After the values they are made from. A needed value stays needed as a number.
    for (let i = 0; i < numbers.length; i++) {
      const { at, from } = numbers[i] as (typeof numbers)[number];
      const value = frame[from];
      frame[at] = value === undefined ? undefined : toNumber(value);
    }
    return frame;
  };
  return { slot, read };
}
