import { enRender } from './en-render.js';
import { enTaxonomyText } from './en-taxonomy-text.js';
import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { ReportText } from './types.js';

/**
 * The English text of the inventory report: the taxonomy's words and the report's own. The
 * default of `inventoryMarkdown` and `inventoryHtml`, kept apart from the rest of `en` so
 * that a bundle that renders reports carries no parse or reference text.
 * @example enReportText.render.title // 'Partner inventory'
 * @internal
 */
export const enReportText: ReportText = /* @__PURE__ */ deepFreeze({ ...enTaxonomyText, ...enRender });
