/**
 * The rule engine against json-logic-js (the fastest JavaScript rule engine we measured),
 * json-rules-engine (what many users pick) and hand-written code (the floor), on the same
 * parsed records, in the same process. Imports the shipped build (../dist/index.js), so
 * run `npm run build` first (`npm run bench` does).
 *
 * Three rule sets, each run by five engines:
 *
 * - `article`: the default engine (the article's table; its heuristics need a context and
 *   the bench gives none), against a hand-written `switch` over the category.
 * - `user50`: the default rules plus 50 seeded user rules on custom and record fields.
 * - `user50-alone`: the same 50 user rules without the default rules.
 *
 * The engines: our `recommend` (full trace), our `decide` (the option alone), the same
 * rules in json-logic-js (each rule one expression, tried in rank order, the first that
 * holds decides), in json-rules-engine (`await engine.run(record)` per record), and the
 * floor. Also timed: `createRuleEngine` on each set. With BENCH_BEFORE=<another build of
 * the package>, that build's recommend, decide and createRuleEngine run in the same
 * rounds, so a change is measured against the code before it in one process.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import jsonLogic from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import { median, runRounds } from './rounds.mjs';
import { crmValues, generateRows, mulberry32 } from './synthetic.mjs';

/** The build measured: dist/index.js, or BENCH_DIST (as in parse.bench.mjs). */
export const measuredBuild = process.env.BENCH_DIST
  ? pathToFileURL(resolve(process.env.BENCH_DIST)).href
  : new URL('../dist/index.js', import.meta.url).href;
const {
  createRuleEngine,
  defaultEngine,
  defaultRules,
  managementOptions,
  parsePartnerRecords,
  partnerCategories,
  partnerFunctions,
  typicalManagement,
} = await import(measuredBuild);
/** The build to compare with (BENCH_BEFORE), or undefined. */
export const beforeBuild = process.env.BENCH_BEFORE ? pathToFileURL(resolve(process.env.BENCH_BEFORE)).href : undefined;
const before = beforeBuild === undefined ? undefined : await import(beforeBuild);

// ---------------------------------------------------------------------------------------
// The 50 user rules

/**
 * The numeric CRM columns (bench/synthetic.mjs, `metrics: true`) with thresholds a person
 * would write for them: round numbers across each column's range.
 */
const numericFields = {
  revenue: [250_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 25_000_000],
  employees: [10, 25, 50, 100, 250, 500, 1000],
  score: [40, 50, 60, 70, 80, 90],
  yearsActive: [2, 3, 5, 8, 10, 15],
  certifications: [1, 2, 3, 5, 10, 15],
  dealsWon: [5, 10, 25, 50, 100, 200],
  nps: [-20, 0, 20, 30, 40],
  marginPct: [10, 15, 20, 25, 30],
};
/** Text fields the rules test with `equals` or `in`: record fields and one custom column. */
const textFields = {
  tier: crmValues.tiers,
  region: crmValues.regions,
  vertical: crmValues.verticals,
  country: crmValues.countries,
  'custom.segment': crmValues.segments,
};
const userPriorities = [undefined, 100, 110, 120, 130, 150]; // undefined: the default, 100

/**
 * Generates `count` user rules, seeded: mixtures of `all` and `any` (some nested) over
 * numeric comparisons on custom fields and `equals`/`in` on record fields, the custom
 * segment, the category and the function. Priorities repeat, so ties are broken by
 * specificity and id, as the hit policy says. Outcomes are spread evenly over the 5
 * options.
 * @returns {object[]} Rules in the library's JSON format.
 */
