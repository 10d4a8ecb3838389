import { en } from '../locales/en.js';
import type { Locale } from '../locales/types.js';
import { categoryNodes, functionNodes, groupNodes, optionNodes, taxonomyVersion } from '../taxonomy/data.js';
import { shippedVocabularies } from '../crosswalk/shipped-vocabularies.js';
import type { Vocabulary } from '../crosswalk/types.js';
import { escapeMarkdownCell } from './escape.js';
import { categoryFacts } from './taxonomy-rows.js';

/**
 * Options for the taxonomy renderers.
 * @example taxonomyMarkdown({ locale: sv })
 * @category Render
 */
export interface TaxonomyRenderOptions {
  /** The language of labels and descriptions; English by default. */
  readonly locale?: Locale;
  /** Vocabularies whose crosswalks to include; the shipped ones by default. */
  readonly vocabularies?: readonly Vocabulary[];
}

// Cells hold taxonomy text, and user vocabularies' values and rationales: escaped alike.
const cell = escapeMarkdownCell;

/**
 * The taxonomy as a Markdown reference: every function with its primary value, its
 * groups and categories (label, id, description, facts, subtype, typical management), and
 * the management options. `docs/taxonomy.en.md` and `docs/taxonomy.sv.md` are made by it.
 * @param options - The language.
 * @returns Markdown text.
 * @example taxonomyMarkdown().startsWith('# Channel-partner taxonomy') // true
 * @category Render
 */
export function taxonomyMarkdown(options: TaxonomyRenderOptions = {}): string {
  const locale = options.locale ?? en;
  const r = locale.reference;
  const c = r.columns;
  const lines = [`# ${r.title}`, '', r.intro, '', r.version({ version: taxonomyVersion }), '', `## ${r.functions}`, ''];
  for (const fn of functionNodes) {
    const text = locale.functions[fn.id];
    lines.push(`### ${text.label} (\`${fn.id}\`)`, '', text.description, '');
    lines.push(`${r.primaryValue}: ${locale.primaryValues[fn.primaryValue]}.`, '');
    const header = [c.category, c.id, c.description, c.typical, c.takesTitle, c.holdsInventory, c.resells, c.compensation, c.subtype, c.acronyms];
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    const groups = [null, ...groupNodes.filter((g) => g.function === fn.id).map((g) => g.id)];
    for (const group of groups) {
      for (const node of categoryNodes.filter((n) => n.function === fn.id && n.group === group)) {
        const facts = categoryFacts(node, locale);
        const label = group === null ? locale.categories[node.id].label : `${locale.categories[node.id].label} (${r.group}: ${locale.groups[group].label})`;
        lines.push(
          `| ${[
            cell(label),
            `\`${node.id}\``,
            ...[locale.categories[node.id].description, facts.typical, facts.takesTitle, facts.holdsInventory, facts.resells, facts.compensation].map(cell),
            facts.subtype, // already Markdown: the field name is code
            cell(facts.acronyms),
          ].join(' | ')} |`,
        );
      }
    }
    lines.push('');
  }
  lines.push(`## ${r.options}`, '', `| ${c.id} | ${c.option} | ${c.description} |`, '|---|---|---|');
  for (const option of optionNodes) {
    lines.push(`| \`${option.id}\` | ${cell(locale.options[option.id].label)} | ${cell(locale.options[option.id].description)} |`);
  }
  const x = r.crosswalks;
  lines.push('', `## ${x.title}`, '', x.note);
  for (const vocabulary of options.vocabularies ?? shippedVocabularies) {
    lines.push('', `### ${cell(vocabulary.label)} (\`${vocabulary.id}\`)`, '');
    lines.push(`| ${x.value} | ${x.relation} | ${x.target} | ${x.rationale} |`, '|---|---|---|---|');
    for (const m of vocabulary.mappings) {
      const target = m.target === null ? '–' : `\`${m.target.id}\``;
      lines.push(`| ${cell(m.value)} | ${m.relation} | ${target} | ${cell(m.rationale)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
