import { enRuleText } from '../locales/en-rules.js';
import type { RuleText } from '../locales/types.js';
import { categoryNodes } from '../taxonomy/data.js';
import type { CategoryNode, ManagementOption } from '../taxonomy/types.js';
import { compileCondition, evaluate, fieldsOf, isNode, settledBy, specificity, type Compiled } from './conditions.js';
import { whyNot } from './explain.js';
import { asSubject, noContext, type Subject } from './field-access.js';
import { createFrameReader, type Frame } from './frame.js';
import { iterableOrEmpty } from './iterable-or-empty.js';
import type { Recommendation, WhyNot } from './recommendation.js';
import { createResultCache, type RankedRule, type Results } from './result-cache.js';
import { assertValidRules } from './rule-set-error.js';
import type { Rule, RuleContext } from './types.js';

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
  /**
   * The rules, e.g. `defaultRules()`, your own, or both. Checked again at run time (a rule
   * list from JSON goes through `validateRules` first, which narrows it to `Rule[]`).
   */
  readonly rules: readonly Rule[];
  /** How to pick among the rules that fire (see {@link HitPolicy}); `'ranked'` by default. */
  readonly hitPolicy?: HitPolicy;
  /** The language of generated reasons and of rule-set problems; English by default. */
  readonly locale?: RuleText;
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

/** A rule as it applies to the records of one bucket: its condition compiled for them. */
interface BucketEntry {
  readonly ranked: RankedRule;
  readonly test: Exclude<Compiled, false>;
}

/** The rules that can hold for the records of one category (or of none), in rank order. */
interface Bucket {
  readonly entries: readonly BucketEntry[];
  /** Results built for these records, by the rules that held or could not tell. */
  readonly results: Results;
  /**
   * When the category settles every rule: the option, and the result once built. Most
   * records under the default rules are of such a category, and read nothing.
   */
  readonly settled: { readonly option: ManagementOption | undefined; result: Recommendation | undefined } | undefined;
}

/** The buckets for records with, or without, a context. */
interface Buckets {
  /**
   * By category id, in an object without a prototype: a lookup for every record, quicker
   * than a `Map`'s, and no text ("constructor", "__proto__") finds what it was not given.
   */
  readonly byCategory: Readonly<Record<string, Bucket | undefined>>;
  /** For records whose category is missing or not a category id. */
  readonly none: Bucket;
}

/**
 * Builds a rule engine. The rules are validated (an invalid set throws one `RuleSetError`
 * listing every problem, by the rule's id and its place among your rules), compiled once
 * for each category, each test to its operator's check (never into code: rule files
 * come from users), and bucketed by category so that a record meets only the rules that
 * can hold for it.
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
  const locale = options.locale ?? enRuleText;
  return buildRuleEngine(assertValidRules(options.rules, { locale }), options.hitPolicy, locale);
}

/**
 * {@link createRuleEngine} for rules known to be valid, such as the default rules: the
 * default engine is built without checking them, so a bundle that only recommends leaves
 * the checks out.
 * @internal
 */
