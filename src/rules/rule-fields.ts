import type { RuleProblemParams } from '../locales/types.js';
import { partnerRecordFields } from '../schema/record-fields.js';
import { categoryNodes } from '../taxonomy/data.js';
import { managementOptions, partnerCategories, partnerFunctions, partnerGroups } from '../taxonomy/ids.js';
import type { ContextField, PowerBalance, RuleSource } from './types.js';

/**
 * The values the context's `power` takes.
 * @internal
 */
export const powerBalances = ['vendor', 'balanced', 'partner'] as const satisfies readonly PowerBalance[];

/**
 * The values of a rule's `source`.
 * @internal
 */
export const ruleSources = ['article', 'heuristic', 'user'] as const satisfies readonly RuleSource[];

/**
 * Fields whose values are ids of one kind (`'resellr'` is then reported as "not a partner
 * category"), with the kind a message names.
 * @internal
 */
export interface IdDomain {
  readonly fields: readonly string[];
  readonly kind: RuleProblemParams['invalid_value']['kind'];
  readonly values: readonly string[];
}

/**
 * What the values of a field may be: ids of one kind, numbers, or any scalar.
 * @internal
 */
export type FieldDomain = IdDomain | 'number' | 'scalar';

// Keyed by ContextField, so a factor added to RuleContext does not compile until it is here.
const contextFields = {
  'context.convention': true,
  'context.power': true,
  'context.homogeneity': true,
} as const satisfies Record<ContextField, true>;

/**
 * The fields rules can test, grouped by the values they take.
 * @internal
 */
export interface RuleFields {
  readonly ids: readonly IdDomain[];
  /** The fields that take numbers only. */
  readonly numbers: readonly string[];
  /** Every field with a fixed name, in a stable order (custom fields have none). */
  readonly named: readonly string[];
  /** Named fields that take any scalar. */
  readonly free: readonly string[];
}

function describeFields(): RuleFields {
  const ids: IdDomain[] = [
    { fields: ['category'], kind: 'category', values: partnerCategories },
    { fields: ['function'], kind: 'function', values: partnerFunctions },
    { fields: ['group'], kind: 'group', values: partnerGroups },
    ...categoryNodes.flatMap((node): IdDomain[] =>
      node.subtype === null ? [] : [{ fields: [node.subtype.field], kind: 'subtype', values: node.subtype.values }],
    ),
    { fields: ['management', 'context.convention'], kind: 'option', values: managementOptions },
    { fields: ['context.power'], kind: 'power', values: powerBalances },
  ];
  const numbers = ['context.homogeneity'];
  const named = [...partnerRecordFields, 'group', ...Object.keys(contextFields)];
  const typed = new Set([...ids.flatMap((d) => d.fields), ...numbers]);
  return { ids, numbers, named, free: named.filter((field) => !typed.has(field)) };
}

/**
 * The fields rules can test, with the values each takes.
 * @internal
 */
export const ruleFields: RuleFields = /* @__PURE__ */ describeFields();

/**
 * The values a field takes, or `undefined` when it is no field at all. Fields are the
 * record fields, `group`, `custom.<name>` and the three context factors.
 * @internal
 */
export function fieldDomain(field: string): FieldDomain | undefined {
  if (field.startsWith('custom.')) return field.length > 'custom.'.length ? 'scalar' : undefined;
  if (ruleFields.numbers.includes(field)) return 'number';
  return ruleFields.ids.find((d) => d.fields.includes(field)) ?? (ruleFields.named.includes(field) ? 'scalar' : undefined);
}
