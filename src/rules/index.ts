export * from './builders.js';
export * from './default-rules.js';
export { type ContextFor, createRuleEngine, type HitPolicy, type RecommendInput, type RuleEngine, type RuleEngineOptions } from './engine.js';
export * from './merge-rules.js';
export * from './recommend.js';
export type * from './recommendation.js';
export type { FailedTest } from './explain.js';
export type { OperatorName } from './operators.js';
export type * from './types.js';
export { ruleFileJsonSchema, ruleFileSchema, type RuleFile } from './rule-schema.js';
export * from './rule-set-error.js';
export {
  maxConditionDepth,
  type RuleProblem,
  type RuleProblemCode,
  type ValidateRulesOptions,
  type ValidateRulesResult,
  validateRules,
} from './validate-rules.js';