export function generateUserRules(count = 50, seed = 20240601) {
  const random = mulberry32(seed ^ 0x2545f491);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Fisher–Yates, so the order depends on the seed alone (not on the engine's sort).
  const shuffle = (list) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const some = (list, n) => shuffle(list).slice(0, n);

  // "High" tests take a threshold from the upper half of the column's range, "low" tests
  // from the lower half: rules single out partners, they do not sweep most of them up.
  const numeric = (direction = random() < 0.75 ? 'high' : 'low') => {
    const name = pick(Object.keys(numericFields));
    const thresholds = numericFields[name];
    const half = Math.floor(thresholds.length / 2);
    if (direction === 'high') return { field: `custom.${name}`, [pick(['gte', 'gt'])]: pick(thresholds.slice(half)) };
    return { field: `custom.${name}`, [pick(['lt', 'lte'])]: pick(thresholds.slice(0, half)) };
  };
  const text = () => {
    const field = pick(Object.keys(textFields));
    return random() < 0.3 ? { field, in: some(textFields[field], 2 + Math.floor(random() * 2)) } : { field, equals: pick(textFields[field]) };
  };
  const taxonomy = () => {
    const r = random();
    if (r < 0.5) return { field: 'category', equals: pick(partnerCategories) };
    if (r < 0.75) return { field: 'category', in: some(partnerCategories, 2 + Math.floor(random() * 4)) };
    return { field: 'function', equals: pick(partnerFunctions) };
  };
  const shapes = [
    () => ({ all: [text(), numeric()] }),
    () => ({ all: [taxonomy(), numeric(), ...(random() < 0.5 ? [numeric()] : [])] }),
    () => ({ all: [taxonomy(), { any: [numeric('high'), numeric('high')] }] }),
    () => ({ all: [text(), text(), numeric()] }),
    () => ({ all: [text(), { any: [numeric(), numeric()] }] }),
    () => ({ all: [taxonomy(), text(), { any: [numeric(), text()] }] }),
    () => ({ any: [{ all: [text(), numeric()] }, { all: [taxonomy(), numeric()] }] }),
  ];

  const outcomes = shuffle(Array.from({ length: count }, (_, i) => managementOptions[i % managementOptions.length]));
  return outcomes.map((option, i) => {
    const when = pick(shapes)();
    const priority = pick(userPriorities);
    const id = `user:${String(i + 1).padStart(2, '0')}`;
    return {
      id,
      description: `${id}: ${describe(when)} → ${option}`,
      when,
      recommend: option,
      ...(priority === undefined ? {} : { priority }),
    };
  });
}

const symbols = { equals: '=', gt: '>', gte: '≥', lt: '<', lte: '≤' };
function describe(when) {
  if ('all' in when) return when.all.map(describe).join(' and ');
  if ('any' in when) return `(${when.any.map(describe).join(' or ')})`;
  if ('in' in when) return `${when.field} in ${when.in.join('/')}`;
  const op = Object.keys(when).find((k) => k !== 'field');
  return `${when.field} ${symbols[op]} ${when[op]}`;
}

// ---------------------------------------------------------------------------------------
// The hit policy, written out again here so that the other engines can follow it

/**
 * The specificity of a condition as the library's `ranked` hit policy documents it: a
 * category test counts 3, group 2, function and any other field 1; `all` adds up, `any`
 * takes its least specific branch.
 */
export function specificity(when) {
  if ('all' in when) return when.all.reduce((sum, c) => sum + specificity(c), 0);
  if ('any' in when) return when.any.length === 0 ? 0 : Math.min(...when.any.map(specificity));
  if ('not' in when) return specificity(when.not);
  return when.field === 'category' ? 3 : when.field === 'group' ? 2 : 1;
}

/** Rank key: higher priority first, then more specific, then id in alphabetical order. */
const rankKey = (rule) => ({ id: rule.id, priority: rule.priority ?? 100, specificity: specificity(rule.when) });
const outranks = (a, b) =>
  a.priority !== b.priority ? a.priority > b.priority : a.specificity !== b.specificity ? a.specificity > b.specificity : a.id < b.id;
const inRankOrder = (rules) => [...rules].sort((a, b) => (outranks(rankKey(a), rankKey(b)) ? -1 : 1));

// ---------------------------------------------------------------------------------------
// json-rules-engine

const operators = { equals: 'equal', in: 'in', gt: 'greaterThan', gte: 'greaterThanInclusive', lt: 'lessThan', lte: 'lessThanInclusive' };

/** One of our conditions as a json-rules-engine condition; custom fields via `path`. */
function toJreCondition(when) {
  if ('all' in when) return { all: when.all.map(toJreCondition) };
  if ('any' in when) return { any: when.any.map(toJreCondition) };
  if ('not' in when) return { not: toJreCondition(when.not) };
  const op = Object.keys(when).find((k) => k !== 'field');
  if (operators[op] === undefined) throw new Error(`no json-rules-engine operator for ${op}`);
  const custom = when.field.startsWith('custom.') ? when.field.slice('custom.'.length) : undefined;
  return custom === undefined
    ? { fact: when.field, operator: operators[op], value: when[op] }
    : { fact: 'custom', path: `$.${custom}`, operator: operators[op], value: when[op] };
}

/**
 * The rules in a json-rules-engine `Engine`, one rule each, with their conditions (a bare
 * test wrapped in `all`, which its root requires) and their priority (+1: it must be ≥ 1).
 * json-rules-engine has no hit policy: it fires every rule that holds, and a rule's
 * priority only orders evaluation. So each event carries the rule's rank key and `pickJre`
 * picks the fired event our hit policy would pick; this matches it exactly.
 */
export function toJreEngine(rules) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of rules) {
    const conditions = 'all' in rule.when || 'any' in rule.when || 'not' in rule.when ? rule.when : { all: [rule.when] };
    engine.addRule({
      name: rule.id,
      priority: (rule.priority ?? 100) + 1,
      conditions: toJreCondition(conditions),
      event: { type: rule.recommend, params: rankKey(rule) },
    });
  }
  return engine;
}

