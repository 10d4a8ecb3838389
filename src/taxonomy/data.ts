/**
 * The channel-partner taxonomy as one frozen table: the single source of truth from which
 * every id type, schema, label map and document is derived. Facts come from the source
 * article (see TAXONOMY.md) and say so: each fact is `{ value, source }`, where `source` is
 * `'article'` when the article states it and `'project'` when it is our inference; `null`
 * marks a fact nobody states.
 *
 * Ids are a public contract: never rename or remove one. To retire a node, set its status
 * to `deprecated` with `replacedBy`, and keep it here.
 */
import { deepFreeze } from './deep-freeze.js';
import type {
  CategoryNodeShape,
  FunctionNodeShape,
  GroupNodeShape,
  OptionNodeShape,
  UnitNodeShape,
} from './node-types.js';

/**
 * The version of the taxonomy data (not of the package). It changes only when a node is
 * added, deprecated or has its facts corrected, read as semver: an id removed or renamed
 * would be major (ids are a public contract, so it never happens); a node added or
 * deprecated, or a fact corrected, is minor; wording alone does not change it.
 *
 * 1.1.0 corrected the facts to what the article states and labelled our inferences
 * (`source: 'project'`); ids did not change.
 * @example taxonomyVersion // '1.1.0'
 * @category Taxonomy
 */
export const taxonomyVersion = '1.1.0';

/**
 * The five ways to manage partners.
 * @example optionNodes.map((node) => node.id) // ['formal-program', 'formal-support', 'one-to-one', 'sla', 'marketing-pr']
 * @category Taxonomy
 */
export const optionNodes = /* @__PURE__ */ deepFreeze([
  { kind: 'option', id: 'formal-program', status: 'active' },
  { kind: 'option', id: 'formal-support', status: 'active' },
  { kind: 'option', id: 'one-to-one', status: 'active' },
  { kind: 'option', id: 'sla', status: 'active' },
  { kind: 'option', id: 'marketing-pr', status: 'active' },
] as const satisfies readonly OptionNodeShape[]);

type OptionId = (typeof optionNodes)[number]['id'];

/**
 * The four partner functions, by the primary value a partner brings.
 * @example functionNodes.find((node) => node.id === 'influencer')?.typicalManagement // 'marketing-pr'
 * @category Taxonomy
 */
export const functionNodes = /* @__PURE__ */ deepFreeze([
  { kind: 'function', id: 'solution', status: 'active', primaryValue: 'solution-delivery', typicalManagement: null },
  { kind: 'function', id: 'sales', status: 'active', primaryValue: 'direct-revenue', typicalManagement: null },
  { kind: 'function', id: 'service', status: 'active', primaryValue: 'customer-support', typicalManagement: null },
  // The article's table gives "Influencer partners" as a whole marketing and PR.
  { kind: 'function', id: 'influencer', status: 'active', primaryValue: 'indirect-revenue', typicalManagement: 'marketing-pr' },
] as const satisfies readonly FunctionNodeShape<OptionId>[]);

type FunctionId = (typeof functionNodes)[number]['id'];

/**
 * The groups that service categories sit in. Only the service function has groups.
 * @example groupNodes.map((node) => node.id) // ['business-services', 'professional-services']
 * @category Taxonomy
 */
export const groupNodes = /* @__PURE__ */ deepFreeze([
  { kind: 'group', id: 'business-services', function: 'service', status: 'active' },
  { kind: 'group', id: 'professional-services', function: 'service', status: 'active' },
] as const satisfies readonly GroupNodeShape<FunctionId>[]);

type GroupId = (typeof groupNodes)[number]['id'];

const unstated = {
  takesTitle: null,
  holdsInventory: null,
  resells: null,
  compensation: null,
} as const;

/**
 * The 22 partner categories with their facts, subtype and typical management option.
 * @example categoryNodes.find((node) => node.id === 'sales-agent')?.subtype // { field: 'mode', values: ['introducer', 'closer'] }
 * @category Taxonomy
 */
