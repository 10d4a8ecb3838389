import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ruleFileJsonSchema, ruleFileSchema } from './rule-schema.js';

// An independent validator, in its default strict mode, checks the exported schema, so the
// test proves what an editor or a CI job would conclude.
const validate = new Ajv2020().compile(ruleFileJsonSchema());

const file = (when: unknown, fields: Record<string, unknown> = {}) => ({
  $schema: './node_modules/partner-taxonomy/rules.schema.json',
  rules: [{ id: 'r', description: 'A rule', when, recommend: 'one-to-one', priority: 10, source: 'user', ...fields }],
});

describe('ruleFileJsonSchema', () => {
  it('names itself and shares the rule and condition definitions', () => {
    const schema = ruleFileJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:partner-taxonomy:rules',
      title: 'Partner rule file',
      $defs: { rule: expect.any(Object), condition: expect.any(Object) },
    });
    expect(ruleFileJsonSchema()).not.toBe(schema);
  });

  it('accepts a valid rule file', () => {
    const when = {
      all: [
        { field: 'category', in: ['msp-cmsp', 'oem'] },
        { not: { field: 'stage', equals: 'post-offer' } },
        { any: [{ field: 'custom.revenue', gte: 1e6 }, { field: 'context.power', equals: 'partner' }] },
        { field: 'tier', equals: 'Gold' },
        { field: 'context.homogeneity', lt: 0.5 },
        { field: 'managedBy', exists: true },
      ],
    };
    expect(validate(file(when)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ rules: [], segments: [{ by: 'category' }] })).toBe(true);
    expect(validate(file(when).rules)).toBe(true);
  });

  it('rejects a structurally broken file', () => {
    const test = { field: 'tier', equals: 'Gold' };
    expect(validate({ rules: {} })).toBe(false);
    expect(validate({ rules: [], version: 1 })).toBe(false);
    expect(validate(file(test, { recommend: 'one-on-one' }))).toBe(false);
    expect(validate(file(test, { id: '' }))).toBe(false);
    expect(validate(file(test, { source: 'import' }))).toBe(false);
    expect(validate(file(test, { when: undefined }))).toBe(false);
    expect(validate(file({ all: [] }))).toBe(false);
    expect(validate(file({ field: 'tier', equals: 'Gold', in: ['Gold'] }))).toBe(false);
    expect(validate(file({ field: 'tier', is: 'Gold' }))).toBe(false);
    expect(validate(file({ field: 'tier', gt: '3' }))).toBe(false);
    expect(validate(file({ not: [test] }))).toBe(false);
    expect(validate(file({ all: [test], any: [test] }))).toBe(false);
  });

  it('pins the values of fields that take ids, and the field names', () => {
    expect(validate(file({ field: 'category', equals: 'resellr' }))).toBe(false);
    expect(validate(file({ field: 'category', in: ['oem', 'resellr'] }))).toBe(false);
    expect(validate(file({ field: 'stage', equals: 'closer' }))).toBe(false);
    expect(validate(file({ field: 'context.homogeneity', equals: 'high' }))).toBe(false);
    expect(validate(file({ field: 'categroy', equals: 'oem' }))).toBe(false);
    expect(validate(file({ field: 'custom.', exists: true }))).toBe(false);
    expect(validate(file({ field: 'custom.Partner Since', exists: true }))).toBe(true);
  });
});

describe('ruleFileSchema', () => {
  it('parses a rule file with zod, with the problems of validateRules as its issues', () => {
    expect(ruleFileSchema.safeParse(file({ field: 'category', equals: 'oem' })).success).toBe(true);
    const result = ruleFileSchema.safeParse(file({ field: 'category', equals: 'resellr' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["rules[0].when.equals: 'resellr' is not a partner category"]);
  });

  it('takes a file, not a bare list of rules', () => {
    expect(ruleFileSchema.safeParse(file({ field: 'tier', exists: true }).rules).success).toBe(false);
  });

  it('words a problem of the whole file without a path before it', () => {
    expect(ruleFileSchema.safeParse(5).error?.issues.map((i) => i.message)).toEqual(['expected an object, but found a number']);
  });
});
