import { enLabels } from '../locales/en-labels.js';
import { svLabels } from '../locales/sv-labels.js';
import { categoryNodes } from '../taxonomy/data.js';
import { isPartnerCategory } from '../taxonomy/guards.js';
import type { PartnerCategory, PartnerType } from '../taxonomy/types.js';
import { type AliasSource, categoryAliases } from './aliases.js';
import { genericLabels } from './generic-labels.js';
import { closest } from './suggest.js';
import { createTextIndex, lazy, memoize } from './text-index.js';

/**
 * How text matched a category: by its `id`, its English or Swedish `label`, an `acronym`,
 * or an `alias` (see `source` for whose).
 * @example const by: MatchedBy | undefined = resolvePartnerType('SI')?.by; // 'acronym'
 * @category Resolve
 */
export type MatchedBy = 'id' | 'label' | 'acronym' | 'alias';

/**
 * What {@link resolvePartnerType} made of a piece of text.
 * @example
 * ```ts
 * const match: PartnerTypeMatch | undefined = resolvePartnerType('IHV');
 * // { type: { category: 'isv-ihv', kind: 'ihv' }, by: 'acronym', source: 'article', alternatives: [] }
 * ```
 * @category Resolve
 */
export interface PartnerTypeMatch {
  /** The category, with the subtype the text implies ("ISV" → `kind: 'isv'`). */
  readonly type: PartnerType;
  /** How the text matched. */
  readonly by: MatchedBy;
  /** Whose reading this is: the taxonomy's own names, the article's words, or ours. */
  readonly source: 'taxonomy' | AliasSource;
  /**
   * Other categories the text is commonly used for. Empty when the text is unambiguous.
   * "VAR" matches `value-added-distributor`, as in the article, with `solution-reseller`
   * (value-added reseller) as the alternative.
   */
  readonly alternatives: readonly PartnerCategory[];
}

const index = /* @__PURE__ */ lazy(() =>
  createTextIndex<PartnerTypeMatch>([
    ...categoryNodes.map((node) => [node.id, match({ category: node.id }, 'id', 'taxonomy')] as const),
    ...categoryAliases.map(
      (alias) =>
        [
          alias.text,
          match(alias.type, /^[A-Z0-9]+$/.test(alias.text) ? 'acronym' : 'alias', alias.source, alias.alternatives),
        ] as const,
    ),
    ...[enLabels, svLabels].flatMap((labels) =>
      categoryNodes.map((node) => [labels.categories[node.id], match({ category: node.id }, 'label', 'taxonomy')] as const),
    ),
    ...categoryNodes.flatMap((node) =>
      node.acronyms.map((acronym) => [acronym, match({ category: node.id }, 'acronym', 'article')] as const),
    ),
  ]),
);

function match(
  type: PartnerType,
  by: MatchedBy,
  source: PartnerTypeMatch['source'],
  alternatives: readonly PartnerCategory[] = [],
): PartnerTypeMatch {
  return Object.freeze({ type: Object.freeze({ ...type }), by, source, alternatives });
}

/**
 * Turns what people type in a CRM field into a partner type: ids, English and Swedish
 * names, and acronyms (ISV, IHV, SI, OEM, MSP, CMSP, VAD, VAR, SA, 3PL, EPC), in any case,
 * spacing, punctuation or diacritics. It never guesses: text that does not match with
 * confidence gives `undefined` (see {@link suggestPartnerCategory} for a "did you mean").
 * @param text - Free text, e.g. a CRM "Partner Type" value.
 * @returns The match, or `undefined` when nothing matches with confidence.
 * @example resolvePartnerType('ISV')?.type // { category: 'isv-ihv', kind: 'isv' }
 * @example resolvePartnerType('Systemintegratör')?.type // { category: 'system-integrator' }
 * @example resolvePartnerType('VAR')?.alternatives // ['solution-reseller']
 * @example resolvePartnerType('reseller') // undefined
 * @category Resolve
 */
export function resolvePartnerType(text: string): PartnerTypeMatch | undefined {
  if (typeof text !== 'string') return undefined;
  // Most stored data already holds ids: answer those without normalising.
  return isPartnerCategory(text) ? byId().get(text) : index().get(text);
}

const byId = /* @__PURE__ */ lazy(
  () => new Map(categoryNodes.map((node) => [node.id, match({ category: node.id }, 'id', 'taxonomy')])),
);

const suggestions = /* @__PURE__ */ lazy(() => [
  ...[...index().keys()].map(([key, found]) => [key, found.type.category] as const),
  ...createTextIndex(genericLabels.flatMap(([text, [first]]) => (first === undefined ? [] : [[text, first] as const]))).keys(),
]);

/**
 * The category that text most plausibly meant, for a "did you mean" message: a near miss
 * of a known name ("resellr"), or a word too vague to match on its own ("reseller").
 * @param text - Text that {@link resolvePartnerType} did not match.
 * @returns A category id to suggest, or `undefined` when nothing is close.
 * @example suggestPartnerCategory('resellr') // 'solution-reseller'
 * @example suggestPartnerCategory('distributer') // 'value-added-distributor'
 * @category Resolve
 */
export function suggestPartnerCategory(text: string): PartnerCategory | undefined {
  return typeof text === 'string' ? suggestCategory(text) : undefined;
}

const suggestCategory = /* @__PURE__ */ memoize((text: string) => closest(text, suggestions()));