export const categoryNodes = /* @__PURE__ */ deepFreeze([
  // solution
  {
    kind: 'category',
    id: 'isv-ihv',
    function: 'solution',
    group: null,
    status: 'active',
    acronyms: ['ISV', 'IHV'],
    subtype: { field: 'kind', values: ['isv', 'ihv'] },
    attributes: unstated,
    typicalManagement: 'formal-program',
  },
  {
    kind: 'category',
    id: 'platform',
    function: 'solution',
    group: null,
    status: 'active',
    acronyms: [],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'formal-program',
  },
  {
    kind: 'category',
    id: 'system-integrator',
    function: 'solution',
    group: null,
    status: 'active',
    acronyms: ['SI'],
    subtype: null,
    // "creates, integrates and supports solutions; may or may not sell"
    attributes: { ...unstated, resells: { value: 'varies', source: 'article' } },
    typicalManagement: 'formal-program',
  },
  {
    kind: 'category',
    id: 'oem',
    function: 'solution',
    group: null,
    status: 'active',
    acronyms: ['OEM'],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'one-to-one',
  },
  {
    kind: 'category',
    id: 'interoperability',
    function: 'solution',
    group: null,
    status: 'active',
    acronyms: [],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'formal-support',
  },
  {
    kind: 'category',
    id: 'msp-cmsp',
    function: 'solution',
    group: null,
    status: 'active',
    acronyms: ['MSP', 'CMSP'],
    subtype: { field: 'stage', values: ['pre-offer', 'post-offer'] },
    // "may or may not sell hardware"
    attributes: { ...unstated, resells: { value: 'varies', source: 'article' } },
    typicalManagement: {
      by: 'stage',
      cases: { 'pre-offer': 'one-to-one', 'post-offer': 'formal-program' },
    },
  },
  // sales
  {
    kind: 'category',
    id: 'solution-reseller',
    function: 'sales',
    group: null,
    status: 'active',
    acronyms: [],
    subtype: null,
    // "sells and supports the vendor's offering as part of a larger solution"
    attributes: { ...unstated, resells: { value: true, source: 'article' } },
    typicalManagement: 'formal-program',
  },
  {
    kind: 'category',
    id: 'value-added-distributor',
    function: 'sales',
    group: null,
    status: 'active',
    // The article writes "value-added Distributor (Var)". VAD, the usual acronym, is ours:
    // it resolves as a project alias, not as the article's acronym.
    acronyms: ['VAR'],
    subtype: null,
    // The article: "buys directly from the vendor, holds stock and performs most logistics
    // functions; may also offer other kinds of value (reseller training and management,
    // building bundles) for a fee". It does not say the distributor takes title, nor how it
    // is paid: the fee is for optional services. That it resells what it buys is ours.
    attributes: {
      takesTitle: null,
      holdsInventory: { value: true, source: 'article' },
      resells: { value: true, source: 'project' },
      compensation: null,
    },
    typicalManagement: 'formal-program',
  },
  {
    kind: 'category',
    id: 'cloud-reseller',
    function: 'sales',
    group: null,
    status: 'active',
    acronyms: [],
    subtype: null,
    // "sells cloud services for a vendor, or for a vendor's CMSP"
    attributes: { ...unstated, resells: { value: true, source: 'article' } },
    typicalManagement: 'formal-program',
  },
  {
    kind: 'category',
    id: 'sales-agent',
    function: 'sales',
    group: null,
    status: 'active',
    acronyms: ['SA'],
    subtype: { field: 'mode', values: ['introducer', 'closer'] },
    // "sells but does not take title; some only introduce, others complete the sale; all
    // are paid a commission". Selling without title is not reselling: that reading is ours.
    attributes: {
      takesTitle: { value: false, source: 'article' },
      holdsInventory: null,
      resells: { value: false, source: 'project' },
      compensation: { value: ['commission'], source: 'article' },
    },
    typicalManagement: 'formal-support',
  },
  // service
  {
    kind: 'category',
    id: 'authorized-service',
    function: 'service',
    group: null,
    status: 'active',
    acronyms: [],
    subtype: { field: 'businessModel', values: ['vendor-branded', 'value-add', 'subcontractor'] },
    attributes: unstated,
    typicalManagement: 'formal-program',
  },
  {
    kind: 'category',
    id: 'logistics-3pl',
    function: 'service',
    group: 'business-services',
    status: 'active',
    acronyms: ['3PL'],
    subtype: null,
    // "does not take title, but is paid a service fee"
    attributes: {
      takesTitle: { value: false, source: 'article' },
      holdsInventory: null,
      resells: null,
      compensation: { value: ['service-fee'], source: 'article' },
    },
    typicalManagement: 'sla',
  },
  {
    kind: 'category',
    id: 'financing',
    function: 'service',
    group: 'business-services',
    status: 'active',
    acronyms: [],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'sla',
  },
  {
    kind: 'category',
    id: 'training-certification',
    function: 'service',
    group: 'professional-services',
    status: 'active',
    acronyms: [],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'sla',
  },
  {
    kind: 'category',
    id: 'epc',
    function: 'service',
    group: 'professional-services',
    status: 'active',
    acronyms: ['EPC'],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'formal-support',
  },
  {
    kind: 'category',
    id: 'consulting-deployment',
    function: 'service',
    group: 'professional-services',
    status: 'active',
    acronyms: [],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'formal-program',
  },
  // influencer
  {
    kind: 'category',
    id: 'government-agency',
    function: 'influencer',
    group: null,
    status: 'active',
    acronyms: [],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'marketing-pr',
  },
  {
    kind: 'category',
    id: 'standards-body',
    function: 'influencer',
    group: null,
    status: 'active',
    acronyms: [],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'marketing-pr',
  },
  {
    kind: 'category',
    id: 'developer-community',
    function: 'influencer',
    group: null,
    status: 'active',
    acronyms: [],
    subtype: null,
    attributes: unstated,
    // The article files developer communities under influencers, yet its management
    // table gives "developers" formal support: the specific entry wins.
    typicalManagement: 'formal-support',
  },
  {
    kind: 'category',
    id: 'open-source-community',
    function: 'influencer',
    group: null,
    status: 'active',
    acronyms: [],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'marketing-pr',
  },
  {
    kind: 'category',
    id: 'academia',
    function: 'influencer',
    group: null,
    status: 'active',
    acronyms: [],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'marketing-pr',
  },
  {
    kind: 'category',
    id: 'industry-analyst',
    function: 'influencer',
    group: null,
    status: 'active',
    acronyms: [],
    subtype: null,
    attributes: unstated,
    typicalManagement: 'marketing-pr',
  },
] as const satisfies readonly CategoryNodeShape<FunctionId, GroupId, OptionId>[]);

/**
 * The organisational units where partner relationships are managed. The article names
 * channel sales, product teams and marketing ("and other corners of the organisation");
 * alliances, services and executive are this project's additions (`source: 'project'`).
 * Records may name any other unit too.
 * @example unitNodes.filter((node) => node.source === 'article').map((node) => node.id) // ['channel-sales', 'product', 'marketing']
 * @category Taxonomy
 */
export const unitNodes = /* @__PURE__ */ deepFreeze([
  { kind: 'unit', id: 'channel-sales', source: 'article' },
  { kind: 'unit', id: 'product', source: 'article' },
  { kind: 'unit', id: 'marketing', source: 'article' },
  { kind: 'unit', id: 'alliances', source: 'project' },
  { kind: 'unit', id: 'services', source: 'project' },
  { kind: 'unit', id: 'executive', source: 'project' },
] as const satisfies readonly UnitNodeShape[]);
