import * as z from 'zod/mini';
import type { RuleProblemParams } from '../locales/types.js';
import { partnerRecordFields } from '../schema/record-fields.js';
import { categoryNodes, taxonomyVersion } from '../taxonomy/data.js';
import { managementOptions, partnerCategories, partnerFunctions, partnerGroups } from '../taxonomy/ids.js';
import type { ManagementOption } from '../taxonomy/types.js';
import type { ContextField, PowerBalance, Rule, RuleSource } from './types.js';

/**
 * A rule file as it is stored: the rules, plus a `$schema` for editors and `segments`,
 * which are kept for a later feature and not checked yet.
 * @example
 * const file: RuleFile = {
 *   $schema: './node_modules/partner-taxonomy/rules.schema.json',
 *   rules: [
 *     { id: 'oem', description: 'OEMs one-to-one', when: { field: 'category', equals: 'oem' }, recommend: 'one-to-one' },
 *   ],
 * };
 * @category Rules
 */
export interface RuleFile {
  /** Where editors find the JSON Schema of the file; ignored by the library. */
  readonly $schema?: string;
  readonly rules: readonly Rule[];
  /** Reserved for segment definitions; any list is accepted for now. */
  readonly segments?: readonly unknown[];
}

/** The operators of a field test, in the order messages list them. @internal */
export const fieldOperators = ['equals', 'in', 'exists', 'gt', 'gte', 'lt', 'lte'] as const;

/** The operators that compare numbers. @internal */
export const numericOperators = ['gt', 'gte', 'lt', 'lte'] as const;

/** The keys that combine conditions. @internal */
export const combinators = ['all', 'any', 'not'] as const;

const powerBalances = ['vendor', 'balanced', 'partner'] as const satisfies readonly PowerBalance[];
const ruleSources = ['article', 'heuristic', 'user'] as const satisfies readonly RuleSource[];

/**
 * What the values of a field may be: ids of one kind (`'resellr'` is then reported as
 * "not a partner category"), numbers, or any scalar.
 * @internal
 */
export type FieldDomain =
  | { readonly kind: RuleProblemParams['invalid_value']['kind']; readonly values: readonly string[] }
  | 'number'
  | 'scalar';

type IdDomain = Extract<FieldDomain, object> & { readonly fields: readonly string[] };

// The fields whose values are ids, each with the kind of id a message names.
const idDomains = (): readonly IdDomain[] => [
  { fields: ['category'], kind: 'category', values: partnerCategories },
  { fields: ['function'], kind: 'function', values: partnerFunctions },
  { fields: ['group'], kind: 'group', values: partnerGroups },
  ...categoryNodes.flatMap((node): IdDomain[] =>
    node.subtype === null ? [] : [{ fields: [node.subtype.field], kind: 'subtype', values: node.subtype.values }],
  ),
  { fields: ['management', 'context.convention'], kind: 'option', values: managementOptions },
  { fields: ['context.power'], kind: 'power', values: powerBalances },
];

const numberFields: readonly string[] = ['context.homogeneity'];

// Keyed by ContextField, so a factor added to RuleContext does not compile until it is here.
const contextFields = {
  'context.convention': true,
  'context.power': true,
  'context.homogeneity': true,
} as const satisfies Record<ContextField, true>;

interface Fields {
  readonly ids: readonly IdDomain[];
  /** Every field with a fixed name, in a stable order (custom fields have none). */
  readonly named: readonly string[];
  /** Named fields that take any scalar. */
  readonly free: readonly string[];
  readonly domains: ReadonlyMap<string, FieldDomain>;
}

function describeFields(): Fields {
  const ids = idDomains();
  const named = [...partnerRecordFields, 'group', ...Object.keys(contextFields)];
  const domains = new Map<string, FieldDomain>(named.map((field) => [field, 'scalar']));
  for (const domain of ids) for (const field of domain.fields) domains.set(field, domain);
  for (const field of numberFields) domains.set(field, 'number');
  return { ids, named, free: named.filter((field) => domains.get(field) === 'scalar'), domains };
}

/** The fields rules can test, with the values each takes. @internal */
export const ruleFields: Fields = /* @__PURE__ */ describeFields();

const customPrefix = 'custom.';

/**
 * The values a field takes, or `undefined` when it is no field at all. Fields are the
 * record fields, `group`, `custom.<name>` and the three context factors.
 * @param field - A field name from a rule.
 * @returns The field's domain, or `undefined` for an unknown field.
 * @internal
 */
export function fieldDomain(field: string): FieldDomain | undefined {
  if (field.startsWith(customPrefix) && field.length > customPrefix.length) return 'scalar';
  return ruleFields.domains.get(field);
}

// Building blocks shared by the shallow schemas `validateRules` runs node by node and the
// full recursive schema the JSON Schema is made from, so the two cannot drift apart.
const scalar = () => z.union([z.string(), z.number(), z.boolean()]);
const nonEmptyList = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));
const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as unknown as [T, ...T[]]);
const ruleShape = <W extends z.ZodMiniType>(when: W) => ({
  id: z.string().check(z.minLength(1)),
  description: z.string(),
  when,
  recommend: enumOf<ManagementOption>(managementOptions),
  priority: z.optional(z.number()),
  source: z.optional(enumOf(ruleSources)),
});
const fileShape = <R extends z.ZodMiniType>(rule: R) => ({
  $schema: z.optional(z.string()),
  rules: z.array(rule),
  segments: z.optional(z.array(z.unknown())),
});

