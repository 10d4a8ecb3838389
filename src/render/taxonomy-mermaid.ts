import { en } from '../locales/en.js';
import { categoryNodes, functionNodes, groupNodes } from '../taxonomy/data.js';
import type { TaxonomyRenderOptions } from './taxonomy-markdown.js';

// Mermaid node ids cannot hold hyphens safely, and labels go in quotes.
const node = (id: string): string => id.replace(/-/g, '_');
const label = (text: string): string => `"${text.replace(/"/g, '#quot;')}"`;

/**
 * The taxonomy's hierarchy as a Mermaid flowchart: functions, service groups and
 * categories, labelled in one language.
 * @param options - The language.
 * @returns Mermaid source, starting with `flowchart TD`.
 * @example taxonomyMermaid().split('\n')[0] // 'flowchart TD'
 * @category Render
 */
export function taxonomyMermaid(options: TaxonomyRenderOptions = {}): string {
  const locale = options.locale ?? en;
  const lines = ['flowchart TD', `  taxonomy[${label(locale.reference.title)}]`];
  for (const fn of functionNodes) {
    lines.push(`  taxonomy --> ${node(fn.id)}[${label(locale.functions[fn.id].label)}]`);
  }
  for (const group of groupNodes) {
    lines.push(`  ${node(group.function)} --> ${node(group.id)}[${label(locale.groups[group.id].label)}]`);
  }
  for (const category of categoryNodes) {
    const parent = category.group ?? category.function;
    lines.push(`  ${node(parent)} --> ${node(category.id)}[${label(locale.categories[category.id].label)}]`);
  }
  return `${lines.join('\n')}\n`;
}
