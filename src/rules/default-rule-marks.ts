import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { Rule } from './types.js';

// The rules `defaultRules` made, so that a rule list can tell yours from them: problems
// name your rules by their place among yours (see validateRules). A WeakSet holds them
// without keeping them alive.
const madeByLibrary = /* @__PURE__ */ new WeakSet<object>();

/**
 * Marks rules as default rules and freezes them, as `validateRules` would: the default
 * engine uses them unchecked.
 * @internal
 */
export function markDefaultRules(rules: readonly Rule[]): readonly Rule[] {
  for (const rule of rules) madeByLibrary.add(deepFreeze(rule));
  return Object.freeze(rules);
}

/**
 * Whether a rule is one of the default rules, as `defaultRules` made it.
 * @internal
 */
export function isDefaultRule(rule: unknown): boolean {
  return typeof rule === 'object' && rule !== null && madeByLibrary.has(rule);
}
