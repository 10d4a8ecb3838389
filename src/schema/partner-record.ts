import * as z from 'zod/mini';
import { categoryNodes } from '../taxonomy/data.js';
import { managementOptions } from '../taxonomy/ids.js';
import { recordFieldTable } from './record-fields.js';
import type {
  CategoryNode,
  KnownUnit,
  ManagementOption,
  PartnerTypeOf,
} from '../taxonomy/types.js';
import type { Simplify } from '../taxonomy/simplify.js';

/**
 * Where a relationship is managed: one of the units the article names, or any other unit
 * name your organisation uses.
 * @example const owner: ManagedBy = 'Partner Success'; // known units autocomplete, yet any unit name is allowed
 * @category Schema
 */
export type ManagedBy = KnownUnit | (string & {});

/**
 * The fields every partner record has, whatever its category.
 * @example const common: PartnerRecordFields = { id: 'p-1', name: 'Acme', managedBy: 'alliances', custom: {} };
 * @category Schema
 */
export interface PartnerRecordFields {
  /** Your identifier for the partner, unique within a list. */
  readonly id: string;
  /** The partner's name. */
  readonly name: string;
  /** The unit that manages the relationship, e.g. `'channel-sales'` or `'Partner Success'`. */
  readonly managedBy?: ManagedBy;
  /** How the relationship is managed today. */
  readonly management?: ManagementOption;
  /** The sales region, as the records name it, e.g. `'EMEA'`. */
  readonly region?: string;
  /** The partner's tier or level in your program, e.g. `'Gold'`. */
  readonly tier?: string;
  /** The industry or vertical the partner serves. */
  readonly vertical?: string;
  /** The partner's country, as the records name it. */
  readonly country?: string;
  /** Every other field of the input row, kept as it came. */
  readonly custom: Readonly<Record<string, unknown>>;
}

type RecordOf<C extends CategoryNode> = C extends unknown
  ? Simplify<PartnerTypeOf<C> & { readonly function: C['function'] } & PartnerRecordFields>
  : never;

/**
 * A validated partner record: a discriminated union on `category`, in which `function`
 * is the category's own and a subtype field exists only on its category.
 * @example
 * const record: PartnerRecord = {
 *   id: 'p-1', name: 'Nordic Cloud AB', category: 'msp-cmsp', function: 'solution',
 *   stage: 'post-offer', custom: {},
 * };
 * @category Schema
 */
export type PartnerRecord = RecordOf<CategoryNode>;

const text = () => z.string().check(z.minLength(1));

// The zod schema of each plain field, by what the field table says its value is.
const plainSchemas = {
  text: () => z.optional(text()),
  unit: () => z.optional(text()),
  option: () => z.optional(z.enum(managementOptions as [ManagementOption, ...ManagementOption[]])),
} as const;

type PlainValue = keyof typeof plainSchemas;

// The fields every category shares, from the field table. zod infers no type from a table
// read at run time; the schema's type is asserted below, and the property and JSON Schema
// tests prove that it accepts exactly the records the parser makes.
function sharedFields(): Record<string, z.ZodMiniType> {
  const fields: Record<string, z.ZodMiniType> = {};
  for (const spec of recordFieldTable) {
    if (spec.required) fields[spec.name] = text();
    else if (spec.value in plainSchemas) fields[spec.name] = plainSchemas[spec.value as PlainValue]();
  }
  fields['custom'] = z._default(z.record(z.string(), z.unknown()), () => ({}));
  return fields;
}

function categorySchema(node: CategoryNode, fields: Record<string, z.ZodMiniType>) {
  return z.strictObject({
    category: z.literal(node.id),
    function: z._default(z.literal(node.function), node.function),
    ...(node.subtype === null
      ? {}
      : { [node.subtype.field]: z.optional(z.enum(node.subtype.values as unknown as [string, ...string[]])) }),
    ...fields,
  });
}

// One branch per category, all built on one set of the shared fields' schemas.
function categorySchemas(): ReturnType<typeof categorySchema>[] {
  const fields = sharedFields();
  return categoryNodes.map((node) => categorySchema(node, fields));
}

/**
 * The zod schema of a partner record in its canonical form: ids, not labels, and unknown
 * fields under `custom`. Use it to check records you build or store yourself; to read
 * rows from a CRM export, where categories are free text, use `parsePartnerRecords`.
 * @example
 * partnerRecordSchema.safeParse({ id: '1', name: 'Acme', category: 'oem' }).success // true
 * partnerRecordSchema.safeParse({ id: '1', name: 'Acme', category: 'oem', stage: 'pre-offer' }).success // false
 * @category Schema
 */
export const partnerRecordSchema: z.ZodMiniType<PartnerRecord, unknown> = /* @__PURE__ */ z.discriminatedUnion(
  'category',
  // zod cannot infer a union mapped from data, hence the cast; the property and JSON
  // Schema tests prove that the schema accepts exactly the records the parser makes.
  /* @__PURE__ */ categorySchemas() as unknown as [ReturnType<typeof categorySchema>],
) as unknown as z.ZodMiniType<PartnerRecord, unknown>;