/** The option of the top fired event, by our hit policy, or undefined when none fired. */
export function pickJre(events) {
  let top;
  for (const e of events) if (top === undefined || outranks(e.params, top.params)) top = e;
  return top?.type;
}

// ---------------------------------------------------------------------------------------
// json-logic-js

const logicOperators = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

/**
 * One of our conditions as a json-logic expression over the record (`{ var: 'custom.nps' }`
 * reads a custom field). A comparison is guarded by `!= null`, because in JavaScript
 * `null < 5` holds, where an absent value satisfies no comparison in ours.
 */
export function toLogic(when) {
  if ('all' in when) return { and: when.all.map(toLogic) };
  if ('any' in when) return { or: when.any.map(toLogic) };
  if ('not' in when) return { '!': toLogic(when.not) };
  const value = { var: when.field };
  if ('equals' in when) return { '==': [value, when.equals] };
  if ('in' in when) return { in: [value, when.in] };
  const op = Object.keys(when).find((k) => k !== 'field');
  if (logicOperators[op] === undefined) throw new Error(`no json-logic operator for ${op}`);
  return { and: [{ '!=': [value, null] }, { [logicOperators[op]]: [value, when[op]] }] };
}

/**
 * The rules in json-logic-js as a user would run them: one expression per rule, tried in
 * rank order, and the first that holds gives the option (json-logic has no hit policy).
 * @returns {(record: object) => string | undefined}
 */
export function toJsonLogic(rules) {
  const ranked = inRankOrder(rules).map((rule) => [toLogic(rule.when), rule.recommend]);
  return function jsonLogicFirst(record) {
    for (let i = 0; i < ranked.length; i++) {
      const [logic, option] = ranked[i];
      if (jsonLogic.truthy(jsonLogic.apply(logic, record))) return option;
    }
    return undefined;
  };
}

// ---------------------------------------------------------------------------------------
// The floor: code a person would write for the same rules

