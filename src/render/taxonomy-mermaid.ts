import { en } from '../locales/en.js';
import { categoryNodes, functionNodes, groupNodes } from '../taxonomy/data.js';
import type { TaxonomyRenderOptions } from './taxonomy-markdown.js';

// Mermaid node ids cannot hold hyphens safely, and labels go in quotes.
const node = (id: string): string => id.replace(/-/g, '_');
const label = (text: string): string => `"${text.replace(/"/g, '#quot;')}"`;

// At most this many boxes a row inside a function or group. All 22 categories in one row
// made a diagram about 4,900 px wide; three a row (Mermaid wraps a label at 200 px) keep
// the widest part, the service function with its two groups, near 1,000 px.
const widest = 3;

/**
 * The boxes of some categories in rows of equal length (four make two rows of two, not
 * three and one): an invisible link stacks each box under the one a row before it.
 */
function boxes(ids: readonly string[], text: (id: string) => string, indent: string): string[] {
  const perRow = Math.ceil(ids.length / Math.ceil(ids.length / widest));
  return [
    ...ids.map((id) => `${indent}${node(id)}[${label(text(id))}]`),
    ...ids.slice(perRow).map((id, i) => `${indent}${node(ids[i] ?? id)} ~~~ ${node(id)}`),
  ];
}

/**
 * The taxonomy's hierarchy as a Mermaid flowchart, laid out to be read at page width: each
 * function a box of its categories (the service groups boxes within it), at most three a
 * row, the functions stacked top-down; the title is the diagram's.
 * @param options - The language.
 * @returns Mermaid source: front matter with the title, then `flowchart TB`.
 * @example taxonomyMermaid().split('\n')[3] // 'flowchart TB'
 * @category Render
 */
export function taxonomyMermaid(options: TaxonomyRenderOptions = {}): string {
  const locale = options.locale ?? en;
  const category = (id: string) => locale.categories[id as keyof typeof locale.categories].label;
  // A JSON string is a double-quoted YAML scalar, whatever the title holds.
  const lines = ['---', `title: ${JSON.stringify(locale.reference.title)}`, '---', 'flowchart TB'];
  for (const fn of functionNodes) {
    lines.push(`  subgraph ${node(fn.id)}[${label(locale.functions[fn.id].label)}]`, '    direction TB');
    const loose = categoryNodes.filter((c) => c.function === fn.id && c.group === null).map((c) => c.id);
    lines.push(...boxes(loose, category, '    '));
    const groups = groupNodes.filter((g) => g.function === fn.id);
    for (const group of groups) {
      lines.push(`    subgraph ${node(group.id)}[${label(locale.groups[group.id].label)}]`, '      direction TB');
      lines.push(...boxes(categoryNodes.filter((c) => c.group === group.id).map((c) => c.id), category, '      '));
      lines.push('    end');
    }
    // The groups go under the function's other categories, one under the other.
    const stacked = [...loose.slice(-1), ...groups.map((g) => g.id)];
    if (groups.length > 0) lines.push(`    ${stacked.map(node).join(' ~~~ ')}`);
    lines.push('  end');
  }
  lines.push(`  ${functionNodes.map((fn) => node(fn.id)).join(' ~~~ ')}`);
  return `${lines.join('\n')}\n`;
}
