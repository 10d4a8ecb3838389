/**
 * parsePartnerRecords against zod's own fastest safeParse of an equivalent plain schema,
 * on the same rows, in the same process. Imports the shipped build (../dist/index.js), so
 * run `npm run build` first (`npm run bench` does).
 *
 * The plain schema checks what a zod user would write by hand for the same export: the
 * fields and their ids, no label resolution, no cross-field rules (subtype on its own
 * category, function agreeing with category), no localised messages, no duplicate-id
 * check. It is the floor of what validating these rows costs.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { median, runRounds } from './rounds.mjs';
import { generateRows, mulberry32, syntheticCategoryIds } from './synthetic.mjs';

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

/** The equivalent plain schema: one flat object, unknown keys kept (the `custom` columns). */
export const plainSchema = z.looseObject({
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
});

/**
 * The same schema through zod's ahead-of-time compiler, when the installed zod has one.
 * `strict: true` makes compile throw instead of silently handing back the runtime parser,
 * so the report can say which one it measured.
 */
function compilePlain() {
  if (typeof z.compile !== 'function') return { schema: plainSchema, compiled: false, why: 'zod has no z.compile' };
  try {
    return { schema: z.compile(plainSchema, { strict: true }), compiled: true };
  } catch (error) {
    return { schema: plainSchema, compiled: false, why: String(error?.message ?? error) };
  }
}

export const compiledPlain = compilePlain();

/** Fisher–Yates with the bench's PRNG; canonical rows have no invalid rows to renumber. */
function shuffledRows({ rows, invalid }, seed) {
  if (invalid.size > 0) throw new Error('shuffledRows: only for row sets without invalid rows');
  const random = mulberry32(seed ^ 0x9e3779b9);
  const out = [...rows];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return { rows: out, invalid };
}

/** Builds the row sets and checks that each engine sees them as intended. */
export function makeRowSets(batch, seed) {
  const missing = partnerCategories.filter((id) => !syntheticCategoryIds.includes(id));
  if (missing.length > 0) throw new Error(`synthetic.mjs does not cover categories: ${missing.join(', ')}`);

  const sets = [
    { key: 'canonical', title: 'canonical rows (ids only, all valid)', ...generateRows(batch, { seed, set: 'canonical' }) },
    { key: 'mixed', title: 'mixed rows (~20% labels, 10% invalid)', ...generateRows(batch, { seed: seed + 1, set: 'mixed' }) },
    // The same rows as canonical, in a seeded shuffled order: the ids are no longer
    // increasing, so the duplicate-id check takes its slower path (a Set).
    { key: 'shuffled', title: 'canonical rows, ids out of order', ...shuffledRows(generateRows(batch, { seed, set: 'canonical' }), seed) },
  ];
  for (const set of sets) {
    const parsed = parsePartnerRecords(set.rows);
    const failedRows = new Set(parsed.errors.map((e) => e.index));
    const expected = [...set.invalid].sort((a, b) => a - b).join();
    const actual = [...failedRows].sort((a, b) => a - b).join();
    if (expected !== actual || parsed.records.length !== set.rows.length - set.invalid.size) {
      throw new Error(
        `${set.key}: parsePartnerRecords rejected ${failedRows.size} rows, expected exactly ${set.invalid.size} (the seeded invalid rows)`,
      );
    }
    let zodPasses = 0;
    for (const row of set.rows) {
      const a = compiledPlain.schema.safeParse(row).success;
      const b = plainSchema.safeParse(row).success;
      if (a !== b) throw new Error(`${set.key}: compiled and runtime zod disagree on ${JSON.stringify(row)}`);
      if (a) zodPasses++;
    }
    if (set.key !== 'mixed' && zodPasses !== set.rows.length) {
      throw new Error(`${set.key}: the plain zod schema rejected ${set.rows.length - zodPasses} rows`);
    }
    set.check = {
      rows: set.rows.length,
      invalid: set.invalid.size,
      records: parsed.records.length,
      warnings: parsed.warnings.length,
      zodPasses,
    };
  }
  return sets;
}

/** The engines measured; `baseline` is what the target is measured against. */
export const engines = [
  { key: 'parse', name: 'parsePartnerRecords(rows)', run: (rows) => parsePartnerRecords(rows) },
  { key: 'compiled', name: 'rows.map(compiled.safeParse)', baseline: true, run: (rows) => rows.map((r) => compiledPlain.schema.safeParse(r)) },
  { key: 'runtime', name: 'rows.map(schema.safeParse) (not compiled)', run: (rows) => rows.map((r) => plainSchema.safeParse(r)) },
];

/**
 * Runs every engine on every row set, `rounds` times, each round a fresh tinybench run
 * with the task order reversed on odd rounds so that drift in machine load (a build in
 * another shell, thermal throttling) falls on every task alike.
 * @returns One entry per (set, engine) with the mean ms per batch of each round.
 */
export async function runParseBench({ batch = 10_000, seed = 20240601, rounds = 5, time = 800, warmupTime = 200, log = () => {} } = {}) {
  const sets = makeRowSets(batch, seed);
  const results = new Map();
  const pairs = sets.flatMap((set) => engines.map((engine) => ({ set, engine, id: `${set.key}/${engine.key}` })));
  for (const p of pairs) results.set(p.id, { ...p, msPerBatch: [], samples: 0 });

  const tasks = pairs.map(({ set, engine, id }) => ({
    id,
    run: () => {
      const out = engine.run(set.rows);
      return Array.isArray(out) ? out.length : out.records.length;
    },
  }));
  const timings = await runRounds(tasks, { rounds, time, warmupTime, log });
  for (const [id, t] of timings) Object.assign(results.get(id), { msPerBatch: t.msPerOp, samples: t.samples });
  return { sets, results: [...results.values()] };
}

export { median };