/** The article's table as a hand-written switch over the category (msp-cmsp by stage). */
export function articleSwitch(record) {
  switch (record.category) {
    case 'isv-ihv':
    case 'platform':
    case 'system-integrator':
    case 'solution-reseller':
    case 'value-added-distributor':
    case 'cloud-reseller':
    case 'authorized-service':
    case 'consulting-deployment':
      return 'formal-program';
    case 'oem':
      return 'one-to-one';
    case 'interoperability':
    case 'sales-agent':
    case 'epc':
    case 'developer-community':
      return 'formal-support';
    case 'msp-cmsp':
      return record.stage === 'pre-offer' ? 'one-to-one' : record.stage === 'post-offer' ? 'formal-program' : undefined;
    case 'logistics-3pl':
    case 'financing':
    case 'training-certification':
      return 'sla';
    case 'government-agency':
    case 'standards-body':
    case 'open-source-community':
    case 'academia':
    case 'industry-analyst':
      return 'marketing-pr';
    default:
      return undefined;
  }
}

/**
 * The code a person would write for a list of user rules: read each field once (numbers
 * with unary plus), then one `if` per rule in rank order, then `fallback`. The rules are
 * generated, so this code is too (with `new Function`), but it is the plain code a person
 * would type: no closures, no lookups, no trace.
 * @returns {{ decide: (record: object) => string | undefined, source: string }}
 */
export function handWritten(rules, fallback) {
  const fields = new Map();
  const variable = (field) => {
    if (!fields.has(field)) fields.set(field, `f${fields.size}`);
    return fields.get(field);
  };
  const js = (when) => {
    if ('all' in when) return `(${when.all.map(js).join(' && ') || 'true'})`;
    if ('any' in when) return `(${when.any.map(js).join(' || ') || 'false'})`;
    if ('not' in when) return `!${js(when.not)}`;
    const v = variable(when.field);
    if ('equals' in when) return `${v} === ${JSON.stringify(when.equals)}`;
    if ('in' in when) return `(${when.in.map((x) => `${v} === ${JSON.stringify(x)}`).join(' || ')})`;
    const op = Object.keys(when).find((k) => k !== 'field');
    return `${v} ${{ gt: '>', gte: '>=', lt: '<', lte: '<=' }[op]} ${when[op]}`;
  };
  const body = inRankOrder(rules).map((r) => `  if (${js(r.when)}) return ${JSON.stringify(r.recommend)};`);
  const reads = [...fields].map(([field, v]) => {
    const custom = field.startsWith('custom.') ? field.slice('custom.'.length) : undefined;
    if (custom === undefined) return `  const ${v} = r.${field};`;
    return custom in numericFields ? `  const ${v} = +c.${custom};` : `  const ${v} = c.${custom};`;
  });
  const source = ['  const c = r.custom || EMPTY;', ...reads, ...body, '  return fallback(r);'].join('\n');
  // eslint-disable-next-line no-new-func -- the rules are the bench's own, not users'
  const decide = new Function('EMPTY', 'fallback', `return function handWritten(r) {\n${source}\n};`)(Object.freeze({}), fallback);
  return { decide, source };
}

// ---------------------------------------------------------------------------------------
// Record sets, engines and checks

const none = () => undefined;

/**
 * Builds the records (synthetic canonical rows with the numeric columns, parsed once) and
 * the three rule sets with their engines. Ours and the floor run over all `records`;
 * json-rules-engine, which is three to four orders of magnitude slower, over the first
 * `jreRecords` (article set) or `jreRecords50` (50-rule sets), so a run stays short.
 */
