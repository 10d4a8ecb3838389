import { defaultRules } from '../rules/default-rules.js';
import { createRuleEngine, type RuleEngine } from '../rules/engine.js';
import { mergeRules } from '../rules/merge-rules.js';
import { defaultEngine } from '../rules/recommend.js';
import { validateRules } from '../rules/validate-rules.js';
import { type SegmentDefinition, validateSegments } from '../segment/named-segments.js';
import { CliError } from './cli-error.js';
import type { Language } from './cli-locale.js';
import { problemLine } from '../schema/problem-line.js';
import { readJsonFile } from './json-file.js';

/** The engine a command recommends with, and the named segments of the rule file. */
export interface RuleSetup {
  readonly engine: RuleEngine;
  readonly segments: readonly SegmentDefinition[];
}

/**
 * The default rules, in the chosen language, plus the rules of `--rules` if given: the
 * user's rules are merged into the defaults (a rule with a default rule's id replaces it),
 * and outrank them by priority, as a rule file written for this package expects.
 * @throws CliError listing every problem of the file, by path, in the chosen language.
 * @example const { engine, segments } = await loadRules('rules.json', chooseLanguage('sv'));
 */
export async function loadRules(file: string | undefined, language: Language): Promise<RuleSetup> {
  const { locale, text } = language;
  if (file === undefined) return { engine: defaultEngine(locale), segments: [] };

  const data = await readJsonFile(file, text, text.fileNotFound({ file }));
  const rules = validateRules(data, { locale });
  const hasSegments = data !== null && typeof data === 'object' && Object.hasOwn(data, 'segments');
  const segments = hasSegments ? validateSegments(data, { locale }) : ({ ok: true, segments: [] } as const);
  const problems = [...(rules.ok ? [] : rules.problems), ...(segments.ok ? [] : segments.problems)];
  if (problems.length > 0 || !rules.ok || !segments.ok) {
    throw new CliError(text.badRules({ file }), {
      details: problems.map((p) => `  ${problemLine(p)}`),
    });
  }
  const engine = createRuleEngine({ rules: mergeRules(defaultRules({ locale }), rules.rules), locale });
  return { engine, segments: segments.segments };
}
