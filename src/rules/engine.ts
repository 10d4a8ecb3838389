import { en } from '../locales/en.js';
import type { Locale } from '../locales/types.js';
import { partnerCategories } from '../taxonomy/ids.js';
import type { ManagementOption, PartnerCategory } from '../taxonomy/types.js';
import { compileCondition, FALSE, TRUE, UNKNOWN, type CompiledCondition, type Evaluate, type Truth } from './conditions.js';
import { shut, type Gate } from './gate.js';
import { failedTests, neededFields } from './explain.js';
import { asSubject, noContext, type Subject } from './field-access.js';
import { createFieldSlots, type FieldSlots, type Frame, type SlotPlan } from './field-slots.js';
import { createGateIndex, openRules, type GateIndex } from './gate-index.js';
import { iterableOrEmpty } from './iterable-or-empty.js';
import { lookupTable } from './lookup-table.js';
import type { Candidate, Recommendation, TraceEntry, WhyNot } from './recommendation.js';
import { assertValidRules } from './rule-set-error.js';
import type { Rule, RuleContext, RuleSource } from './types.js';

/**
 * How the engine picks among rules that fire. `ranked` (the default): highest priority,
 * then the most specific condition (a category test counts 3, group 2, function and any
 * other field 1; `all` adds up, `any` takes its least specific branch), then rule id in
 * alphabetical order. `first`: the order of the rule list. Either way the result never
 * depends on evaluation order.
 * @example
 * ```ts
 * const hitPolicy: HitPolicy = 'first';
 * createRuleEngine({ rules: defaultRules(), hitPolicy }).decide({ category: 'oem' }) // 'one-to-one'
 * ```
 * @category Rules
 */
export type HitPolicy = 'ranked' | 'first';

/**
 * Options for {@link createRuleEngine}.
 * @example
 * ```ts
 * const options: RuleEngineOptions = { rules: defaultRules({ heuristics: false }), locale: sv };
 * createRuleEngine(options).decide({ category: 'financing' }) // 'sla'
 * ```
 * @category Rules
 */
export interface RuleEngineOptions {
  /** The rules, e.g. `defaultRules()`, your own, or both. Validated; see `validateRules`. */
  readonly rules: unknown;
  readonly hitPolicy?: HitPolicy;
  /** The language of generated reasons and of rule-set problems; English by default. */
  readonly locale?: Locale;
}

/**
 * A record to recommend for: a parsed `PartnerRecord`, or any object with at least a
 * `category` (such as `{ category: 'msp-cmsp', stage: 'pre-offer' }`).
 * @example
 * ```ts
 * const input: RecommendInput = { category: 'sales-agent', mode: 'closer', tier: 'Gold' };
 * recommend(input).option // 'formal-support'
 * ```
 * @category Rules
 */
export type RecommendInput = Readonly<Record<string, unknown>>;

/**
 * A context for every record, or a function that gives each record its own (for example
 * the homogeneity of its segment).
 * @example
 * ```ts
 * const context: ContextFor = (record) => ({ homogeneity: record['region'] === 'APAC' ? 0.3 : 0.9 });
 * recommendAll([{ category: 'platform', region: 'APAC' }, { category: 'platform' }], context).map((r) => r.option)
 * // ['formal-support', 'formal-program']
 * ```
 * @category Rules
 */
export type ContextFor = RuleContext | ((record: RecommendInput, index: number) => RuleContext);

/**
 * A compiled rule set: plain closures over frozen rules.
 * @example
 * ```ts
 * const engine: RuleEngine = createRuleEngine({ rules: defaultRules() });
 * engine.decide({ category: 'financing' }) // 'sla'
 * ```
 * @category Rules
 */