export function makeRuleSets({ records: count = 10_000, jreRecords = 500, jreRecords50 = 100, seed = 20240601 } = {}) {
  const { rows } = generateRows(count, { seed, set: 'canonical', metrics: true });
  const parsed = parsePartnerRecords(rows);
  if (parsed.errors.length > 0 || parsed.records.length !== count) {
    throw new Error(`parsePartnerRecords rejected ${parsed.errors.length} of the ${count} canonical rows`);
  }
  const records = parsed.records;

  const ours = defaultEngine();
  const userRules = generateUserRules(50, seed);
  const articleOnly = ours.rules.filter((r) => r.source === 'article');
  const combinedRules = [...defaultRules(), ...userRules];
  // What createRuleEngine is given on each set; the default rules are made once, outside
  // the timing, as a caller who builds engines often would keep them.
  const ruleLists = { article: defaultRules(), user50: combinedRules, 'user50-alone': userRules };
  const sets = [
    {
      key: 'article',
      title: 'default rules (article table)',
      rules: ours.rules.length,
      ours,
      logic: toJsonLogic(articleOnly),
      jre: toJreEngine(articleOnly),
      jreRules: articleOnly.length,
      floor: articleSwitch,
      floorName: 'hand-written switch',
      jreBatch: records.slice(0, jreRecords),
    },
    {
      key: 'user50',
      title: 'default rules + 50 user rules',
      rules: combinedRules.length,
      ours: createRuleEngine({ rules: combinedRules }),
      logic: toJsonLogic([...articleOnly, ...userRules]),
      jre: toJreEngine([...articleOnly, ...userRules]),
      jreRules: articleOnly.length + userRules.length,
      floor: handWritten(userRules, articleSwitch).decide,
      floorName: 'hand-written ifs + switch',
      jreBatch: records.slice(0, jreRecords50),
    },
    {
      key: 'user50-alone',
      title: '50 user rules alone',
      rules: userRules.length,
      ours: createRuleEngine({ rules: userRules }),
      logic: toJsonLogic(userRules),
      jre: toJreEngine(userRules),
      jreRules: userRules.length,
      floor: handWritten(userRules, none).decide,
      floorName: 'hand-written ifs',
      jreBatch: records.slice(0, jreRecords50),
    },
  ];
  for (const set of sets) {
    set.records = records;
    set.ruleList = ruleLists[set.key];
    set.create = () => createRuleEngine({ rules: set.ruleList });
    if (before !== undefined) {
      set.before = set.key === 'article' ? before.defaultEngine() : before.createRuleEngine({ rules: set.ruleList });
      set.createBefore = () => before.createRuleEngine({ rules: set.ruleList });
    }
  }
  return { records, userRules, sets };
}

/**
 * Checks, before timing, that all engines agree on the option for every record: ours
 * (`decide` and `recommend`), the floor and, on the article set, `typicalManagement` on
 * all of them; json-rules-engine on the first `jreCheck` records (at least all those it
 * is timed on: at about 1 ms a record on the 50-rule sets, all 10,000 would take a
 * minute). Returns what the set decides, for the report.
 */
export async function checkRuleSet(set, { jreCheck = 2_000 } = {}) {
  const jreChecked = Math.min(set.records.length, Math.max(jreCheck, set.jreBatch.length));
  const check = { records: set.records.length, jreChecked, decided: 0, byUser: 0, options: {}, deciders: new Set(), trace: 0 };
  for (const [i, record] of set.records.entries()) {
    const decided = set.ours.decide(record);
    const full = set.ours.recommend(record);
    const floor = set.floor(record);
    const logic = set.logic(record);
    const jre = i < jreChecked ? pickJre((await set.jre.run(record)).events) : decided;
    const typical = set.key === 'article' ? typicalManagement(record) : decided;
    const earlier = set.before === undefined ? decided : set.before.decide(record);
    if (decided !== full.option || decided !== floor || decided !== logic || decided !== jre || decided !== typical || decided !== earlier) {
      throw new Error(
        `${set.key}: the engines disagree on record ${i} (${record.id}): decide ${decided}, recommend ${full.option} ` +
          `(${full.decidedBy}), ${set.floorName} ${floor}, json-logic-js ${logic}, json-rules-engine ${jre}, BENCH_BEFORE ${earlier}` +
          (set.key === 'article' ? `, typicalManagement ${typical}` : '') +
          `\n${JSON.stringify(record)}`,
      );
    }
    check.trace += full.trace.length;
    if (decided === undefined) continue;
    check.decided++;
    check.options[decided] = (check.options[decided] ?? 0) + 1;
    check.deciders.add(full.decidedBy);
    if (full.decidedBy.startsWith('user:')) check.byUser++;
  }
  set.check = check;
  return check;
}

/**
 * The engines measured on each set. Each task runs one engine over the set's records
 * (json-rules-engine over the first `jreRecords` of them: it is slow).
 */
