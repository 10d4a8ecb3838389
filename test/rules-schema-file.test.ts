import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ruleFileJsonSchema } from '../src/rules/rule-schema.js';
import { maxConditionDepth, validateRules } from '../src/rules/validate-rules.js';

const shipped = JSON.parse(readFileSync(new URL('../rules.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

// Ajv as a CI job or an editor plugin runs it: every option at its default, so strict mode
// on. Ajv2020 is Ajv's class for the schema's draft (2020-12); the draft-07 class cannot
// load a 2020-12 schema at all.
function strictAjv(): { readonly ajv: Ajv2020; readonly logged: unknown[][] } {
  const logged: unknown[][] = [];
  const keep = (...args: unknown[]) => void logged.push(args);
  return { ajv: new Ajv2020({ logger: { log: keep, warn: keep, error: keep } }), logged };
}

const rule = (when: unknown, fields: Record<string, unknown> = {}) => ({ id: 'r', description: 'A rule', when, recommend: 'sla', ...fields });
const test = { field: 'tier', equals: 'Gold' };

// Rule files both must accept, and both must reject: each kind of problem once.
const valid: readonly unknown[] = [
  { rules: [] },
  [],
  [rule(test)],
  { $schema: './rules.schema.json', rules: [rule(test, { priority: 10, source: 'user' })], segments: [{ id: 's' }] },
  [rule({ all: [{ field: 'category', in: ['oem', 'msp-cmsp'] }, { not: { field: 'stage', equals: 'post-offer' } }] })],
  [rule({ any: [{ field: 'custom.revenue', gte: 1e6 }, { field: 'context.power', equals: 'partner' }] })],
  [rule({ field: 'name', startsWith: 'Acme' }), rule({ field: 'custom.Notes', contains: 'renewal' }, { id: 's' })],
  [rule({ field: 'category', contains: 'reseller' }), rule({ field: 'context.homogeneity', in: [0, 0.5] }, { id: 's' })],
  [rule({ field: 'tier', equals: 3 }), rule({ field: 'region', in: [true, 'EMEA'] }, { id: 's' }), rule({ field: 'managedBy', exists: false }, { id: 't' })],
];
const invalid: readonly unknown[] = [
  {},
  null,
  'rules',
  { rules: {} },
  { rules: [], version: 1 },
  [rule(test, { recommend: 'one-to-onee' })],
  [rule(test, { id: '' })],
  [rule(test, { source: 'import' })],
  [rule(test, { priority: '1' })],
  [{ id: 'r', description: 'no when', recommend: 'sla' }],
  [rule({ all: [] })],
  [rule({ not: [test] })],
  [rule({ all: [test], any: [test] })],
  [rule({ field: 'tier', equals: 'Gold', in: ['Gold'] })],
  [rule({ field: 'tier', is: 'Gold' })],
  [rule({ field: 'tier', gt: '3' })],
  [rule({ field: 'tier', startsWith: 3 })],
  [rule({ field: 'tier', contains: ['a'] })],
  [rule({ field: 'category', equals: 'resellr' })],
  [rule({ field: 'stage', in: ['closer'] })],
  [rule({ field: 'context.homogeneity', equals: 'high' })],
  [rule({ field: 'categroy', equals: 'oem' })],
  [rule({ field: 'custom.', exists: true })],
  [rule(test, { note: 'x' })],
];

describe('rules.schema.json', () => {
  it('is the schema the code exports (run `npm run build` to refresh it)', () => {
    expect(shipped).toEqual(ruleFileJsonSchema());
  });

  it("compiles under Ajv's default strict mode, with nothing logged", () => {
    const { ajv, logged } = strictAjv();
    expect(() => ajv.compile(shipped)).not.toThrow();
    expect(logged).toEqual([]);
  });

  it('accepts and rejects what validateRules does, a bare list of rules included', () => {
    const validate = strictAjv().ajv.compile(shipped);
    for (const data of valid) {
      expect(validateRules(data), JSON.stringify(data)).toMatchObject({ ok: true });
      expect(validate(data), `${JSON.stringify(data)}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    for (const data of invalid) {
      expect(validateRules(data).ok, JSON.stringify(data)).toBe(false);
      expect(validate(data), JSON.stringify(data)).toBe(false);
    }
  });

  it('leaves to validateRules only what its description says: duplicate ids and nesting depth', () => {
    const validate = strictAjv().ajv.compile(shipped);
    let deep: unknown = test;
    for (let depth = 0; depth < maxConditionDepth; depth++) deep = { not: deep };
    for (const data of [[rule(test), rule(test)], [rule(deep)]]) {
      expect(validate(data)).toBe(true);
      expect(validateRules(data).ok).toBe(false);
    }
    expect(shipped['description']).toMatch(/unique rule ids, conditions nested at most 64 deep/);
  });
});
