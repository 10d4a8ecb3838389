import { parseVocabulary } from '../crosswalk/parse-vocabulary.js';
import type { Vocabulary } from '../crosswalk/types.js';
import { shippedVocabularies } from '../crosswalk/shipped-vocabularies.js';
import { CliError } from './cli-error.js';
import type { Language } from './cli-locale.js';
import { problemLine } from '../schema/problem-line.js';
import { readJsonFile } from './json-file.js';

const shipped: ReadonlyMap<string, Vocabulary> = new Map(shippedVocabularies.map((v) => [v.id, v]));

/**
 * `--vocabulary salesforce|motions|roles|<file.json>`: the vocabulary the category column
 * speaks. A user file is checked with `parseVocabulary`, and every problem is listed.
 * @throws CliError for an unknown name, an unreadable file or an invalid vocabulary.
 * @example await vocabularyOption('salesforce', language) // salesforceAccountType
 */
export async function vocabularyOption(value: string | undefined, language: Language): Promise<Vocabulary | undefined> {
  if (value === undefined) return undefined;
  const known = shipped.get(value.toLowerCase());
  if (known !== undefined) return known;
  const { text, locale } = language;
  const data = await readJsonFile(value, text, text.badVocabulary({ value, known: [...shipped.keys()] }));
  const result = parseVocabulary(data, { locale });
  if (!result.ok) {
    throw new CliError(text.badRules({ file: value }), {
      details: result.problems.map((p) => `  ${problemLine(p)}`),
    });
  }
  return result.vocabulary;
}
