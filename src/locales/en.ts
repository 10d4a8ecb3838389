import { composeLocale } from './compose-locale.js';
import { enTaxonomyText } from './en-taxonomy-text.js';
import { inSentence } from './naming.js';
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
  schema: {
    title: 'Partner record',
    description: ({ version }) =>
      `A channel-partner record in canonical form (taxonomy ${version}): category ids, the category's own subtype field only, and custom fields under "custom".`,
    custom: 'Custom fields',
  },
  reference: {
    title: 'Channel-partner taxonomy',
    intro:
      'Four partner functions, their categories and the five ways to manage partners, as given by the source article. Facts are the article’s unless marked as our reading: those are this project’s own inference or gloss. Ids are stable and safe to store.',
    sources: { article: 'source article', project: 'our reading' },
    projectFact: ({ fact }) => `${fact} (our reading)`,
    gloss: ({ text }) => `(Our reading: ${text})`,
    question: {
      title: 'The article’s question',
      text: 'Where is the channel-partner relationship managed? For years the answer was channel sales, and sales still carries the main responsibility for the partner program and its targets. But important partner relationships are also formed in product teams, marketing and other corners of the organisation. The article’s first step is therefore an inventory that classifies every partner relationship by its primary function: solution, sales, service or influence.',
    },
    whyFunctions: {
      title: 'Why functions',
      intro: 'Functions are a good way to define channel partners, the article says, because they provide:',
      reasons: [
        'a shared understanding of the value each partner type brings,',
        'a sound rationale for choosing channel partners,',
        'an economic basis for designing partner programs, and',
        'dynamic, agile building blocks for the complex go-to-market systems that hard-to-enter geographies and markets require.',
      ],
      subset:
        'Most companies will have only a subset of the categories below, and the categories can and should be segmented further for optimal management.',
    },
    managementNote:
      'Not every partner is – or should be – managed through a formal partner program. Which option fits depends, the article says, on factors such as industry convention, the relative power of vendor and partner, and how homogeneous the partners’ business models are within the segment. The tables above give the option the article calls typical for each partner type.',
    heuristics: {
      title: 'How we read the three factors (our heuristics)',
      intro:
        'The article names the factors but not how they shift the choice. The rule engine reads them with three heuristics of its own, which show in every trace they affect and can be switched off:',
      convention: 'Industry convention: when the segment’s convention is known, it wins over the article’s typical option.',
      power:
        'Relative power: when the partner holds the stronger negotiating position, categories the article puts in a program or under formal support are managed one-to-one.',
      homogeneity: ({ threshold }) =>
        `Homogeneity: when business models in the segment differ (homogeneity below ${threshold}), categories the article puts in a program get formal support instead.`,
    },
    units: {
      title: 'Where relationships are managed',
      intro:
        'The article names channel sales, product teams and marketing, and “other corners” of the organisation. Records may name any unit; these are the ones the taxonomy knows.',
    },
    diagnostics: {
      title: 'The five diagnostic questions',
      intro: 'After the inventory, the article asks five questions. What the inventory can answer is our reading:',
      answers: {
        coverage:
          'Which categories have partners; given the categories the current offering portfolio needs, also which of those are missing. Without them, it answers only in part.',
        alignment:
          'Not from the data: records do not say which business strategy a relationship serves. The report shows the share of partners per function, for the discussion.',
        management:
          'Where a record says how it is managed today: whether that differs from what is typical for its type (the article’s table, adjusted by the heuristics). Typical is not required: a difference is a question to ask, not an error.',
        communication:
          'In part: from how many units partners are managed, which categories are managed in more than one place, and which relationships have no owner. How partner value is communicated, the data cannot show.',
        tools: 'Not from the data: records say nothing about the tools.',
      },
    },
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
      unit: 'Unit',
      source: 'Source',
      number: 'No.',
      question: 'Question',
      answer: 'What the inventory answers',
    },
    csv: {
      kind: 'kind',
      id: 'id',
      parent: 'parent',
      label: 'label',
      description: 'description',
      gloss: 'gloss',
      source: 'source',
      typical: 'typical',
      takesTitle: 'takesTitle',
      holdsInventory: 'holdsInventory',
      resells: 'resells',
      compensation: 'compensation',
      subtype: 'subtype',
      acronyms: 'acronyms',
      status: 'status',
    },
    kinds: { function: 'function', group: 'group', category: 'category', option: 'option', unit: 'unit' },
    statuses: { active: 'active', deprecated: 'deprecated' },
    facts: { yes: 'yes', no: 'no', varies: 'varies', unstated: '–' },
    byValue: ({ value, option }) => `${value}: ${option}`,
    crosswalks: {
      title: 'Crosswalks',
      note: 'How values of other vocabularies map to this taxonomy. The mappings and rationales are this project’s own, not the source article’s.',
      value: 'Value',
      relation: 'Relation',
      target: 'Maps to',
      rationale: 'Rationale',
      relations: { exact: 'exact', broader: 'broader', narrower: 'narrower', related: 'related', unclassified: 'a partner, no category', none: 'none' },
    },
    version: ({ version }) => `Taxonomy version ${version}.`,
  },
  vocabularyProblems: {
    shape: ({ expected }) => `expected ${expected}`,
    unknownTarget: ({ id, kind }) => `'${id}' is not a partner ${kind}`,
    targetForNone: ({ relation }) => `a mapping with relation '${relation}' takes no target`,
    candidatesForNone: () => "a mapping with relation 'none' is no partner and takes no candidates",
    missingTarget: ({ relation }) => `a mapping with relation '${relation}' needs a target`,
    duplicateValue: ({ value, firstIndex }) => `'${value}' is already listed at values[${firstIndex}]`,
    unmappedValue: ({ value }) => `'${value}' has no mapping; map it, or map it to 'none' if it is not a partner`,
    unlistedValue: ({ value }) => `'${value}' is mapped but not listed in values`,
  },
  // The shipped vocabularies' own words are English.
  vocabularyLabel: ({ own }) => own,
  findings: {
    coverage: ({ present, total, missing, requiredMissing, unclassified }) =>
      `${present} of ${total} partner categories have partners${missing.length === 0 ? '' : `; none in ${missing.join(', ')}`}.` +
      (requiredMissing === undefined
        ? ' This answers the question only in part: name the categories your current offering portfolio needs (required) to see which of those are missing.'
        : requiredMissing.length === 0
          ? ' Every required category has partners.'
          : ` Required but missing: ${requiredMissing.join(', ')}.`) +
      (unclassified === 0
        ? ''
        : ` ${unclassified.toLocaleString('en')} ${unclassified === 1 ? 'partner has' : 'partners have'} no category, so a category counted as missing may still have partners: classify them to answer this in full.`),
    alignment: ({ shares }) =>
      `Partner records do not say which business strategy each relationship serves, so the data cannot answer this. For the discussion: ${shares.map((s) => `${s.function} ${Math.round(s.share * 100)}%`).join(', ')} of partners by function.`,
    management: ({ assessed, total, mismatches, undecided }) =>
      assessed === 0
        ? `No record says how it is managed today (management), so nothing can be compared with the recommendation.`
        : `${mismatches} of ${assessed} relationships with a known management are managed differently from what is typical for their type${undecided === 0 ? '' : `; ${undecided} of ${total} could not be decided`}.`,
    communication: ({ multiManaged, unowned, units }) =>
      `Partners are managed from ${units} ${units === 1 ? 'place' : 'places'}; ${multiManaged} ${multiManaged === 1 ? 'category is' : 'categories are'} managed in more than one, and ${unowned} ${unowned === 1 ? 'relationship has' : 'relationships have'} no owner. How partner value is communicated to the organisation, the data cannot show.`,
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
      `${category}${subtype === undefined ? '' : ` with ${subtype.field} ${subtype.value}`} is typically managed by ${inSentence(en.options[option].label)} (source article)`,
    typicalForFunction: ({ function: fn, option }) =>
      `${inSentence(en.functions[fn].label)} are typically managed by ${inSentence(en.options[option].label)} (source article)`,
    needs: ({ fields, options }) => `${quoteList(fields)} is needed to choose between ${quoteList(options, 'and')}`,
    outranked: ({ rule, by }) => `${rule} also applies, but ${by} ranks higher`,
    failedTest: ({ field, operator, expected, actual }) =>
      `needs ${field} ${en.operators[operator](JSON.stringify(expected))}, but it is ${actual === undefined ? 'missing' : JSON.stringify(actual)}`,
    failedNot: ({ path }) => `needs the condition at ${path} not to hold, but it does`,
    convention: ({ option }) =>
      `the industry convention for this segment is ${inSentence(en.options[option].label)} (heuristic: a stated convention outranks the article's typical option)`,
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
    unknown_category: ({ value, suggestion, vocabularies }) =>
      vocabularies === undefined || vocabularies.length === 0
        ? `category '${value}' is not a partner category${didYouMean(suggestion)}`
        : `category '${value}' is not a partner category but a CRM picklist value: read the column with vocabulary ${quoteList(vocabularies)}`,
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
    unmapped_value: ({ value, vocabulary, suggestion, vocabularies }) =>
      `category '${value}' is neither a ${vocabulary} value nor a partner category${
        vocabularies === undefined || vocabularies.length === 0 ? didYouMean(suggestion) : `; it is a value of vocabulary ${quoteList(vocabularies)}`
      }`,
    column_choice: ({ field, column, others, by }) =>
      `${field} is read from column "${column}" (${by === 'mapping' ? 'as mapped' : by === 'name' ? 'the field’s own name' : 'the most specific header'}); ${others.map((o) => `"${o}"`).join(', ')} ${others.length === 1 ? 'is kept as a custom field' : 'are kept as custom fields'}`,
    missing_category: () => 'no category given',
    generic_category: ({ value, candidates }) =>
      candidates.length === 0
        ? `'${value}' names no category`
        : candidates.length === 1
          ? `'${value}' does not say which category; most likely ${quoteList(candidates)}`
          : `'${value}' names no single category; it may be ${quoteList(candidates)}`,
    ambiguous_category: ({ value, candidates }) => `'${value}' can be read as ${quoteList(candidates)}; give the category`,
    function_only: ({ value, function: fn }) => `'${value}' names the ${fn} function, not a category`,
    unclassified_value: ({ value, vocabulary, rationale }) =>
      `'${value}' (${vocabulary}) is a partner but names no category${rationale === '' ? '' : `: ${rationale}`}`,
    not_a_partner: ({ value, vocabulary, rationale }) =>
      `'${value}' is not a partner in ${vocabulary}${rationale === '' ? '' : `: ${rationale}`}`,
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
      unclassified: 'Partners without a category',
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
      unclassified: 'Partners without a category (not counted above)',
      rows: 'Rows read',
      skipped: 'Rows skipped: not partners',
      invalid: 'Rows left out: invalid',
    },
    questions: {
      coverage: 'Do we have every channel-partner relationship type our business needs, based on our current offering portfolio?',
      alignment: 'Are all our channel-partner strategies aligned with the relevant business strategy?',
      management: 'Are we confident these partner relationships are managed well?',
      communication: 'Do we have a clear and consistent way to communicate channel-partner value to the whole organisation?',
      tools:
        'Do we have a robust set of partner-management tools to complement and grow staff skills and ensure partner satisfaction?',
    },
    bases: { data: 'The data', partial: 'Partly the data', none: 'Not the data' },
    sources: { article: 'Source article', heuristic: 'Heuristic', user: 'Your rules' },
    charts: {
      functions: 'Partners per function',
      categories: 'Partners per category',
      heatMap: 'Partners per category and managing unit',
    },
    noCategory: 'No category',
    noFunction: 'Not known',
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