export interface RuleEngine {
  /** The engine's rules, validated and frozen, in rank order. */
  readonly rules: readonly Rule[];
  /** Recommends an option for one record, with candidates and a trace. */
  readonly recommend: (record: RecommendInput, context?: RuleContext) => Recommendation;
  /** {@link RuleEngine.recommend} for many records. */
  readonly recommendAll: (records: Iterable<RecommendInput>, context?: ContextFor) => Recommendation[];
  /** The option alone, without building a trace: the fast path for batch jobs. */
  readonly decide: (record: RecommendInput, context?: RuleContext) => ManagementOption | undefined;
  /** Why a record is not recommended `option`. */
  readonly explainWhyNot: (record: RecommendInput, option: ManagementOption, context?: RuleContext) => WhyNot;
}

interface CompiledRule {
  readonly rule: Rule;
  readonly source: RuleSource;
  readonly priority: number;
  readonly specificity: number;
  /** The condition for records of any category; the buckets compile it for theirs. */
  readonly condition: CompiledCondition;
  readonly categories: ReadonlySet<PartnerCategory> | undefined;
  readonly needsContext: boolean;
  /** Position in rank order, set once the rules are sorted, and as text for cache keys. */
  rank: number;
  rankKey: string;
  /** The result when this rule alone fires and nothing is pending; made on first use. */
  alone: Recommendation | undefined;
}

/** A rule as it applies to one category: `always` when the category alone makes it hold. */
interface BucketEntry {
  readonly c: CompiledRule;
  readonly always: boolean;
  /** The rule's condition compiled for the category, for a record that passed its gate. */
  readonly evaluate: Evaluate;
  /** Its gate for the category. */
  readonly gate: Gate | undefined;
  /** Its gate, unless the bucket's index checks it. */
  readonly unindexed: Gate | undefined;
}

/** A rule and its condition for one category. */
interface Applied {
  readonly c: CompiledRule;
  readonly here: CompiledCondition;
}

/** The rules for one category, and the fields they read of its records. */
interface Bucket {
  readonly entries: readonly BucketEntry[];
  readonly plan: SlotPlan;
  readonly index: GateIndex;
  /**
   * The rules a record's text values let through, as the index fills it in. One per
   * bucket, reused by every call: the engine never runs two records at once.
   */
  readonly open: Int32Array;
}

function compile(rule: Rule, slots: FieldSlots): CompiledRule {
  const condition = compileCondition(rule.when, slots);
  return {
    rule,
    source: rule.source ?? 'user',
    priority: rule.priority ?? 100,
    specificity: condition.specificity,
    condition,
    categories: condition.categories,
    needsContext: condition.needsContext,
    rank: 0,
    rankKey: '',
    alone: undefined,
  };
}

const noRules: readonly CompiledRule[] = [];

const byRank = (a: CompiledRule, b: CompiledRule): number =>
  b.priority - a.priority || b.specificity - a.specificity || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);

// Results that depend only on which rules fired are shared, frozen, between records: most
// records fire one rule, so most calls return a ready answer. The cap bounds the memory.
const cacheLimit = 10_000;

/**
 * Builds a rule engine. The rules are validated (an invalid set throws one `RuleSetError`
 * listing every problem by path), compiled once into closures (never into code: rule
 * files come from users), and indexed by category so a record meets only the rules that
 * can apply to it.
 * @param options - The rules, the hit policy and the locale.
 * @returns The engine.
 * @throws RuleSetError when the rules are invalid.
 * @example
 * const engine = createRuleEngine({
 *   rules: [...defaultRules(), {
 *     id: 'gold-oem', description: 'Gold OEMs get the program',
 *     when: { all: [{ field: 'category', equals: 'oem' }, { field: 'tier', equals: 'Gold' }] },
 *     recommend: 'formal-program',
 *   }],
 * });
 * engine.decide({ category: 'oem', tier: 'Gold' }) // 'formal-program'
 * @category Rules
 */
