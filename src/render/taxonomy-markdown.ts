import { en } from '../locales/en.js';
import type { Locale, NodeText } from '../locales/types.js';
import { formatNumber } from '../locales/naming.js';
import { diverseSegmentThreshold } from '../rules/default-rules.js';
import { categoryNodes, functionNodes, groupNodes, optionNodes, taxonomyVersion, unitNodes } from '../taxonomy/data.js';
import { shippedVocabularies } from '../crosswalk/shipped-vocabularies.js';
import type { Vocabulary } from '../crosswalk/types.js';
import { escapeMarkdownCell } from './escape.js';
import { categoryFacts, subtypeFieldLabel, subtypeValueLabel } from './taxonomy-rows.js';
import { mappingRationale, vocabularyName } from './vocabulary-words.js';

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

// The article's description, then our gloss, marked as ours.
const described = (text: NodeText, locale: Locale): string =>
  text.gloss === undefined ? text.description : `${text.description} ${locale.reference.gloss({ text: text.gloss })}`;

// A subtype by its labels, with the ids a record holds as code.
const subtypeCell = (node: (typeof categoryNodes)[number], locale: Locale): string =>
  node.subtype === null
    ? ''
    : `${cell(subtypeFieldLabel(locale, node.subtype.field))} (\`${node.subtype.field}\`): ${node.subtype.values
        .map((value) => `${cell(subtypeValueLabel(locale, node.subtype?.field ?? '', value))} (\`${value}\`)`)
        .join(', ')}`;

/**
 * The taxonomy as a Markdown reference: the article's question and why it classifies by
 * function; every function with its primary value, its groups and categories (label, id,
 * description, facts, subtype, typical management); the management options, the three
 * factors and how this project reads them; the units; the five diagnostic questions; and
 * the crosswalks. Facts and glosses of this project are marked as ours.
 * `docs/taxonomy.en.md` and `docs/taxonomy.sv.md` are made by it.
 * @param options - The language.
 * @returns Markdown text.
 * @example taxonomyMarkdown().startsWith('# Channel-partner taxonomy') // true
 * @category Render
 */
export function taxonomyMarkdown(options: TaxonomyRenderOptions = {}): string {
  const locale = options.locale ?? en;
  const r = locale.reference;
  const c = r.columns;
  const lines = [`# ${r.title}`, '', r.intro, '', r.version({ version: taxonomyVersion }), ''];
  lines.push(`## ${r.question.title}`, '', r.question.text, '');
  lines.push(`### ${r.whyFunctions.title}`, '', r.whyFunctions.intro, '');
  r.whyFunctions.reasons.forEach((reason, i) => lines.push(`${i + 1}. ${reason}`));
  lines.push('', r.whyFunctions.subset, '', `## ${r.functions}`, '');
  for (const fn of functionNodes) {
    const text = locale.functions[fn.id];
    lines.push(`### ${text.label} (\`${fn.id}\`)`, '', described(text, locale), '');
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
            ...[described(locale.categories[node.id], locale), facts.typical, facts.takesTitle, facts.holdsInventory, facts.resells, facts.compensation].map(cell),
            subtypeCell(node, locale), // already Markdown: the ids are code
            cell(facts.acronyms),
          ].join(' | ')} |`,
        );
      }
    }
    lines.push('');
    for (const group of groups) {
      if (group !== null) lines.push(`${r.group} ${cell(locale.groups[group].label)} (\`${group}\`): ${described(locale.groups[group], locale)}`, '');
    }
  }
  lines.push(`## ${r.options}`, '', `| ${c.id} | ${c.option} | ${c.description} |`, '|---|---|---|');
  for (const option of optionNodes) {
    lines.push(`| \`${option.id}\` | ${cell(locale.options[option.id].label)} | ${cell(described(locale.options[option.id], locale))} |`);
  }
  const h = r.heuristics;
  lines.push('', r.managementNote, '', `### ${h.title}`, '', h.intro, '');
  lines.push(`- ${h.convention}`, `- ${h.power}`, `- ${h.homogeneity({ threshold: formatNumber(locale, diverseSegmentThreshold) })}`, '');
  lines.push(`## ${r.units.title}`, '', r.units.intro, '', `| ${c.unit} | ${c.id} | ${c.source} |`, '|---|---|---|');
  for (const unit of unitNodes) lines.push(`| ${cell(locale.units[unit.id])} | \`${unit.id}\` | ${r.sources[unit.source]} |`);
  const d = r.diagnostics;
  lines.push('', `## ${d.title}`, '', d.intro, '', `| ${c.number} | ${c.question} | ${c.answer} |`, '|---|---|---|');
  (Object.keys(d.answers) as (keyof typeof d.answers)[]).forEach((topic, i) =>
    lines.push(`| ${i + 1} | ${cell(locale.render.questions[topic])} | ${cell(d.answers[topic])} |`),
  );
  const x = r.crosswalks;
  lines.push('', `## ${x.title}`, '', x.note);
  for (const vocabulary of options.vocabularies ?? shippedVocabularies) {
    const name = vocabularyName(locale, vocabulary) ?? vocabulary.label;
    lines.push('', `### ${cell(name)} (\`${vocabulary.id}\`)`, '');
    lines.push(`| ${x.value} | ${x.relation} | ${x.target} | ${x.rationale} |`, '|---|---|---|---|');
    for (const m of vocabulary.mappings) {
      const target =
        m.target === null
          ? '–'
          : `${cell(m.target.kind === 'category' ? locale.categories[m.target.id].label : locale.functions[m.target.id].label)} (\`${m.target.id}\`)`;
      const rationale = mappingRationale(locale, vocabulary, m) ?? m.rationale;
      lines.push(`| ${cell(m.value)} | ${x.relations[m.relation]} | ${target} | ${cell(rationale)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