/** The checks `validateRules` runs on one node, leaving its children to the caller. @internal */
export interface ShallowSchemas {
  readonly file: z.ZodMiniType;
  readonly rule: z.ZodMiniType;
  readonly all: z.ZodMiniType;
  readonly any: z.ZodMiniType;
  readonly not: z.ZodMiniType;
  readonly test: Readonly<Record<(typeof fieldOperators)[number], z.ZodMiniType>>;
  /** The keys a rule may have, for messages that list them. */
  readonly ruleKeys: readonly string[];
  /** The keys a rule file may have. */
  readonly fileKeys: readonly string[];
}

function createShallowSchemas(): ShallowSchemas {
  const operand = {
    equals: scalar(),
    in: nonEmptyList(scalar()),
    exists: z.boolean(),
    gt: z.number(),
    gte: z.number(),
    lt: z.number(),
    lte: z.number(),
  };
  const test = Object.fromEntries(
    fieldOperators.map((op) => [op, z.strictObject({ field: z.string(), [op]: operand[op] })]),
  ) as unknown as ShallowSchemas['test'];
  const rule = ruleShape(z.unknown());
  const file = fileShape(z.unknown());
  return {
    file: z.strictObject(file),
    rule: z.strictObject(rule),
    all: z.strictObject({ all: nonEmptyList(z.unknown()) }),
    any: z.strictObject({ any: nonEmptyList(z.unknown()) }),
    not: z.strictObject({ not: z.unknown() }),
    test,
    ruleKeys: Object.keys(rule),
    fileKeys: Object.keys(file),
  };
}

/** @internal */
export const shallowSchemas: ShallowSchemas = /* @__PURE__ */ createShallowSchemas();

// Names and descriptions for the shared definitions of the JSON Schema; a registry of our
// own, so zod's global one is left alone.
const jsonSchemaMeta = /* @__PURE__ */ z.registry<{ id: string; description: string }>();

function createRuleFileSchema(): z.ZodMiniType<RuleFile, unknown> {
  const { ids, named, free } = ruleFields;
  const custom = z.string().check(z.regex(/^custom\.[\s\S]+$/));
  const anyField = z.union([enumOf(named), custom]);
  // A test with equals or in is typed per field, so editors offer the real ids; the
  // other operators take any field.
  const typed: readonly (readonly [z.ZodMiniType, z.ZodMiniType])[] = [
    ...ids.map((d) => [enumOf(d.fields), enumOf(d.values)] as const),
    [enumOf(numberFields), z.number()],
    [z.union([enumOf(free), custom]), scalar()],
  ];
  const condition: z.ZodMiniType = z.union([
    ...typed.flatMap(([field, value]) => [
      z.strictObject({ field, equals: value }),
      z.strictObject({ field, in: nonEmptyList(value) }),
    ]),
    z.strictObject({ field: anyField, exists: z.boolean() }),
    ...numericOperators.map((op) => z.strictObject({ field: anyField, [op]: z.number() })),
    z.strictObject({
      get all() {
        return nonEmptyList(condition);
      },
    }),
    z.strictObject({
      get any() {
        return nonEmptyList(condition);
      },
    }),
    z.strictObject({
      get not() {
        return condition;
      },
    }),
  ]);
  const rule = z.strictObject(ruleShape(condition));
  jsonSchemaMeta.add(condition, {
    id: 'condition',
    description:
      'all, any or not over conditions, or a test of one field with exactly one of equals, in, exists, gt, gte, lt or lte.',
  });
  jsonSchemaMeta.add(rule, {
    id: 'rule',
    description: 'When the condition holds, the rule recommends a management option; higher priority wins.',
  });
  // zod cannot infer the Condition union from schemas mapped over data, hence the cast;
  // the property tests prove that it accepts exactly what validateRules accepts.
  return z.strictObject(fileShape(rule)) as unknown as z.ZodMiniType<RuleFile, unknown>;
}

/**
 * The zod schema of a rule file, `{ "$schema"?, "rules": [...], "segments"? }`, with
 * each field test typed by its field (`category` takes category ids). It checks the
 * format only: use `validateRules` for every problem by its path, duplicate rule ids and
 * a cap on nesting.
 * @example
 * ruleFileSchema.safeParse({ rules: [] }).success // true
 * ruleFileSchema.safeParse({ rules: [{ id: 'x' }] }).success // false
 * @category Rules
 */
export const ruleFileSchema: z.ZodMiniType<RuleFile, unknown> = /* @__PURE__ */ createRuleFileSchema();

/**
 * The JSON Schema (draft 2020-12) of a rule file, made by zod's own conversion of
 * {@link ruleFileSchema}, so editors and CI can check rule files before they are loaded.
 * The package also ships it as `partner-taxonomy/rules.schema.json`.
 * @returns A fresh JSON Schema object.
 * @example
 * const schema = ruleFileJsonSchema();
 * schema.$id // 'urn:partner-taxonomy:rules'
 * @category Rules
 */
export function ruleFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ruleFileSchema, { io: 'input', target: 'draft-2020-12', metadata: jsonSchemaMeta });
  return {
    $schema: schema.$schema,
    $id: 'urn:partner-taxonomy:rules',
    title: 'Partner rule file',
    description:
      `Rules that recommend how to manage channel partners (taxonomy ${taxonomyVersion}). ` +
      'Field tests name a record field, group, custom.<name> or context.<factor>.',
    ...schema,
  };
}
