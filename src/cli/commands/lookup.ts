import { categoryFacts } from '../../render/taxonomy-rows.js';
import { resolvePartnerType, suggestPartnerCategory } from '../../resolve/resolve-partner-type.js';
import { getCategory, getFunction, getGroup } from '../../taxonomy/lookup.js';
import type { PartnerCategory } from '../../taxonomy/types.js';
import { CliError } from '../cli-error.js';
import type { Language } from '../cli-locale.js';
import { type Command, say } from '../command.js';
import { openOutput } from '../output.js';

/**
 * `lookup <text>`: what `resolvePartnerType` makes of a label, with the category's facts.
 * Exit 1 when nothing matches, with the library's "did you mean".
 * @example partner-taxonomy lookup VAR
 */
export const lookupCommand: Command = {
  name: 'lookup',
  options: { json: { type: 'boolean' } },
  run: async (args, language) => {
    const { text, locale } = language;
    // Words need no quotes: `lookup value added distributor` is one label.
    const label = args.positionals.join(' ').trim();
    if (label === '') throw new CliError(text.missingText);
    const json = args.flag('json');
    const match = resolvePartnerType(label);
    const out = await openOutput(undefined, text);
    if (match === undefined) {
      const suggestion = suggestPartnerCategory(label);
      if (json) await out.write(`${JSON.stringify({ text: label, match: null, suggestion: suggestion ?? null }, null, 2)}\n`);
      else say(text.lookup.noMatch({ text: label, suggestion: suggestion === undefined ? undefined : named(suggestion, language) }));
      await out.close();
      return 1;
    }
    const category = getCategory(match.type.category, locale);
    await out.write(
      json ? `${JSON.stringify({ text: label, match, category }, null, 2)}\n` : `${describe(label, match, language).join('\n')}\n`,
    );
    await out.close();
    return 0;
  },
};

const named = (id: PartnerCategory, { locale }: Language): string => `${id} (${getCategory(id, locale).label})`;

function describe(label: string, match: NonNullable<ReturnType<typeof resolvePartnerType>>, language: Language): string[] {
  const { text, locale } = language;
  const category = getCategory(match.type.category, locale);
  const facts = categoryFacts(category, locale);
  const labels = text.lookup.labels;
  const columns = locale.reference.columns;
  const implied = Object.entries(match.type).filter(([key]) => key !== 'category');
  const rows: [string, string][] = [
    [labels.label, category.label],
    [labels.function, `${category.function} (${getFunction(category.function, locale).label})`],
  ];
  if (category.group !== null) rows.push([labels.group, `${category.group} (${getGroup(category.group, locale).label})`]);
  if (category.subtype !== null) rows.push([columns.subtype, `${category.subtype.field}: ${category.subtype.values.join(', ')}`]);
  if (implied.length > 0) rows.push([labels.implied, implied.map(([k, v]) => `${k} = ${String(v)}`).join(', ')]);
  rows.push(
    [columns.typical, facts.typical],
    [columns.takesTitle, facts.takesTitle],
    [columns.holdsInventory, facts.holdsInventory],
    [columns.resells, facts.resells],
    [columns.compensation, facts.compensation],
  );
  if (facts.acronyms !== '') rows.push([columns.acronyms, facts.acronyms]);
  if (match.alternatives.length > 0) rows.push([labels.alternatives, match.alternatives.map((id) => named(id, language)).join(', ')]);
  rows.push([labels.description, category.description]);
  const width = Math.max(...rows.map(([name]) => name.length)) + 1;
  return [
    text.lookup.matched({ text: label, category: category.id, by: match.by, source: match.source }),
    ...rows.map(([name, value]) => `  ${`${name}:`.padEnd(width + 1)} ${value}`),
  ];
}
