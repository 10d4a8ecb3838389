import { categoryFacts, subtypeFieldLabel, subtypeValueLabel } from '../../render/taxonomy-rows.js';
import { resolvePartnerType, suggestPartnerCategory } from '../../resolve/resolve-partner-type.js';
import { parseMessage } from '../../locales/parse-message.js';
import { readCategory } from '../../schema/read-category.js';
import { getCategory, getFunction, getGroup } from '../../taxonomy/lookup.js';
import type { PartnerCategory } from '../../taxonomy/types.js';
import { CliError } from '../cli-error.js';
import type { Language } from '../cli-locale.js';
import { type Command, say } from '../command.js';
import { openOutput } from '../output.js';

/**
 * `lookup <text>`: what `resolvePartnerType` makes of a label, with the category's facts,
 * each fact of ours marked as ours, and our gloss. Exit 1 when no one category matches:
 * with the categories a broad word may mean, or the library's "did you mean".
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
    // A word for many categories ("Återförsäljare") or for a function names no one
    // category: say which it may be, as parsing does for such a cell.
    const reading = match === undefined ? readCategory(label, undefined) : undefined;
    if (reading?.kind === 'unclassified') {
      const message = parseMessage(locale, reading.code, reading.params);
      if (json) {
        const fn = reading.function === undefined ? {} : { function: reading.function };
        await out.write(`${JSON.stringify({ text: label, match: null, candidates: reading.candidates, ...fn, message }, null, 2)}\n`);
      } else say(message);
      await out.close();
      return 1;
    }
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

const named = (id: PartnerCategory, { text, locale }: Language): string =>
  text.lookup.named({ id, label: getCategory(id, locale).label });

function describe(label: string, match: NonNullable<ReturnType<typeof resolvePartnerType>>, language: Language): string[] {
  const { text, locale } = language;
  const category = getCategory(match.type.category, locale);
  const facts = categoryFacts(category, locale);
  const labels = text.lookup.labels;
  const columns = locale.reference.columns;
  // The subtype the text implies ("ISV" → kind ISV), by labels.
  const implied = Object.entries(match.type)
    .filter(([key]) => key !== 'category')
    .map(([field, value]) => `${subtypeFieldLabel(locale, field)}: ${subtypeValueLabel(locale, field, String(value))}`);
  const rows: [string, string][] = [
    [labels.label, category.label],
    [labels.id, category.id],
    [labels.function, text.lookup.named({ id: category.function, label: getFunction(category.function, locale).label })],
  ];
  if (category.group !== null) {
    rows.push([labels.group, text.lookup.named({ id: category.group, label: getGroup(category.group, locale).label })]);
  }
  if (facts.subtype !== '') rows.push([columns.subtype, facts.subtype]);
  if (implied.length > 0) rows.push([labels.implied, implied.join(', ')]);
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
  if (category.gloss !== undefined) rows.push([labels.gloss, category.gloss]);
  const width = Math.max(...rows.map(([name]) => name.length)) + 1;
  return [
    text.lookup.matched({
      text: label,
      id: category.id,
      label: category.label,
      by: text.lookup.by[match.by],
      source: text.lookup.sources[match.source],
    }),
    ...rows.map(([name, value]) => `  ${`${name}:`.padEnd(width + 1)} ${value}`),
  ];
}
