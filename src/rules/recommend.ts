import type { ManagementOption } from '../taxonomy/types.js';
import { lazy } from '../resolve/text-index.js';
import { defaultRules } from './default-rules.js';
import { enRuleText } from '../locales/en-rules.js';
import type { RuleText } from '../locales/types.js';
import { buildRuleEngine, type ContextFor, type RecommendInput, type RuleEngine } from './engine.js';
import type { Recommendation, WhyNot } from './recommendation.js';
import type { RuleContext } from './types.js';

const englishEngine = /* @__PURE__ */ lazy(() => buildRuleEngine(defaultRules(), 'ranked', enRuleText));
const engines = /* @__PURE__ */ new WeakMap<RuleText, RuleEngine>();

/**
 * The engine behind {@link recommend}: `createRuleEngine({ rules: defaultRules({ locale }), locale })`,
 * built on first use and shared, one per locale (without checking the default rules,
 * which are the library's own). English by default.
 * @param locale - The language of its reasons, e.g. `sv`; English by default.
 * @returns The shared default engine of that language.
 * @example defaultEngine().rules.length > 20 // true
 * @example defaultEngine(sv).recommend({ category: 'oem' }).reason // 'enligt källartikeln hanteras kategorin OEM vanligtvis genom …'
 * @category Rules
 */
export function defaultEngine(locale?: RuleText): RuleEngine {
  if (locale === undefined) return englishEngine();
  let engine = engines.get(locale);
  if (engine === undefined) {
    engine = buildRuleEngine(defaultRules({ locale }), 'ranked', locale);
    engines.set(locale, engine);
  }
  return engine;
}

/**
 * Recommends how to manage a partner with the default rules (the article's table and the
 * project's heuristics), with the ranked candidates and the rules behind them.
 * @param record - A parsed record, or any object with a `category`.
 * @param context - Industry convention, power balance and segment homogeneity, if known.
 * @returns The option (or `undefined` when undecided, with `needs`), candidates and trace.
 * @example recommend({ category: 'msp-cmsp', stage: 'pre-offer' }).option // 'one-to-one'
 * @example recommend({ category: 'msp-cmsp' }).needs // ['stage']
 * @category Rules
 */
export function recommend(record: RecommendInput, context?: RuleContext): Recommendation {
  return defaultEngine().recommend(record, context);
}

/**
 * {@link recommend} for many records.
 * @param records - The records.
 * @param context - One context for all, or a function giving each record its own.
 * @returns One recommendation per record, in order.
 * @example recommendAll([{ category: 'oem' }, { category: 'academia' }]).map((r) => r.option) // ['one-to-one', 'marketing-pr']
 * @category Rules
 */
export function recommendAll(records: Iterable<RecommendInput>, context?: ContextFor): Recommendation[] {
  return defaultEngine().recommendAll(records, context);
}

/**
 * Answers "why not that option?" with the default rules: each rule that recommends it,
 * and which test failed with the actual and the expected value.
 * @param record - The record.
 * @param option - The option you expected.
 * @param context - The context, as for {@link recommend}.
 * @returns The rules behind `option` and what stopped each.
 * @example explainWhyNot({ category: 'oem' }, 'formal-program').recommended // 'one-to-one'
 * @category Rules
 */
export function explainWhyNot(record: RecommendInput, option: ManagementOption, context?: RuleContext): WhyNot {
  return defaultEngine().explainWhyNot(record, option, context);
}
