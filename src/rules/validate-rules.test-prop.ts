import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sv } from '../locales/sv.js';
import { categoryNodes } from '../taxonomy/data.js';
import { managementOptions, partnerCategories, partnerFunctions, partnerGroups } from '../taxonomy/ids.js';
import { ruleFileJsonSchema, ruleFileSchema } from './rule-schema.js';
import { validateRules } from './validate-rules.js';

// In Ajv's default strict mode, as an editor or a CI job runs it.
const validateJson = new Ajv2020().compile(ruleFileJsonSchema());

// Field tests that are valid by construction: each field with values it takes.
const idFields: readonly (readonly [string, readonly string[]])[] = [
  ['category', partnerCategories],
  ['function', partnerFunctions],
  ['group', partnerGroups],
  ['management', managementOptions],
  ['context.convention', managementOptions],
  ['context.power', ['vendor', 'balanced', 'partner']],
  ...categoryNodes.flatMap((n) => (n.subtype === null ? [] : [[n.subtype.field, n.subtype.values] as const])),
];
const freeField = fc.oneof(
  fc.constantFrom('id', 'name', 'managedBy', 'region', 'tier', 'vertical', 'country'),
  fc.string({ minLength: 1, maxLength: 10 }).map((name) => `custom.${name}`),
);
const anyField = fc.oneof(freeField, fc.constantFrom(...idFields.map(([f]) => f), 'context.homogeneity'));
// JSON has no -0, so a round trip would turn it into 0.
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n + 0);

const scalar = fc.oneof(fc.string({ maxLength: 8 }), number, fc.boolean());

const fieldTest = fc.oneof(
  fc.constantFrom(...idFields).chain(([field, values]) =>
    fc.oneof(
      fc.constantFrom(...values).map((equals) => ({ field, equals })),
      fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }).map((list) => ({ field, in: list })),
    ),
  ),
  freeField.chain((field) =>
    fc.oneof(
      scalar.map((equals) => ({ field, equals })),
      fc.array(scalar, { minLength: 1, maxLength: 3 }).map((list) => ({ field, in: list })),
    ),
  ),
  number.map((equals) => ({ field: 'context.homogeneity', equals })),
  fc.tuple(anyField, fc.boolean()).map(([field, exists]) => ({ field, exists })),
  fc.tuple(anyField, fc.constantFrom('gt', 'gte', 'lt', 'lte'), number).map(([field, op, n]) => ({ field, [op]: n })),
  fc.tuple(anyField, fc.constantFrom('startsWith', 'contains'), fc.string({ maxLength: 6 })).map(([field, op, t]) => ({ field, [op]: t })),
);

const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fieldTest,
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('condition').map((not) => ({ not })),
  ),
}));

const rule = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 6 }),
    description: fc.string({ maxLength: 10 }),
    when: condition,
    recommend: fc.constantFrom(...managementOptions),
    priority: number,
    source: fc.constantFrom('article', 'heuristic', 'user'),
  },
  { requiredKeys: ['id', 'description', 'when', 'recommend'] },
);
const validRules = fc.uniqueArray(rule, { selector: (r) => r.id, maxLength: 6 });

// Something to put where a valid value was: near misses, wrong types, junk.
const junk = fc.oneof(
  fc.constantFrom('resellr', 'categroy', 'custom.', '', 'SLA', 'not', 'all', '__proto__', [], {}, null, 0, true),
  fc.constantFrom({ field: 'tier' }, { all: [] }, { not: [] }, { field: 'category', equals: 'vad' }, { field: 'x', in: [] }),
  fc.anything({ maxDepth: 2 }),
);

type Json = unknown;

/** Every place in a JSON tree, as the container and the key that holds it. */
function places(root: Json): (readonly [Record<string | number, Json>, string | number])[] {
  const found: (readonly [Record<string | number, Json>, string | number])[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      const k = Array.isArray(node) ? Number(key) : key;
      found.push([node as Record<string | number, Json>, k]);
      stack.push((node as Record<string, Json>)[key]);
    }
  }
  return found;
}

interface Edit {
  readonly at: number;
  readonly kind: 'replace' | 'delete' | 'add';
  readonly value: unknown;
  readonly key: string;
}
const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'add'),
  value: junk,
  key: fc.constantFrom('field', 'equals', 'in', 'startsWith', 'all', 'not', 'note', 'id', 'priority', '__proto__'),
}) as fc.Arbitrary<Edit>;

/** A JSON copy of a valid rule set with a few values replaced, removed or added. */
const mutated = fc.tuple(validRules, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([rules, edits]) => {
  const copy = JSON.parse(JSON.stringify(rules)) as Json;
  for (const { at, kind, value, key } of edits) {
    const all = places(copy);
    const place = all[at % Math.max(1, all.length)];
    if (place === undefined) continue;
    const [container, k] = place;
    // A fresh copy each time: the constants above are shared between runs.
    const fresh: unknown = structuredClone(value);
    if (kind === 'replace') container[k] = fresh;
    else if (kind === 'delete' && !Array.isArray(container)) delete container[k];
    else if (!Array.isArray(container)) {
      Object.defineProperty(container, key, { value: fresh, enumerable: true, writable: true, configurable: true });
    }
  }
  return copy;
});

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const hasDuplicateIds = (rules: unknown): boolean => {
  if (!Array.isArray(rules)) return false;
  const ids = rules.map((r: unknown) =>
    r !== null && typeof r === 'object' && Object.hasOwn(r, 'id') ? (r as { id: unknown }).id : undefined,
  );
  const named = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return new Set(named).size !== named.length;
};

describe('validateRules properties', () => {
  it('never throws, whatever it is given, and never touches Object.prototype', () => {
    const before = prototypeKeys();
    const anything = fc.anything({
      withBoxedValues: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(fc.oneof(anything, fc.array(anything), anything.map((rules) => ({ rules }))), (data) => {
        const result = validateRules(data, { locale: sv });
        if (!result.ok) for (const p of result.problems) expect(p.message).not.toBe('');
      }),
      { numRuns: 1000 },
    );
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts every generated rule set, returning it equal, and again after a JSON round trip', () => {
    fc.assert(
      fc.property(validRules, (rules) => {
        const result = validateRules(rules);
        expect(result).toEqual({ ok: true, rules });
        const again = validateRules(JSON.parse(JSON.stringify({ rules: result.ok ? result.rules : [] })));
        expect(again).toEqual({ ok: true, rules });
      }),
      { numRuns: 300 },
    );
  });

  it('reports mutated rule sets as problems with paths from rules[i], never by throwing', () => {
    fc.assert(
      fc.property(mutated, (data) => {
        const result = validateRules(data);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) expect(p.path).toMatch(/^rules\[\d+\]/);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the zod schema and, through strict ajv, with the JSON Schema, on files and bare lists', () => {
    fc.assert(
      fc.property(mutated, fc.boolean(), (rules, bare) => {
        const data = JSON.parse(JSON.stringify(bare ? rules : { rules })) as unknown;
        const result = validateRules(data);
        // The zod schema is validateRules, for files; the JSON Schema leaves out the one
        // check it cannot express that a mutation can break: unique ids.
        if (!bare) expect(ruleFileSchema.safeParse(data).success).toBe(result.ok);
        const okButIds = result.ok || result.problems.every((p) => p.code === 'duplicate_rule_id');
        expect(okButIds).toBe(validateJson(data));
        if (!result.ok && okButIds) expect(hasDuplicateIds(Array.isArray(data) ? data : (data as { rules: unknown }).rules)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
