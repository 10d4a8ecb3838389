import { composeLocale } from './compose-locale.js';
import { enTaxonomyText } from './en-taxonomy-text.js';
import type { Locale } from './types.js';

const quoteList = (values: readonly string[], conjunction = 'or'): string => {
  const quoted = values.map((v) => `'${v}'`);
  return quoted.length < 2
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
};

const valueKindNames = {
  category: 'a partner category',
  function: 'a partner function',
  group: 'a partner group',
  option: 'a management option',
  subtype: 'a value of this subtype',
  power: "a power balance ('vendor', 'balanced' or 'partner')",
} as const;

const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : `; did you mean '${suggestion}'?`;

/**
 * English text for every node, option and message. The default locale.
 * @example en.categories['value-added-distributor'].label // 'Value-added distributor'
 * @category Locales
 */
export const en: Locale = /* @__PURE__ */ composeLocale(enTaxonomyText, {
  // The node labels and descriptions (enTaxonomyText) live in their own module, so that
  // the lookups and resolvers can bundle them without the messages and report text below.
  code: 'en',
  at: ({ row, field, column }) =>
    `row ${row}${field === undefined ? '' : `, ${field}`}${column === undefined ? '' : ` (column "${column}")`}`,
  valueKinds: {
    null: 'null',
    undefined: 'missing',
    number: 'a number',
    boolean: 'true or false',
    string: 'text',
    array: 'a list',
    object: 'an object',
    other: 'a value of another kind',
  },
  ruleProblems: {
    missing_key: ({ key }) => `${key} is missing`,
    wrong_type: ({ expected, valueKind }) => `expected ${en.valueKinds[expected]}, but found ${en.valueKinds[valueKind]}`,
    unknown_key: ({ key, allowed }) => `'${key}' is not allowed here; use ${quoteList(allowed)}`,
    unknown_operator: ({ keys, operators }) =>
      `a condition needs all, any, not, or a field with ${operators.slice(0, -1).join(', ')} or ${operators.at(-1)}; found ${keys.length === 0 ? 'no keys' : quoteList(keys)}`,
    unknown_field: ({ field, suggestion }) =>
      `'${field}' is not a field; use a record field, group, custom.<name> or context.<factor>${didYouMean(suggestion)}`,
    invalid_value: ({ value, kind }) => `'${value}' is not ${valueKindNames[kind]}`,
    not_a_number: ({ operator }) => `${operator} needs a number`,
    empty_list: ({ operator }) => `${operator} needs at least one ${operator === 'in' ? 'value' : 'condition'}`,
    duplicate_rule_id: ({ id, firstIndex }) =>
      `rule id '${id}' is already used by ${firstIndex === undefined ? 'a default rule (mergeRules replaces one)' : `rules[${firstIndex}]`}`,
  },
  reference: {
    title: 'Channel-partner taxonomy',
    intro:
      'Four partner functions, their categories and the five ways to manage partners, as given by the source article. Ids are stable and safe to store.',
    functions: 'Functions and categories',
    options: 'Management options',
    primaryValue: 'Primary value',
    group: 'Group',
    columns: {
      category: 'Category',
      id: 'Id',
      description: 'Description',
      typical: 'Typical management',
      takesTitle: 'Takes title',
      holdsInventory: 'Holds inventory',
      resells: 'Resells',
      compensation: 'Paid by',
      subtype: 'Subtype',
      acronyms: 'Acronyms',
      option: 'Option',
    },
    facts: { yes: 'yes', no: 'no', varies: 'varies', unstated: '–' },
    byValue: ({ value, option }) => `${value}: ${option}`,
    crosswalks: {
      title: 'Crosswalks',
      note: 'How values of other vocabularies map to this taxonomy. The mappings and rationales are this project’s own, not the source article’s.',
      value: 'Value',
      relation: 'Relation',
      target: 'Maps to',
      rationale: 'Rationale',
    },
    version: ({ version }) => `Taxonomy version ${version}.`,
  },
  vocabularyProblems: {
    shape: ({ expected }) => `expected ${expected}`,
    unknownTarget: ({ id, kind }) => `'${id}' is not a partner ${kind}`,
    targetForNone: () => "a mapping with relation 'none' takes no target",
    missingTarget: ({ relation }) => `a mapping with relation '${relation}' needs a target`,
    duplicateValue: ({ value, firstIndex }) => `'${value}' is already listed at values[${firstIndex}]`,
    unmappedValue: ({ value }) => `'${value}' has no mapping; map it, or map it to 'none' if it is not a partner`,
    unlistedValue: ({ value }) => `'${value}' is mapped but not listed in values`,
  },
  findings: {
    coverage: ({ present, total, missing, requiredMissing }) =>
      `${present} of ${total} partner categories have partners${missing.length === 0 ? '' : `; none in ${missing.join(', ')}`}.` +
      (requiredMissing === undefined
        ? ' Name the categories your portfolio needs (required) to see which of those are missing.'
        : requiredMissing.length === 0
          ? ' Every required category has partners.'
          : ` Required but missing: ${requiredMissing.join(', ')}.`),
    alignment: ({ shares }) =>
      `Partner records do not say which business strategy each relationship serves, so the data cannot answer this. For the discussion: ${shares.map((s) => `${s.function} ${Math.round(s.share * 100)}%`).join(', ')} of partners by function.`,
    management: ({ assessed, total, mismatches, undecided }) =>
      assessed === 0
        ? `No record says how it is managed today (management), so nothing can be compared with the recommendation.`
        : `${mismatches} of ${assessed} relationships with a known management are managed differently from what their type calls for${undecided === 0 ? '' : `; ${undecided} of ${total} could not be decided`}.`,
    communication: ({ multiManaged, unowned, units }) =>
      `Partners are managed from ${units} ${units === 1 ? 'place' : 'places'}; ${multiManaged} ${multiManaged === 1 ? 'category is' : 'categories are'} managed in more than one, and ${unowned} ${unowned === 1 ? 'relationship has' : 'relationships have'} no owner. Split ownership is where partner value is most often told inconsistently; the data cannot show how it is told.`,
    tools: () => 'Partner records say nothing about the tools used to manage partners, so the data cannot answer this.',
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
      `${category}${subtype === undefined ? '' : ` with ${subtype.field} ${subtype.value}`} is typically managed by ${en.options[option].label.toLowerCase()} (source article)`,
    typicalForFunction: ({ function: fn, option }) =>
      `${en.functions[fn].label.toLowerCase()} are typically managed by ${en.options[option].label.toLowerCase()} (source article)`,
    needs: ({ fields, options }) => `${quoteList(fields)} is needed to choose between ${quoteList(options, 'and')}`,
    outranked: ({ rule, by }) => `${rule} also applies, but ${by} ranks higher`,
    failedTest: ({ field, operator, expected, actual }) =>
      `needs ${field} ${en.operators[operator](JSON.stringify(expected))}, but it is ${actual === undefined ? 'missing' : JSON.stringify(actual)}`,
    failedNot: ({ path }) => `needs the condition at ${path} not to hold, but it does`,
    convention: ({ option }) =>
      `the industry convention for this segment is ${en.options[option].label.toLowerCase()} (heuristic: a stated convention outranks the article's typical option)`,
    partnerPower: () =>
      'a partner with more power than the vendor rarely accepts standard program terms, so it is managed one-to-one (heuristic)',
    diverseSegment: ({ threshold }) =>
      `business models in the segment differ (homogeneity below ${threshold}), so policies, processes and people fit better than one program (heuristic)`,
    noMatch: () => 'no rule applies to this record',
    noRule: ({ option }) => `no rule recommends ${option}`,
  },
  messages: {
    not_a_list: ({ valueKind }) => `expected a list of records, but the input is ${en.valueKinds[valueKind]}`,
    not_an_object: ({ valueKind }) =>
      `the row is ${en.valueKinds[valueKind]}, not a record; expected an object with id, name and category`,
    missing_field: ({ field }) => `${field} is missing`,
    invalid_type: ({ field, valueKind }) => `${field} must be text, but is ${en.valueKinds[valueKind]}`,
    invalid_value: ({ field, value }) => `${field} '${value}' is not valid`,
    unknown_category: ({ value, suggestion }) =>
      `category '${value}' is not a partner category${didYouMean(suggestion)}`,
    unknown_function: ({ value, suggestion }) =>
      `function '${value}' is not a partner function${didYouMean(suggestion)}`,
    function_mismatch: ({ value, category, expected }) =>
      `function '${value}' does not match category '${category}', which is a ${expected} partner`,
    invalid_subtype: ({ field, value, category, expected, suggestion }) =>
      suggestion === undefined
        ? `${field} '${value}' is not valid for ${category}; use ${quoteList(expected)}`
        : `${field} '${value}' is not valid for ${category}; did you mean '${suggestion}'?`,
    subtype_not_allowed: ({ field, category, owner }) =>
      `${field} applies only to ${owner}, not to ${category}`,
    subtype_conflict: ({ field, value, implied, text }) =>
      `category '${text}' means ${field} '${implied}', but ${field} is '${value}'`,
    unknown_management: ({ value, suggestion }) =>
      `management '${value}' is not a management option${didYouMean(suggestion)}`,
    duplicate_id: ({ value, firstIndex }) =>
      `id '${value}' is already used by the record at index ${firstIndex}`,
    ambiguous_category: ({ text, category, alternatives }) =>
      `'${text}' was read as ${category}, as in the source article; it may also mean ${quoteList(alternatives)}`,
    unmapped_value: ({ value, vocabulary, suggestion }) =>
      `category '${value}' is neither a ${vocabulary} value nor a partner category${didYouMean(suggestion)}`,
    not_a_partner: ({ value, vocabulary, rationale }) => `'${value}' is not a partner in ${vocabulary}: ${rationale}`,
    no_category: ({ value, vocabulary, relation, target }) =>
      `'${value}' (${vocabulary}) is ${relation === 'exact' ? 'the same as' : relation === 'related' ? 'only related to' : relation === 'broader' ? 'broader than' : 'narrower than'} ${target}, which names no single category; give the category`,
    broad_mapping: ({ value, vocabulary, category }) =>
      `'${value}' (${vocabulary}) was read as ${category}, but it covers more than that category; check it`,
    deprecated_category: ({ category, replacedBy }) =>
      `category '${category}' is deprecated; use '${replacedBy}'`,
  },
  render: {
    title: 'Partner inventory',
    none: 'None.',
    headings: {
      summary: 'Summary',
      functions: 'Coverage by function',
      categories: 'Coverage by category',
      missing: 'Categories without partners',
      requiredMissing: 'Required categories without partners',
      units: 'Units and the categories they manage',
      multiManaged: 'Categories managed in more than one place',
      heatMap: 'Where each category is managed',
      mismatches: 'Managed differently from the recommendation',
      undecided: 'Not decided by the rules',
      findings: 'The five diagnostic questions',
    },
    columns: {
      measure: 'Measure',
      value: 'Value',
      function: 'Function',
      category: 'Category',
      id: 'Id',
      partners: 'Partners',
      share: 'Share',
      categoriesPresent: 'Categories with partners',
      managedBy: 'Managed by',
      typical: 'Typical management',
      unit: 'Unit',
      categories: 'Categories',
      units: 'Units',
      change: 'Current → recommended',
      reason: 'Reason',
      rule: 'Rule',
      source: 'Source',
      needs: 'Needs',
      number: 'No.',
      question: 'Question',
      basis: 'Answered by',
      answer: 'Answer',
      records: 'Records',
    },
    summary: {
      total: 'Partners',
      assessed: 'With known management',
      mismatches: 'Managed differently from the recommendation',
      undecided: 'Not decided by the rules',
      unowned: 'Without an owner',
    },
    questions: {
      coverage: 'Do we have every partner type the business needs?',
      alignment: 'Is every partner strategy aligned with the business strategy?',
      management: 'Are the relationships managed well?',
      communication: 'Is partner value communicated clearly and consistently?',
      tools: 'Are there robust partner-management tools?',
    },
    bases: { data: 'The data', partial: 'Partly the data', none: 'Not the data' },
    sources: { article: 'Source article', heuristic: 'Heuristic', user: 'Your rules' },
    charts: {
      functions: 'Partners per function',
      categories: 'Partners per category',
      heatMap: 'Partners per category and managing unit',
    },
    noCategory: 'No category',
    noOwner: 'No owner',
    typicalVaries: 'Depends on the partner',
    ofTotal: ({ part, total }) => `${part} of ${total}`,
    change: ({ from, to }) => `${from} → ${to}`,
    withCount: ({ label, count }) => `${label} (${count})`,
    list: (items) => items.join(', '),
    barValue: ({ count, share }) => `${count} (${share})`,
    more: ({ list, count }) => `${list} and ${count} more`,
    cell: ({ category, unit, count }) =>
      `${category}, ${unit}: ${count.toLocaleString('en')} ${count === 1 ? 'partner' : 'partners'}`,
  },
});