export function createRuleEngine(options: RuleEngineOptions): RuleEngine {
  const locale = options.locale ?? en;
  const valid = assertValidRules(options.rules, { locale });
  // One set of field slots for all the rules: a field many rules test is read once.
  const slots = createFieldSlots();
  const compiled = valid.map((rule) => compile(rule, slots));
  if (options.hitPolicy !== 'first') compiled.sort(byRank);
  compiled.forEach((c, i) => {
    c.rank = i;
    c.rankKey = String(i);
  });

  // Per category, the rules that can hold for it, in rank order, once with and once
  // without the rules that need a context. A rule that reads only the taxonomy is settled
  // here for each category: dropped when it cannot hold, marked `always` when it must.
  // A rule that tests the taxonomy is compiled again for the categories it can hold for,
  // with those tests settled: what is left is what the record's other fields decide. Its
  // tests' answers are the key: categories that answer them alike share one compilation.
  const compiledFor = new Map<CompiledRule, Map<string, CompiledCondition>>();
  const conditionFor = (c: CompiledRule, known: Frame): CompiledCondition => {
    const tests = c.condition.taxonomyTests;
    if (tests.length === 0) return c.condition;
    const key = tests.map((test) => test(known)).join('');
    const byKey = compiledFor.get(c) ?? new Map<string, CompiledCondition>();
    compiledFor.set(c, byKey);
    const here = byKey.get(key) ?? compileCondition(c.rule.when, slots, known);
    byKey.set(key, here);
    return here;
  };
  const applied = new Map(
    partnerCategories.map((id): [PartnerCategory, Applied[]] => {
      const known = slots.frame({ category: id }, noContext);
      const rules = compiled.filter((c) => c.categories === undefined || c.categories.has(id));
      return [id, rules.map((c) => ({ c, here: conditionFor(c, known) })).filter(({ here }) => here.settled !== FALSE)];
    }),
  );
  const makeBucket = (rules: readonly Applied[]): Bucket => {
    const index = createGateIndex(rules.map(({ here }) => here.gate));
    return {
      entries: rules.map(({ c, here }, i) => ({
        c,
        always: here.settled === TRUE,
        evaluate: here.passed,
        gate: here.gate,
        unindexed: index.covered[i] === true ? undefined : here.gate,
      })),
      plan: slots.plan(rules.flatMap(({ here }) => here.reads)),
      index,
      open: new Int32Array(index.words),
    };
  };
  const bucket = (withContext: boolean): Readonly<Record<string, Bucket | undefined>> =>
    lookupTable([...applied].map(([id, rules]) => [id, makeBucket(rules.filter(({ c }) => withContext || !c.needsContext))] as const));
  const withContext = bucket(true);
  const withoutContext = compiled.some((c) => c.needsContext) ? bucket(false) : withContext;
  const anyCategory = makeBucket(compiled.map((c) => ({ c, here: c.condition })));
  const rulesFor = (record: Subject, context: RuleContext | undefined): Bucket => {
    const category = record['category'];
    return (typeof category === 'string' ? (context === undefined ? withoutContext : withContext)[category] : undefined) ?? anyCategory;
  };

  const decide = (input: RecommendInput, context?: RuleContext): ManagementOption | undefined => {
    const record = asSubject(input);
    const ctx = context ?? noContext;
    const { entries, plan } = rulesFor(record, context);
    // Made on first use: rules settled by the category alone read nothing.
    let frame: Frame | undefined;
    let pending: ManagementOption | 'mixed' | undefined;
    for (let i = 0; i < entries.length; i++) {
      const { c, always, gate, evaluate } = entries[i] as BucketEntry;
      let t: Truth = TRUE;
      if (!always) {
        frame ??= slots.frame(record, ctx, plan);
        if (gate !== undefined && shut(gate, frame)) continue;
        t = evaluate(frame);
      }
      if (t === TRUE) return pending === undefined || pending === c.rule.recommend ? c.rule.recommend : undefined;
      if (t === UNKNOWN) pending = pending === undefined || pending === c.rule.recommend ? c.rule.recommend : 'mixed';
    }
    return undefined;
  };

  // Results are cached by the rules that fired: on the rule when it fired alone, else by
  // their ranks (a number for two rules, text for more). Results that depend on missing
  // data are rare and are keyed by what is missing, as text.
  const byFired = new Map<number | string, Recommendation>();
  // The ranks of the rules that fired, as one number while it stays exact (up to eight
  // rules of a set of a hundred), else as text: a number is quicker to hash.
  const base = compiled.length + 1;
  const exactUpTo = Math.floor(53 / Math.log2(base));
  const firedKey = (fired: readonly CompiledRule[]): number | string => {
    if (fired.length > exactUpTo) return fired.map((c) => c.rankKey).join(',');
    let key = 0;
    for (let i = 0; i < fired.length; i++) key = key * base + (fired[i] as CompiledRule).rank + 1;
    return key;
  };
  const byNeeds = new Map<string, Recommendation>();
  let noMatch: Recommendation | undefined;

  // The loop below is decide's over the rules the text-gate index lets through, by their
  // bits: recommend meets every rule, so skipping the shut ones without a visit pays (0.90x
  // the time on 50 user rules; 1.05x on the default rules, which have no text gates),
  // where decide, which stops at the first rule that fires, was measured 4% slower with
  // the index. One helper for the two loops was measured 4–5% slower still.
  const recommend = (input: RecommendInput, context?: RuleContext): Recommendation => {
    const record = asSubject(input);
    const ctx = context ?? noContext;
    const { entries, plan, index, open } = rulesFor(record, context);
    const fired: CompiledRule[] = [];
    let frame: Frame | undefined;
    let pending: CompiledRule[] | undefined;
    // With text gates, the index says which rules the record's text values let through.
    let rules = index.all;
    if (index.fields.length > 0) {
      openRules(index, (frame = slots.frame(record, ctx, plan)), open);
      rules = open;
    }
    for (let w = 0; w < rules.length; w++) {
      // The rules let through, by their bits: lowest (highest rank) first.
      for (let bits = rules[w] as number; bits !== 0; bits &= bits - 1) {
        const { c, always, unindexed, evaluate } = entries[(w << 5) | (31 - Math.clz32(bits & -bits))] as BucketEntry;
        let t: Truth = TRUE;
        if (!always) {
          frame ??= slots.frame(record, ctx, plan);
          if (unindexed !== undefined && shut(unindexed, frame)) continue;
          t = evaluate(frame);
        }
        if (t === TRUE) {
          fired.push(c);
        } else if (t === UNKNOWN) (pending ??= []).push(c);
      }
    }
    const top = fired[0];
    const topRank = top === undefined ? Infinity : top.rank;
    const blocking = pending === undefined ? noRules : pending.filter((p) => p.rank < topRank && p.rule.recommend !== top?.rule.recommend);
    if (blocking.length === 0) {
      if (top === undefined) return (noMatch ??= build(fired, [], undefined, []));
      // Most records fire one rule: its result hangs on the rule itself.
      if (fired.length === 1) return (top.alone ??= build(fired, [], top, []));
      const key = firedKey(fired);
      const cached = byFired.get(key);
      if (cached !== undefined) return cached;
      const result = build(fired, [], top, []);
      if (byFired.size < cacheLimit) byFired.set(key, result);
      return result;
    }
    // What is missing is part of the answer, so it is part of the key.
    const needsOf = new Map(blocking.map((p) => [p, neededFields(p.rule.when, record, ctx)]));
    let key = fired.map((c) => c.rankKey).join(',');
    for (const [p, needs] of needsOf) key = `${key}|${p.rankKey}:${needs.join(',')}`;
    const cached = byNeeds.get(key);
    if (cached !== undefined) return cached;
    const result = build(fired, blocking, undefined, [...new Set([...needsOf.values()].flat())], needsOf);
    if (byNeeds.size < cacheLimit) byNeeds.set(key, result);
    return result;
  };

  // Fired and blocking rules each arrive in rank order; merged, they make the trace.
  const build = (
    fired: readonly CompiledRule[],
    blocking: readonly CompiledRule[],
    decider: CompiledRule | undefined,
    needs: readonly string[],
    needsOf?: ReadonlyMap<CompiledRule, readonly string[]>,
  ): Recommendation => {
    const ranked = blocking.length === 0 ? fired : [...fired, ...blocking].sort((a, b) => a.rank - b.rank);
    const trace: TraceEntry[] = [];
    const candidates: Candidate[] = [];
    for (const c of ranked) {
      trace.push(traceEntry(c, decider, needsOf?.get(c)));
      if (!candidates.some((x) => x.option === c.rule.recommend)) {
        candidates.push(
          Object.freeze({
            option: c.rule.recommend,
            rule: c.rule.id,
            source: c.source,
            priority: c.priority,
            status: needsOf?.has(c) === true ? ('pending' as const) : ('fired' as const),
          }),
        );
      }
    }
    const reason =
      decider !== undefined
        ? decider.rule.description
        : needs.length > 0
          ? locale.reasons.needs({ fields: needs, options: candidates.map((c) => c.option) })
          : locale.reasons.noMatch({});
    return Object.freeze({
      option: decider?.rule.recommend,
      decidedBy: decider?.rule.id,
      candidates: Object.freeze(candidates),
      trace: Object.freeze(trace),
      needs: Object.freeze(decider === undefined ? needs : []),
      reason,
    });
  };

  const recommendAll = (records: Iterable<RecommendInput>, context?: ContextFor): Recommendation[] => {
    const out: Recommendation[] = [];
    let index = 0;
    for (const record of iterableOrEmpty(records)) {
      out.push(recommend(record, typeof context === 'function' ? context(record, index) : context));
      index++;
    }
    return out;
  };

  const explainWhyNot = (input: RecommendInput, option: ManagementOption, context?: RuleContext): WhyNot => {
    const record = asSubject(input);
    const ctx = context ?? noContext;
    const result = recommend(record, context);
    const entries = compiled
      .filter((c) => c.rule.recommend === option)
      .map((c) => {
        const traced = result.trace.find((t) => t.rule === c.rule.id);
        const failures = traced === undefined ? failedTests(c.rule.when, record, ctx) : [];
        const status: WhyNot['rules'][number]['status'] = traced?.outcome ?? 'failed';
        return {
          rule: c.rule.id,
          source: c.source,
          status,
          failures,
          ...(traced?.outrankedBy === undefined ? {} : { outrankedBy: traced.outrankedBy }),
          reasons:
            status === 'outranked' && traced?.outrankedBy !== undefined
              ? [locale.reasons.outranked({ rule: c.rule.id, by: traced.outrankedBy })]
              : status === 'pending'
                ? [locale.reasons.needs({ fields: traced?.needs ?? [], options: [option] })]
                : failures.map((f) => locale.reasons.failedTest({ ...f, field: f.field ?? f.path })),
        };
      });
    return {
      option,
      recommended: result.option,
      rules: entries,
      reason: entries.length === 0 ? locale.reasons.noRule({ option }) : undefined,
    };
  };

  return Object.freeze({
    rules: Object.freeze(compiled.map((c) => c.rule)),
    recommend,
    recommendAll,
    decide,
    explainWhyNot,
  });
}


function traceEntry(c: CompiledRule, decider: CompiledRule | undefined, needs: readonly string[] | undefined): TraceEntry {
  const { id: rule, recommend: option, description: reason } = c.rule;
  if (needs !== undefined) {
    return Object.freeze({ rule, source: c.source, option, outcome: 'pending' as const, reason, needs: Object.freeze(needs) });
  }
  if (c === decider) return Object.freeze({ rule, source: c.source, option, outcome: 'chosen' as const, reason });
  return Object.freeze(
    decider === undefined
      ? { rule, source: c.source, option, outcome: 'outranked' as const, reason }
      : { rule, source: c.source, option, outcome: 'outranked' as const, reason, outrankedBy: decider.rule.id },
  );
}
