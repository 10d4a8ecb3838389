import type { Locale } from './types.js';

/**
 * The English text of the generated taxonomy reference and the record's JSON Schema.
 * @example enReference.reference.title // 'Channel-partner taxonomy'
 * @internal
 */
export const enReference: Pick<Locale, 'schema' | 'reference'> = /* @__PURE__ */ Object.freeze({
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
});
