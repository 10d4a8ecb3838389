import * as z from 'zod/mini';
import { categoryNodes } from '../taxonomy/data.js';
import { managementOptions } from '../taxonomy/ids.js';
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
  readonly region?: string;
  readonly tier?: string;
  readonly vertical?: string;
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

/**
 * The names of a record's own fields (not its custom ones).
 * @example
 * ```ts
 * const columns: Record<string, PartnerRecordField> = { 'Partner Segment': 'tier' };
 * parsePartnerRecords([{ id: '1', name: 'Acme', category: 'oem', 'Partner Segment': 'Gold' }], { columns }).records[0]?.tier // 'Gold'
 * ```
 * @category Schema
 */
export type PartnerRecordField =
  | 'id'
  | 'name'
  | 'category'
  | 'function'
  | Extract<CategoryNode, { subtype: object }>['subtype']['field']
  | Exclude<keyof PartnerRecordFields, 'custom'>;

const text = () => z.string().check(z.minLength(1));

const fields = {
  id: text(),
  name: text(),
  managedBy: z.optional(text()),
  management: z.optional(z.enum(managementOptions as [ManagementOption, ...ManagementOption[]])),
  region: z.optional(text()),
  tier: z.optional(text()),
  vertical: z.optional(text()),
  country: z.optional(text()),
  custom: z._default(z.record(z.string(), z.unknown()), () => ({})),
};

function categorySchema(node: CategoryNode) {
  return z.strictObject({
    category: z.literal(node.id),
    function: z._default(z.literal(node.function), node.function),
    ...(node.subtype === null
      ? {}
      : { [node.subtype.field]: z.optional(z.enum(node.subtype.values as unknown as [string, ...string[]])) }),
    ...fields,
  });
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
  categoryNodes.map(categorySchema) as unknown as [ReturnType<typeof categorySchema>],
) as unknown as z.ZodMiniType<PartnerRecord, unknown>;
