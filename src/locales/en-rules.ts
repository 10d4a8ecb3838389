import { enLabels } from './en-labels.js';
import { enValueKinds } from './en-value-kinds.js';
import { inSentence } from './naming.js';
import { enDidYouMean, enQuoteList } from './en-words.js';
import { joinList } from './join-list.js';
import type { RuleText } from './types.js';

const valueKindNames = {
  category: 'a partner category',
  function: 'a partner function',
  group: 'a partner group',
  option: 'a management option',
  subtype: 'a value of this subtype',
  power: "a power balance ('vendor', 'balanced' or 'partner')",
} as const;

/**
 * The English text of the rule engine: the reasons in traces, the words of operators, the
 * names of rules, and the problems of rule files. The default of `createRuleEngine`,
 * kept apart from the rest of `en` so that a bundle that recommends carries no parse or
 * report text.
 * @example enRuleText.reasons.noRule({ option: 'sla' }) // 'no rule recommends sla'
 * @internal
 */
export const enRuleText: RuleText = /* @__PURE__ */ Object.freeze({
  code: 'en',
  valueKinds: enValueKinds,
  invalidRuleSet: ({ count }) => `Invalid rule set (${count === 1 ? '1 problem' : `${count} problems`}):`,
  ruleProblems: {
    missing_key: ({ key }) => `${key} is missing`,
    wrong_type: ({ expected, valueKind }) =>
      `expected ${expected === 'scalar' ? 'text, a number, or true or false' : enValueKinds[expected]}, but found ${enValueKinds[valueKind]}`,
    unknown_key: ({ key, allowed }) => `'${key}' is not allowed here; use ${enQuoteList(allowed)}`,
    too_deep: ({ max }) => `conditions nest at most ${max} deep; this one is deeper`,
    unknown_operator: ({ keys, operators }) =>
      `a condition needs all, any, not, or a field with ${joinList(operators, 'or')}; found ${keys.length === 0 ? 'no keys' : enQuoteList(keys)}`,
    unknown_field: ({ field, suggestion }) =>
      `'${field}' is not a field; use a record field, group, custom.<name> or context.<factor>${enDidYouMean(suggestion)}`,
    invalid_value: ({ value, kind }) => `'${value}' is not ${valueKindNames[kind]}`,
    not_a_number: ({ operator }) => `${operator} needs a number`,
    empty_list: ({ operator }) => `${operator} needs at least one ${operator === 'in' ? 'value' : 'condition'}`,
    duplicate_rule_id: ({ id, firstIndex }) =>
      `rule id '${id}' is already used by ${firstIndex === undefined ? 'a default rule (mergeRules replaces one)' : `rules[${firstIndex}]`}`,
  },
  names: {
    group: 'group',
    custom: ({ name }) => `the custom field '${name}'`,
    context: { convention: 'industry convention', power: 'power balance', homogeneity: 'homogeneity' },
    power: {
      vendor: 'the vendor is stronger',
      balanced: 'balanced',
      partner: 'the partner is stronger',
    },
    booleans: { true: 'true', false: 'false' },
    rules: {
      article: ({ subject }) => `the source article's rule for ${subject}`,
      withSubtype: ({ category, field, value }) => `${category} (${field}: ${value})`,
      convention: ({ option }) => `the industry-convention heuristic (${option})`,
      heuristics: {
        'partner-power': 'the partner-power heuristic',
        'diverse-segment': 'the diverse-segment heuristic',
      },
      user: ({ id }) => `rule '${id}'`,
    },
  },
  operators: {
    equals: (value) => `to be ${value}`,
    in: (values) => `to be one of ${values}`,
    exists: (wanted) => (wanted === 'false' ? 'to be empty' : 'to have a value'),
    gt: (bound) => `to be greater than ${bound}`,
    gte: (bound) => `to be at least ${bound}`,
    lt: (bound) => `to be less than ${bound}`,
    lte: (bound) => `to be at most ${bound}`,
    startsWith: (text) => `to start with ${text}`,
    contains: (text) => `to contain ${text}`,
  },
  reasons: {
    typical: ({ category, subtype, option }) =>
      `${category}${subtype === undefined ? '' : ` with ${subtype.field} ${subtype.value}`} is typically managed by ${inSentence(enLabels.options[option])} (source article)`,
    typicalForFunction: ({ function: fn, option }) =>
      `${inSentence(enLabels.functions[fn])} are typically managed by ${inSentence(enLabels.options[option])} (source article)`,
    needs: ({ fields, options }) => `${enQuoteList(fields)} is needed to choose between ${enQuoteList(options, 'and')}`,
    outranked: ({ rule, by }) => `${rule} also applies, but ${by} ranks higher`,
    failedTest: ({ field, operator, expected, actual }) =>
      `needs ${field} ${enRuleText.operators[operator](JSON.stringify(expected))}, but it is ${actual === undefined ? 'missing' : JSON.stringify(actual)}`,
    failedNot: ({ path }) => `needs the condition at ${path} not to hold, but it does`,
    convention: ({ option }) =>
      `the industry convention for this segment is ${inSentence(enLabels.options[option])} (heuristic: a stated convention outranks the article's typical option)`,
    partnerPower: () =>
      'a partner with more power than the vendor rarely accepts standard program terms, so it is managed one-to-one (heuristic)',
    diverseSegment: ({ threshold }) =>
      `business models in the segment differ (homogeneity below ${threshold}), so policies, processes and people fit better than one program (heuristic)`,
    noMatch: () => 'no rule applies to this record',
    noRule: ({ option }) => `no rule recommends ${option}`,
  },
});
