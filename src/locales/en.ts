import { composeLocale } from './compose-locale.js';
import { enFindings } from './en-findings.js';
import { enParseText } from './en-messages.js';
import { enReference } from './en-reference.js';
import { enRender } from './en-render.js';
import { enRuleText } from './en-rules.js';
import { enTaxonomyText } from './en-taxonomy-text.js';
import { enVocabularyText } from './en-vocabulary.js';
import type { Locale } from './types.js';

/**
 * English text for every node, option and message. The default locale.
 *
 * It is put together from one module a job (parsing, rules, findings, the report, the
 * reference), and each job defaults to its own part, so a bundle carries only the text
 * of the jobs it imports.
 * @example en.categories['value-added-distributor'].label // 'Value-added distributor'
 * @category Locales
 */
export const en: Locale = /* @__PURE__ */ composeLocale(enTaxonomyText, {
  ...enParseText,
  ...enRuleText,
  ...enFindings,
  ...enRender,
  ...enReference,
  ...enVocabularyText,
});
