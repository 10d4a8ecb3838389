import { en } from '../locales/en.js';
import type { NodeText } from '../locales/types.js';
import { categoryNodes, functionNodes, groupNodes, optionNodes, unitNodes } from '../taxonomy/data.js';
import type { TaxonomyRenderOptions } from './taxonomy-markdown.js';
import { csvLine } from './csv-cell.js';
import { categoryFacts } from './taxonomy-rows.js';

/**
 * The taxonomy as CSV, one row per node (functions, groups, categories, options, units)
 * with its parent, label, description, our gloss, source, facts and typical management,
 * for spreadsheets. Every column is in the locale's words except `id` and `parent`, which
 * hold ids so rows can be joined; facts of ours are marked as ours, as in the Markdown.
 * @param options - The language.
 * @returns CSV text with a header row and CRLF line ends.
 * @example taxonomyCsv().split('\r\n')[0] // 'kind,id,parent,label,description,gloss,source,typical,takesTitle,holdsInventory,resells,compensation,subtype,acronyms,status'
 * @category Render
 */
export function taxonomyCsv(options: TaxonomyRenderOptions = {}): string {
  const locale = options.locale ?? en;
  const r = locale.reference;
  const h = r.csv;
  const header = [h.kind, h.id, h.parent, h.label, h.description, h.gloss, h.source, h.typical, h.takesTitle, h.holdsInventory, h.resells, h.compensation, h.subtype, h.acronyms, h.status];
  const blank = ['', '', '', '', '', '', ''];
  const article = r.sources.article;
  const text = (t: NodeText): string[] => [t.label, t.description, t.gloss ?? ''];
  const rows: string[][] = [header];
  for (const fn of functionNodes) rows.push([r.kinds.function, fn.id, '', ...text(locale.functions[fn.id]), article, ...blank, r.statuses[fn.status]]);
  for (const g of groupNodes) rows.push([r.kinds.group, g.id, g.function, ...text(locale.groups[g.id]), article, ...blank, r.statuses[g.status]]);
  for (const c of categoryNodes) {
    const facts = categoryFacts(c, locale);
    rows.push([
      r.kinds.category,
      c.id,
      c.group ?? c.function,
      ...text(locale.categories[c.id]),
      article,
      facts.typical,
      facts.takesTitle,
      facts.holdsInventory,
      facts.resells,
      facts.compensation,
      facts.subtype,
      facts.acronyms,
      r.statuses[c.status],
    ]);
  }
  for (const o of optionNodes) rows.push([r.kinds.option, o.id, '', ...text(locale.options[o.id]), article, ...blank, r.statuses[o.status]]);
  for (const u of unitNodes) rows.push([r.kinds.unit, u.id, '', locale.units[u.id], '', '', r.sources[u.source], ...blank, '']);
  return rows.map((row) => csvLine(row)).join('');
}
