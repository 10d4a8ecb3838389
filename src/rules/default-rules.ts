import { enRuleText } from '../locales/en-rules.js';
import type { RuleText } from '../locales/types.js';
import { categoryNodes, functionNodes } from '../taxonomy/data.js';
import { managementOptions } from '../taxonomy/ids.js';
import type { ManagementOption, PartnerCategory, SubtypeField } from '../taxonomy/types.js';
import { markDefaultRules } from './default-rule-marks.js';
import type { Rule } from './types.js';

/**
 * Options for {@link defaultRules}.
 * @example
 * ```ts
 * const options: DefaultRulesOptions = { heuristics: false, locale: sv };
 * defaultRules(options).some((rule) => rule.source === 'heuristic') // false
 * ```
 * @category Rules
 */
export interface DefaultRulesOptions {
  /** Include the project's heuristics for the context factors. On by default. */
  readonly heuristics?: boolean;
  /** The language of rule descriptions (the reasons in traces); English by default. */
  readonly locale?: RuleText;
}

/**
 * The rank of each source: user rules (100 by default) outrank heuristics, which outrank
 * the article's table.
 * @example rulePriorities.heuristic // 50
 * @category Rules
 */
export const rulePriorities = { article: 0, heuristic: 50, user: 100 } as const;

/**
 * Below this homogeneity the diverse-segment heuristic applies. Our assumption, not the
 * article's: half the segment sharing a business model is where one program stops fitting.
 * @example
 * ```ts
 * diverseSegmentThreshold // 0.5
 * recommend({ category: 'platform' }, { homogeneity: 0.4 }).option // 'formal-support'
 * ```
 * @category Rules
 */
export const diverseSegmentThreshold = 0.5;

/**
 * The article's mapping table as rules: one rule per category (two for `msp-cmsp`, one
 * per commercialisation stage), and one for influencer partners as a whole, which the
 * table names as a function. `developer-community` has its own rule (formal support) that
 * outranks the influencer rule because a category test is more specific.
 * @param locale - The language of the descriptions; English by default.
 * @returns The article's rules, with `source: 'article'` and priority 0.
 * @example articleRules().find((r) => r.id === 'article:oem')?.recommend // 'one-to-one'
 * @category Rules
 */
export function articleRules(locale: RuleText = enRuleText): readonly Rule[] {
  const rules: Rule[] = [];
  for (const fn of functionNodes) {
    if (fn.typicalManagement === null) continue;
    rules.push({
      id: `article:${fn.id}`,
      description: locale.reasons.typicalForFunction({ function: fn.id, option: fn.typicalManagement }),
      when: { field: 'function', equals: fn.id },
      recommend: fn.typicalManagement,
      priority: rulePriorities.article,
      source: 'article',
    });
  }
  for (const node of categoryNodes) {
    const typical = node.typicalManagement;
    if (typeof typical === 'string') {
      const fnTypical = functionNodes.find((fn) => fn.id === node.function)?.typicalManagement;
      if (fnTypical === typical) continue; // the function's rule already says it
      rules.push(articleRule(node.id, typical, locale));
    } else {
      for (const [value, option] of Object.entries(typical.cases)) {
        rules.push(articleRule(node.id, option, locale, { field: typical.by as SubtypeField, value }));
      }
    }
  }
  return markDefaultRules(rules);
}

function articleRule(
  category: PartnerCategory,
  option: ManagementOption,
  locale: RuleText,
  subtype?: { readonly field: SubtypeField; readonly value: string },
): Rule {
  return {
    id: subtype === undefined ? `article:${category}` : `article:${category}:${subtype.value}`,
    description: locale.reasons.typical(subtype === undefined ? { category, option } : { category, option, subtype }),
    when:
      subtype === undefined
        ? { field: 'category', equals: category }
        : { all: [{ field: 'category', equals: category }, { field: subtype.field, equals: subtype.value } as Rule['when']] },
    recommend: option,
    priority: rulePriorities.article,
    source: 'article',
  };
}

// Categories the article would put in a program or under formal support, in any stage:
// the ones a strong partner or a diverse segment pulls away from standard terms.
const typicallyFormal = (options: readonly ManagementOption[]): PartnerCategory[] =>
  categoryNodes
    .filter((n) => {
      const typical = n.typicalManagement;
      return typeof typical === 'string'
        ? options.includes(typical)
        : Object.values(typical.cases).some((o) => options.includes(o));
    })
    .map((n) => n.id);

/**
 * The project's own heuristics for the three factors the article names but does not
 * quantify. Each is an ordinary rule (`source: 'heuristic'`, priority 50 to 60), so it
 * shows in every trace it affects and can be dropped or replaced like any other:
 *
 * - **convention**: when `context.convention` names an option, it wins (priority 60);
 * - **partner power**: when `context.power` is `'partner'`, categories the article puts in
 *   a program or under formal support are managed one-to-one (55);
 * - **diverse segment**: when `context.homogeneity` is below 0.5, categories the article
 *   puts in a program get formal support instead (50).
 *
 * Without a context none of them fires.
 * @param locale - The language of the descriptions; English by default.
 * @returns The heuristic rules.
 * @example heuristicRules().map((r) => r.id).includes('heuristic:partner-power') // true
 * @category Rules
 */
export function heuristicRules(locale: RuleText = enRuleText): readonly Rule[] {
  return markDefaultRules([
    ...managementOptions.map(
      (option): Rule => ({
        id: `heuristic:convention:${option}`,
        description: locale.reasons.convention({ option }),
        when: { field: 'context.convention', equals: option },
        recommend: option,
        priority: rulePriorities.heuristic + 10,
        source: 'heuristic',
      }),
    ),
    {
      id: 'heuristic:partner-power',
      description: locale.reasons.partnerPower({}),
      when: {
        all: [
          { field: 'context.power', equals: 'partner' },
          { field: 'category', in: typicallyFormal(['formal-program', 'formal-support']) },
        ],
      },
      recommend: 'one-to-one',
      priority: rulePriorities.heuristic + 5,
      source: 'heuristic',
    },
    {
      id: 'heuristic:diverse-segment',
      description: locale.reasons.diverseSegment({ threshold: diverseSegmentThreshold }),
      when: {
        all: [
          { field: 'context.homogeneity', lt: diverseSegmentThreshold },
          { field: 'category', in: typicallyFormal(['formal-program']) },
        ],
      },
      recommend: 'formal-support',
      priority: rulePriorities.heuristic,
      source: 'heuristic',
    },
  ]);
}

/**
 * The default rule set: the article's table, plus the project's heuristics unless
 * switched off.
 * @param options - Whether to include heuristics, and the language of descriptions.
 * @returns The rules the default engine uses.
 * @example defaultRules({ heuristics: false }).every((r) => r.source === 'article') // true
 * @category Rules
 */
export function defaultRules(options: DefaultRulesOptions = {}): readonly Rule[] {
  const locale = options.locale ?? enRuleText;
  return Object.freeze([...articleRules(locale), ...(options.heuristics === false ? [] : heuristicRules(locale))]);
}
