import { readFile } from 'node:fs/promises';
import { partnerMotions } from '../crosswalk/motions.js';
import { parseVocabulary } from '../crosswalk/parse-vocabulary.js';
import { programRoles } from '../crosswalk/program-roles.js';
import { salesforceAccountType } from '../crosswalk/salesforce.js';
import type { Vocabulary } from '../crosswalk/types.js';
import { CliError } from './cli-error.js';
import type { Language } from './cli-locale.js';
import { reason } from './input.js';

const shipped: ReadonlyMap<string, Vocabulary> = new Map(
  [salesforceAccountType, partnerMotions, programRoles].map((v) => [v.id, v]),
);

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
  const source = await readFile(value, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new CliError(text.badVocabulary({ value, known: [...shipped.keys()] }));
    throw new CliError(text.cannotRead({ file: value, reason: reason(error, text) }));
  });
  let data: unknown;
  try {
    data = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (error) {
    throw new CliError(text.badJson({ file: value, detail: (error as Error).message }));
  }
  const result = parseVocabulary(data, { locale });
  if (!result.ok) {
    throw new CliError(text.badRules({ file: value }), {
      details: result.problems.map((p) => `  ${p.path === '' ? '' : `${p.path}: `}${p.message}`),
    });
  }
  return result.vocabulary;
}
