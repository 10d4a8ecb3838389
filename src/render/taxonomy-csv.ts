import { en } from '../locales/en.js';
import { categoryNodes, functionNodes, groupNodes, optionNodes } from '../taxonomy/data.js';
import type { TaxonomyRenderOptions } from './taxonomy-markdown.js';
import type { Fact } from '../taxonomy/node-types.js';
import { csvLine } from './csv-cell.js';


/**
 * The taxonomy as CSV, one row per node (functions, groups, categories, options) with its
 * parent, labels, facts and typical management, for spreadsheets and imports.
 * @param options - The language.
 * @returns CSV text with a header row and CRLF line ends.
 * @example taxonomyCsv().split('\r\n')[0] // 'kind,id,parent,label,description,typical,takesTitle,holdsInventory,resells,compensation,subtype,acronyms,status'
 * @category Render
 */
export function taxonomyCsv(options: TaxonomyRenderOptions = {}): string {
  const locale = options.locale ?? en;
  const header = ['kind', 'id', 'parent', 'label', 'description', 'typical', 'takesTitle', 'holdsInventory', 'resells', 'compensation', 'subtype', 'acronyms', 'status'];
  const blank = ['', '', '', '', '', '', ''];
  const rows: string[][] = [header];
  for (const fn of functionNodes) rows.push(['function', fn.id, '', locale.functions[fn.id].label, locale.functions[fn.id].description, ...blank, fn.status]);
  for (const g of groupNodes) rows.push(['group', g.id, g.function, locale.groups[g.id].label, locale.groups[g.id].description, ...blank, g.status]);
  // Facts and options stay machine values (ids, true/false/varies, blank when the article
  // does not say); only labels and descriptions follow the locale.
  const fact = (value: Fact): string => (value === null ? '' : String(value));
  for (const c of categoryNodes) {
    const typical = c.typicalManagement;
    rows.push([
      'category',
      c.id,
      c.group ?? c.function,
      locale.categories[c.id].label,
      locale.categories[c.id].description,
      typeof typical === 'string'
        ? typical
        : Object.entries(typical.cases).map(([value, option]) => `${typical.by}=${value}:${option}`).join(' '),
      fact(c.attributes.takesTitle),
      fact(c.attributes.holdsInventory),
      fact(c.attributes.resells),
      c.attributes.compensation?.join(' ') ?? '',
      c.subtype === null ? '' : `${c.subtype.field}: ${c.subtype.values.join(' ')}`,
      c.acronyms.join(' '),
      c.status,
    ]);
  }
  for (const o of optionNodes) rows.push(['option', o.id, '', locale.options[o.id].label, locale.options[o.id].description, ...blank, o.status]);
  return rows.map((row) => csvLine(row)).join('');
}
