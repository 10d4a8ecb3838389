/**
 * parsePartnerRecords against zod's own fastest safeParse of the plain schema of the
 * fields the rows carry, on the same rows, in the same process, each engine given all the
 * rows in one call (200,000 by default). Imports the shipped build (../dist/index.js), so
 * run `npm run build` first (`npm run bench` does).
 *
 * The plain schema is what a zod user would write by hand for the same export: the
 * fields the rows have and their ids, nothing more; no label resolution, no cross-field
 * rules (subtype on its own category, function agreeing with category), no localised
 * messages, no duplicate-id check. It is the floor of what validating these rows costs.
 * The baseline is a loop of its compiled safeParse over the rows that keeps the data and
 * the errors, as a user's import would.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { median, runRounds } from './rounds.mjs';
import { parseRowSets, plainColumns, syntheticCategoryIds } from './synthetic.mjs';

/**
 * The build measured: dist/index.js, or BENCH_DIST (a path from the working directory) to
 * measure another build of the same API, such as a candidate change bundled elsewhere.
 */
export const measuredBuild = process.env.BENCH_DIST
  ? pathToFileURL(resolve(process.env.BENCH_DIST)).href
  : new URL('../dist/index.js', import.meta.url).href;
const { categoryNodes, managementOptions, parsePartnerRecords, partnerCategories, partnerFunctions } = await import(
  measuredBuild
);

const text = z.string().min(1);
const subtypeFields = Object.fromEntries(
  categoryNodes.filter((n) => n.subtype !== null).map((n) => [n.subtype.field, z.enum(n.subtype.values).optional()]),
);

/** Each record field as a zod user would declare it, from the taxonomy data. */
const fieldSchemas = {
  id: text,
  name: text,
  category: z.enum(partnerCategories),
  function: z.enum(partnerFunctions).optional(),
  ...subtypeFields,
  managedBy: text.optional(),
  management: z.enum(managementOptions).optional(),
  region: text.optional(),
  tier: text.optional(),
  vertical: text.optional(),
  country: text.optional(),
};

/**
 * The plain schema of the fields `columns` names, and no others: `z.object`, since those
 * rows have no other keys. Without `columns`, every record field in a `z.looseObject`, so
 * the columns the record does not know are kept, as `parsePartnerRecords` keeps them in
 * `custom`.
 */
export function plainSchemaOf(columns) {
  if (columns === undefined) return z.looseObject(fieldSchemas);
  return z.object(Object.fromEntries(columns.map((c) => [c, fieldSchemas[c]])));
}

/**
 * The same schema through zod's ahead-of-time compiler, when the installed zod has one.
 * `strict: true` makes compile throw instead of silently handing back the runtime parser,
 * so the report can say which one it measured.
 */
function compile(schema) {
  if (typeof z.compile !== 'function') return { schema, compiled: false, why: 'zod has no z.compile' };
  try {
    return { schema: z.compile(schema, { strict: true }), compiled: true };
  } catch (error) {
    return { schema, compiled: false, why: String(error?.message ?? error) };
  }
}

/** Whether zod could compile both kinds of schema (the report says which parser it measured). */
export const zodCompiles = [plainSchemaOf(plainColumns), plainSchemaOf(undefined)].map(compile).find((c) => !c.compiled) ?? {
  compiled: true,
};

/**
 * A zod user's import: compiled (or not) safeParse over the rows in one loop, keeping
 * each row's data, or its issues with its index.
 */
function safeParseAll(schema, rows) {
  const data = [];
  const errors = [];
  for (let i = 0; i < rows.length; i++) {
    const result = schema.safeParse(rows[i]);
    if (result.success) data.push(result.data);
    else errors.push({ index: i, issues: result.error.issues });
  }
  return { data, errors };
}

/**
 * Makes a row set's rows and schemas, and checks that each engine sees them as intended.
 * @returns The set with `rows`, `invalid`, `schema`, `compiled` and `check`.
 */
export function prepareRowSet(set) {
  const { rows, invalid } = set.make();
  const schema = plainSchemaOf(set.columns);
  const compiled = compile(schema).schema;
  const parsed = parsePartnerRecords(rows);
  const failedRows = new Set(parsed.errors.map((e) => e.index));
  const expected = [...invalid].sort((a, b) => a - b).join();
  const actual = [...failedRows].sort((a, b) => a - b).join();
  // Labels such as "VAR" name more than one category: those rows are unclassified partners.
  if (expected !== actual || parsed.records.length + parsed.unclassified.length !== rows.length - invalid.size) {
    throw new Error(
      `${set.key}: parsePartnerRecords rejected ${failedRows.size} rows, expected exactly ${invalid.size} (the seeded invalid rows)`,
    );
  }
  let zodPasses = 0;
  for (const [i, row] of rows.entries()) {
    const a = compiled.safeParse(row).success;
    const b = schema.safeParse(row).success;
    if (a !== b) throw new Error(`${set.key}: compiled and runtime zod disagree on ${JSON.stringify(row)}`);
    // The plain schema has no cross-field rules, so it may pass an invalid row, never
    // fail a valid one, except a label (mixed rows), which it does not read.
    if (!a && !invalid.has(i) && set.key !== 'mixed') throw new Error(`${set.key}: zod rejected valid row ${i}`);
    if (a) zodPasses++;
  }
  const check = {
    rows: rows.length,
    invalid: invalid.size,
    records: parsed.records.length,
    unclassified: parsed.unclassified.length,
    warnings: parsed.warnings.length,
    zodPasses,
  };
  return { ...set, rows, invalid, schema, compiled, check };
}

/** The engines measured; `baseline` is what the target is measured against. */
export const engines = [
  { key: 'parse', name: 'parsePartnerRecords(rows)', run: (set) => parsePartnerRecords(set.rows).records.length },
  {
    key: 'compiled',
    name: 'loop of compiled.safeParse',
    baseline: true,
    run: (set) => safeParseAll(set.compiled, set.rows).data.length,
  },
  { key: 'runtime', name: 'loop of schema.safeParse (not compiled)', run: (set) => safeParseAll(set.schema, set.rows).data.length },
];

/**
 * Runs every engine on every row set, `rounds` times, each round a fresh tinybench run
 * with the task order reversed on odd rounds so that drift in machine load (a build in
 * another shell, thermal throttling) falls on every task alike. One set at a time, so the
 * heap holds only the rows being parsed, as a user's process would.
 * @returns The sets (with their checks), and one entry per (set, engine) with the mean ms
 *   per call of each round.
 */
export async function runParseBench({ rows = 200_000, seed = 20240601, rounds = 5, time = 800, warmupTime = 200, log = () => {} } = {}) {
  const missing = partnerCategories.filter((id) => !syntheticCategoryIds.includes(id));
  if (missing.length > 0) throw new Error(`synthetic.mjs does not cover categories: ${missing.join(', ')}`);
  const sets = [];
  const results = [];
  for (const spec of parseRowSets(rows, seed)) {
    const set = prepareRowSet(spec);
    const tasks = engines.map((engine) => ({ id: engine.key, run: () => engine.run(set) }));
    // A call over 200,000 rows takes 0.1–2 s: three timed calls a task a round, after one.
    const timings = await runRounds(tasks, {
      rounds,
      time,
      warmupTime,
      iterations: 3,
      warmupIterations: 1,
      log: (line) => log(`${set.key}: ${line}`),
    });
    for (const engine of engines) {
      const t = timings.get(engine.key);
      results.push({ set: spec, engine, msPerCall: t.msPerOp, samples: t.samples });
    }
    spec.check = set.check;
    sets.push(spec);
  }
  return { sets, results };
}

export { median };
