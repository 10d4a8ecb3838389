import { categoryById } from '../taxonomy/category-index.js';
import { categoryNodes } from '../taxonomy/data.js';
import type { CategoryNode } from '../taxonomy/types.js';
import type { RuleContext, RuleField } from './types.js';

/**
 * What a rule reads: a record (or any object shaped like one) and the context.
 * @internal
 */
export type Subject = Readonly<Record<string, unknown>>;

/**
 * Reads one field. `undefined` means the taxonomy needs the value to decide and the
 * record lacks it (the category, or the category's own subtype); `null` means the value
 * is absent and that is simply not a match (an optional or custom field, a context factor,
 * a subtype of another category). The difference is what turns a missing MSP stage into
 * "needs stage" rather than into a silent non-match.
 * @internal
 */
export type Getter = (record: Subject, context: RuleContext) => unknown;

const subtypeFields: ReadonlySet<string> = /* @__PURE__ */ new Set(
  categoryNodes.flatMap((n) => (n.subtype === null ? [] : [n.subtype.field])),
);

/**
 * A value as rules see it: an empty or missing value is `null`, "not there".
 * @internal
 */
export const valueOrNull = (value: unknown): unknown => (value === undefined || value === '' ? null : value);

/**
 * The record's category node, when its `category` is a category id.
 * @internal
 */
export function categoryOf(record: Subject): CategoryNode | undefined {
  return categoryById.get(record['category']);
}

/** @internal */
export function isSubtypeField(field: string): boolean {
  return subtypeFields.has(field);
}

/**
 * Compiles a field path into a getter, once per field of a rule set.
 * @internal
 */
export function getterFor(field: RuleField): Getter {
  if (field === 'category') return (r) => categoryOf(r)?.id;
  // Function and group follow from the category, so a record cannot contradict them.
  if (field === 'function') return (r) => categoryOf(r)?.function;
  if (field === 'group') {
    return (r) => {
      const node = categoryOf(r);
      return node === undefined ? undefined : node.group;
    };
  }
  if (subtypeFields.has(field)) {
    return (r) => {
      const node = categoryOf(r);
      if (node === undefined) return undefined;
      // A subtype belongs to its own category: on any other it is not there, as the
      // engine's category index assumes.
      if (node.subtype?.field !== field) return null;
      const value = valueOrNull(r[field]);
      return value === null ? undefined : value;
    };
  }
  if (field.startsWith('custom.')) {
    const name = field.slice('custom.'.length);
    return (r) => {
      const custom = r['custom'];
      return custom !== null && typeof custom === 'object' && Object.hasOwn(custom, name)
        ? valueOrNull((custom as Record<string, unknown>)[name])
        : null;
    };
  }
  if (field.startsWith('context.')) {
    const name = field.slice('context.'.length) as keyof RuleContext;
    return (_, context) => valueOrNull(context[name]);
  }
  // Record fields have fixed names that no prototype defines, so a plain read is safe;
  // custom fields (any name, such as "constructor") are read as own properties only.
  return (r) => valueOrNull(r[field]);
}

/**
 * The context used when none is given; frozen, so it is safe to share.
 * @internal
 */
export const noContext: RuleContext = /* @__PURE__ */ Object.freeze({});

/**
 * Records come from users' data: anything that is not an object is read as an empty
 * record, which no rule matches and which therefore needs a category.
 * @internal
 */
export function asSubject(input: unknown): Subject {
  return input !== null && typeof input === 'object' ? (input as Subject) : {};
}