export const ruleEngines = [
  { key: 'recommend', name: 'ours: recommend (full trace)', batch: 'records', make: (set) => loop(set.ours.recommend, 'f(r).trace.length') },
  { key: 'decide', name: 'ours: decide (option only)', batch: 'records', make: (set) => loop(set.ours.decide, 'f(r) === undefined ? 0 : 1') },
  { key: 'floor', name: 'hand-written (the floor)', floor: true, batch: 'records', make: (set) => loop(set.floor, 'f(r) === undefined ? 0 : 1') },
  { key: 'logic', name: 'json-logic-js (first rule that holds)', batch: 'records', make: (set) => loop(set.logic, 'f(r) === undefined ? 0 : 1') },
  { key: 'create', name: 'ours: createRuleEngine', batch: 'one', make: (set) => () => set.create().rules.length },
  {
    key: 'recommendBefore',
    name: 'BENCH_BEFORE: recommend',
    before: true,
    batch: 'records',
    make: (set) => loop(set.before.recommend, 'f(r).trace.length'),
  },
  { key: 'decideBefore', name: 'BENCH_BEFORE: decide', before: true, batch: 'records', make: (set) => loop(set.before.decide, 'f(r) === undefined ? 0 : 1') },
  { key: 'createBefore', name: 'BENCH_BEFORE: createRuleEngine', before: true, batch: 'one', make: (set) => () => set.createBefore().rules.length },
  {
    key: 'jre',
    name: 'json-rules-engine (await run)',
    batch: 'jreBatch',
    make: (set) => async (records) => {
      let n = 0;
      for (const record of records) {
        const { events } = await set.jre.run(record);
        if (pickJre(events) !== undefined) n++;
      }
      return n;
    },
  },
];

// The same loop, compiled afresh for each task so that each call site `f(r)` only ever
// sees one function: shared, it would see them all and slow every engine down alike.
// `use` turns the result into a number that is summed, so the work cannot be optimised
// away.
function loop(f, use) {
  // eslint-disable-next-line no-new-func
  return new Function(
    'f',
    `return function run(records) { let n = 0; for (let i = 0; i < records.length; i++) { const r = records[i]; n += ${use}; } return n; };`,
  )(f);
}

/**
 * Runs every engine on every rule set, `rounds` times, each round a fresh tinybench run
 * with the task order reversed on odd rounds (as the parse bench does).
 * @returns One entry per (set, engine) with the mean ms per op of each round and the
 *   records per op.
 */
export async function runRulesBench({
  records = 10_000,
  jreRecords = 500,
  jreRecords50 = 100,
  jreCheck = 2_000,
  seed = 20240601,
  rounds = 5,
  time = 800,
  warmupTime = 200,
  log = () => {},
} = {}) {
  const { sets, userRules } = makeRuleSets({ records, jreRecords, jreRecords50, seed });
  for (const set of sets) {
    const { jreChecked } = await checkRuleSet(set, { jreCheck });
    log(`checked ${set.key}: the engines agree on all ${set.records.length} records (json-rules-engine on the first ${jreChecked})`);
  }
  const results = new Map();
  const engines = ruleEngines.filter((engine) => before !== undefined || engine.before !== true);
  const pairs = sets.flatMap((set) =>
    engines.map((engine) => ({ set, engine, id: `${set.key}/${engine.key}`, run: engine.make(set), input: engine.batch === 'one' ? [set.ruleList] : set[engine.batch] })),
  );
  for (const p of pairs) results.set(p.id, { set: p.set, engine: p.engine, perOp: p.input.length, msPerOp: [], samples: 0 });

  const timings = await runRounds(
    pairs.map(({ id, run, input }) => ({ id, run: run.constructor.name === 'AsyncFunction' ? async () => run(input) : () => run(input) })),
    { rounds, time, warmupTime, log },
  );
  for (const [id, t] of timings) Object.assign(results.get(id), { msPerOp: t.msPerOp, samples: t.samples });
  return { sets, userRules, engines, results: [...results.values()] };
}

export { median };