export function buildRuleEngine(rules: readonly Rule[], hitPolicy: HitPolicy | undefined, locale: RuleText): RuleEngine {
  const inRankOrder: RankedRule[] = rules.map((rule) => ({
    rule,
    source: rule.source ?? 'user',
    priority: rule.priority ?? 100,
    specificity: specificity(rule.when),
    rank: 0,
  }));
  if (hitPolicy !== 'first') inRankOrder.sort(byRank);
  inRankOrder.forEach((ranked, i) => (ranked.rank = i));

  // Each rule is compiled for each category, and for records with and without a context:
  // what the category settles is settled, and a rule that cannot hold is left out. A rule
  // is compiled again only for what it tests: the taxonomy, the context.
  const frames = createFrameReader();
  const cache = createResultCache(locale);
  const compilers = inRankOrder.map(({ rule }) => {
    const fields = fieldsOf(rule.when);
    const byCategory = fields.some((f) => settledBy(f) === 'category');
    const byContext = fields.some((f) => settledBy(f) === 'context');
    const compiled = new Map<string, Compiled>();
    return (category: CategoryNode | undefined, withContext: boolean): Compiled => {
      const key = `${byCategory ? (category?.id ?? '') : '*'}|${byContext && withContext}`;
      if (!compiled.has(key)) compiled.set(key, compileCondition(rule.when, frames, { category, withContext }));
      return compiled.get(key);
    };
  });
  const bucket = (category: CategoryNode | undefined, withContext: boolean): Bucket => {
    const entries = inRankOrder
      .map((ranked, i) => ({ ranked, test: (compilers[i] as (typeof compilers)[number])(category, withContext) }))
      .filter((entry): entry is BucketEntry => entry.test !== false);
    // A rule that cannot tell lacks what the taxonomy needs: the subtype, or the category.
    const needs = category === undefined ? ['category'] : category.subtype === null ? [] : [category.subtype.field];
    const results = cache.results(entries.map((e) => e.ranked), needs);
    if (entries.some((e) => isNode(e.test))) return { entries, results, settled: undefined };
    // Its rules read nothing of a record: an empty one decides for all.
    const option = decideIn({ entries, results, settled: undefined }, {});
    return { entries, results, settled: { option, result: undefined } };
  };
  const buckets = (withContext: boolean): Buckets => {
    const byCategory = Object.create(null) as Record<string, Bucket>;
    for (const node of categoryNodes) byCategory[node.id] = bucket(node, withContext);
    return { byCategory, none: bucket(undefined, withContext) };
  };
  const withContext = buckets(true);
  const withoutContext = buckets(false);
  const bucketFor = (record: Subject, context: RuleContext | undefined): Bucket => {
    const { byCategory, none } = context === undefined ? withoutContext : withContext;
    const category = record['category'];
    return (typeof category === 'string' ? byCategory[category] : undefined) ?? none;
  };

  const decide = (input: RecommendInput, context?: RuleContext): ManagementOption | undefined => {
    const record = asSubject(input);
    const bucket = bucketFor(record, context);
    return bucket.settled === undefined ? decideIn(bucket, record, context) : bucket.settled.option;
  };
  // `decide` for a bucket: the first rule that holds decides, unless a rule above it could
  // not tell and recommends something else.
  function decideIn({ entries }: Bucket, record: Subject, context?: RuleContext): ManagementOption | undefined {
    let frame: Frame | undefined; // read on first use: rules the category settles read nothing
    let pending: ManagementOption | null | undefined; // the option of the rules that could not tell; null if several
    for (let i = 0; i < entries.length; i++) {
      const { ranked, test } = entries[i] as BucketEntry;
      const truth = isNode(test) ? evaluate(test, (frame ??= frames.read(record, context ?? noContext))) : test;
      const option = ranked.rule.recommend;
      if (truth === true) return pending === undefined || pending === option ? option : undefined;
      if (truth === undefined) pending = pending === undefined || pending === option ? option : null;
    }
    return undefined;
  }

  const recommend = (input: RecommendInput, context?: RuleContext): Recommendation => {
    const record = asSubject(input);
    const { entries, results, settled } = bucketFor(record, context);
    if (settled?.result !== undefined) return settled.result;
    let frame: Frame | undefined;
    let key = 0;
    for (let i = 0; i < entries.length; i++) {
      const { test } = entries[i] as BucketEntry;
      const truth = isNode(test) ? evaluate(test, (frame ??= frames.read(record, context ?? noContext))) : test;
      if (truth !== false) key = key * results.base + 2 * i + (truth ? 1 : 2);
    }
    if (settled !== undefined) return (settled.result = cache.find(results, key));
    if (key <= Number.MAX_SAFE_INTEGER) return cache.find(results, key);
    // More rules held than a key can hold exactly: the steps again, as a list.
    const steps = entries.flatMap(({ ranked, test }) => {
      const truth = isNode(test) ? evaluate(test, frame as Frame) : test;
      return truth === false ? [] : [{ ranked, held: truth === true }];
    });
    return cache.build(steps, results.needs);
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
    return whyNot(inRankOrder, option, record, context, recommend(record, context), locale);
  };

  return Object.freeze({
    rules: Object.freeze(inRankOrder.map((ranked) => ranked.rule)),
    recommend,
    recommendAll,
    decide,
    explainWhyNot,
  });
}

const byRank = (a: RankedRule, b: RankedRule): number =>
  b.priority - a.priority || b.specificity - a.specificity || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);
