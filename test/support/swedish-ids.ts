/**
 * The ids a Swedish reader must never meet in a sentence, and a finder for them: shared by
 * the tests that check the Swedish text of the library and of the command line.
 */
import { partnerRecordFields } from '../../src/schema/record-fields.js';
import { sv } from '../../src/locales/sv.js';
import { categoryNodes } from '../../src/taxonomy/data.js';
import { knownUnits, managementOptions, partnerCategories, partnerFunctions, partnerGroups } from '../../src/taxonomy/ids.js';

/** Each category's subtype: the field and its values. */
export const subtypes = categoryNodes.flatMap((node) => (node.subtype === null ? [] : [{ category: node.id, ...node.subtype }]));

/** The rule operators the Swedish locale names. */
export const operators: readonly string[] = Object.keys(sv.operators);

/** Every id a Swedish sentence must not show. */
export const ids: ReadonlySet<string> = new Set<string>([
  ...partnerCategories,
  ...partnerFunctions,
  ...partnerGroups,
  ...managementOptions,
  ...knownUnits,
  ...subtypes.map((s) => s.field),
  ...subtypes.flatMap((s) => s.values),
  ...partnerRecordFields,
  // Rule fields and values that are no taxonomy node, operators, rule sources, and how
  // and by whom a label was matched.
  ...['group', 'custom', 'context', 'convention', 'power', 'homogeneity', 'vendor', 'balanced', 'partner'],
  ...operators,
  ...['article', 'heuristic', 'user', 'project', 'taxonomy', 'acronym', 'label', 'alias'],
  ...['exact', 'broader', 'narrower', 'related', 'unclassified'],
]);

/**
 * Ids spelt like a Swedish word, so a Swedish sentence may hold them: "id", "region" (the
 * field's Swedish label is "Region"), "in", "partner", "alias" and "service" ("före och
 * efter försäljningen", "lösning, försäljning, service eller påverkan").
 */
const swedishWords: ReadonlySet<string> = new Set(['id', 'region', 'in', 'partner', 'alias', 'service']);

/**
 * The ids in a text: whole words, case-sensitive (the acronym "OEM" is no id; "oem" is),
 * except `syntax`, ids the reader must type.
 */
export function idsIn(text: string, syntax: readonly string[] = []): string[] {
  const words = text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return words.filter((word) => ids.has(word) && !swedishWords.has(word) && !syntax.includes(word));
}
