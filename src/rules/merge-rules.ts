import type { Rule } from './types.js';

/**
 * Combines rule sets: a later rule with the same id replaces the earlier one; new ids are
 * added. Use it to override one default rule without copying the rest.
 * @param sets - Rule lists, lowest precedence first.
 * @returns One list, in first-seen order of ids.
 * @example
 * mergeRules(defaultRules(), [{ ...rule, id: 'article:oem', recommend: 'formal-program' }])
 * @category Rules
 */
export function mergeRules(...sets: readonly (readonly Rule[])[]): Rule[] {
  const byId = new Map<string, Rule>();
  for (const set of sets) for (const rule of set) byId.set(rule.id, rule);
  return [...byId.values()];
}
