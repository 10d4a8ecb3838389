import * as z from 'zod/mini';
import { enRuleText } from '../locales/en-rules.js';
import { managementOptions } from '../taxonomy/ids.js';
import { taxonomyVersion } from '../taxonomy/data.js';
import { operatorNames, operators, type JsonSchema } from './operators.js';
import { ruleFields, ruleSources } from './rule-fields.js';
import type { Rule } from './types.js';
import { problemLine } from '../schema/problem-line.js';
import { maxConditionDepth, validateRules } from './validate-rules.js';

/**
 * A rule file as it is stored: the rules, plus a `$schema` for editors and `segments`
 * (see `validateSegments`).
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
  /** The rules. */
  readonly rules: readonly Rule[];
  /** Named segments, checked by `validateSegments`. */
  readonly segments?: readonly unknown[];
}

/**
 * The zod schema of a rule file, `{ "$schema"?, "rules": [...], "segments"? }`: a rule file
 * passes exactly when `validateRules` accepts it, and each of its problems is an issue
 * (message prefixed by the problem's path), in English. Use it inside your own zod
 * schemas; for a JSON Schema, see {@link ruleFileJsonSchema}.
 * @example
 * ruleFileSchema.safeParse({ rules: [] }).success // true
 * ruleFileSchema.safeParse({ rules: [{ id: 'x' }] }).success // false
 * @category Rules
 */
export const ruleFileSchema: z.ZodMiniType<RuleFile, unknown> = /* @__PURE__ */ z.custom<RuleFile>().check(
  /* @__PURE__ */ z.superRefine((data: unknown, ctx) => {
    const result = Array.isArray(data) ? undefined : validateRules(data);
    if (result === undefined) {
      const message = enRuleText.ruleProblems.wrong_type({ expected: 'object', valueKind: 'array' });
      ctx.addIssue({ code: 'custom', message, input: data });
    } else if (!result.ok) {
      for (const p of result.problems) ctx.addIssue({ code: 'custom', message: problemLine(p), input: data });
    }
  }),
);

const string = (more: JsonSchema = {}): JsonSchema => ({ type: 'string', ...more });
const anyOf = (...schemas: JsonSchema[]): JsonSchema => ({ anyOf: schemas });
const object = (properties: Record<string, JsonSchema>, required: readonly string[]): JsonSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

/**
 * The JSON Schema (draft 2020-12) of a rule file, made from the same operator table and
 * field list as `validateRules`, so editors and CI can check rule files before they are
 * loaded. A file is `{ "rules": [...] }` or, as `validateRules` takes it, the list of
 * rules alone. Two checks are beyond a JSON Schema and only `validateRules` makes them:
 * rule ids are unique, and conditions nest at most 64 deep. The package also ships it as
 * `partner-taxonomy/rules.schema.json`; it compiles under Ajv's strict mode as it is.
 * @returns A fresh JSON Schema object.
 * @example
 * const schema = ruleFileJsonSchema();
 * schema.$id // 'urn:partner-taxonomy:rules'
 * @category Rules
 */
export function ruleFileJsonSchema(): Record<string, unknown> {
  const { ids, numbers, named, free } = ruleFields;
  const custom = string({ pattern: '^custom\\.[\\s\\S]+$' });
  const scalar = anyOf(string(), { type: 'number' }, { type: 'boolean' });
  // Operators that compare with the field's values are typed per field, so editors offer
  // the real ids; the others take any field.
  const typed: readonly (readonly [JsonSchema, JsonSchema])[] = [
    ...ids.map((d) => [string({ enum: d.fields }), string({ enum: d.values })] as const),
    [string({ enum: numbers }), { type: 'number' }],
    [anyOf(string({ enum: free }), custom), scalar],
  ];
  const anyField = anyOf(string({ enum: named }), custom);
  const tests = operatorNames.flatMap((name) => {
    const { operand, schema } = operators[name];
    const pairs = operand === 'value' || operand === 'values' ? typed : [[anyField, {}] as const];
    return pairs.map(([field, value]) => object({ field, [name]: schema(value) }, ['field', name]));
  });
  const condition = { $ref: '#/$defs/condition' };
  const list = { type: 'array', items: condition, minItems: 1 };
  const rules = { type: 'array', items: { $ref: '#/$defs/rule' } };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:partner-taxonomy:rules',
    title: 'Partner rule file',
    description:
      `Rules that recommend how to manage channel partners (taxonomy ${taxonomyVersion}): a file ` +
      '{ "rules": [...] } or the list of rules alone. Field tests name a record field, group, custom.<name> or ' +
      `context.<factor>. Checked by validateRules only: unique rule ids, conditions nested at most ${maxConditionDepth} deep.`,
    anyOf: [object({ $schema: string(), rules, segments: { type: 'array' } }, ['rules']), rules],
    $defs: {
      rule: {
        description: 'When the condition holds, the rule recommends a management option; higher priority wins.',
        ...object(
          {
            id: string({ minLength: 1 }),
            description: string(),
            when: condition,
            recommend: string({ enum: managementOptions }),
            priority: { type: 'number' },
            source: string({ enum: ruleSources }),
          },
          ['id', 'description', 'when', 'recommend'],
        ),
      },
      condition: {
        description: `all, any or not over conditions, or a test of one field with exactly one of ${operatorNames.join(', ')}.`,
        anyOf: [...tests, object({ all: list }, ['all']), object({ any: list }, ['any']), object({ not: condition }, ['not'])],
      },
    },
  };
}
