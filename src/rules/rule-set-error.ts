import { enRuleText } from '../locales/en-rules.js';
import type { RuleText } from '../locales/types.js';
import type { Rule } from './types.js';
import { problemLine } from '../schema/problem-line.js';
import { type RuleProblem, type ValidateRulesOptions, validateRules } from './validate-rules.js';

/**
 * The one error an invalid rule set throws. Its `problems` are the data `validateRules`
 * returns; its message lists them all, one a line, each with its path (counting your
 * rules only, not the default rules) and its rule's id, so a log shows every fix at once.
 * The message is in the locale the rules were checked in, its first line too.
 * @example
 * try {
 *   assertValidRules([{ id: 'r', description: '', when: { field: 'category', equals: 'resellr' }, recommend: 'sla' }]);
 * } catch (error) {
 *   if (error instanceof RuleSetError) error.problems[0].path // 'rules[0].when.equals'
 * }
 * @category Rules
 */
export class RuleSetError extends Error {
  /** Every problem, in input order. */
  readonly problems: readonly RuleProblem[];

  /**
   * Wraps the problems of a rule set in one error.
   * @param problems - At least one problem, as `validateRules` reports them.
   * @param locale - The language of the message's first line and of the rule names: that
   *   of the problems' own messages. English by default.
   */
  constructor(problems: readonly RuleProblem[], locale: Pick<RuleText, 'invalidRuleSet' | 'names'> = enRuleText) {
    const lines = problems.map(
      (p) => `\n  ${problemLine(p)}${p.rule === undefined ? '' : ` (${locale.names.rules.user({ id: p.rule })})`}`,
    );
    super(`${locale.invalidRuleSet({ count: problems.length })}${lines.join('')}`);
    this.name = 'RuleSetError';
    this.problems = Object.freeze([...problems]);
  }
}

/**
 * Validates a rule set like `validateRules`, but returns the rules or throws.
 * @param data - An array of rules, or a rule file `{ rules: [...] }`.
 * @param options - The message locale.
 * @returns Frozen copies of the rules.
 * @throws RuleSetError listing every problem when the rule set is invalid.
 * @example
 * const rules = assertValidRules(JSON.parse('{"rules": []}')); // []
 * @category Rules
 */
export function assertValidRules(data: unknown, options?: ValidateRulesOptions): readonly Rule[] {
  const result = validateRules(data, options);
  if (!result.ok) throw new RuleSetError(result.problems, options?.locale);
  return result.rules;
}
