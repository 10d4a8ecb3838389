/**
 * The channel-partner taxonomy as one frozen table: the single source of truth from which
 * every id type, schema, label map and document is derived. Facts come from the source
 * article (see TAXONOMY.md); `null` marks a fact the article does not state.
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
} from './node-types.js';

/**
 * The version of the taxonomy data (not of the package). It changes only when a node is
 * added, deprecated or has its facts corrected.
 * @example taxonomyVersion // '1.0.0'
 * @category Taxonomy
 */
export const taxonomyVersion = '1.0.0';

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
    attributes: { ...unstated, resells: 'varies' },
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
    attributes: { ...unstated, resells: 'varies' },
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
    attributes: { ...unstated, resells: true },
    typicalManagement: 'formal-program',
  },
  {
    kind: 'category',
    id: 'value-added-distributor',
    function: 'sales',
    group: null,
    status: 'active',
    acronyms: ['VAD', 'VAR'],
    subtype: null,
    // A distributor that takes title sells on what it buys, hence `resells`; the fee is
    // the article's "extra value for a fee".
    attributes: { takesTitle: true, holdsInventory: true, resells: true, compensation: ['value-add-fee'] },
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
    attributes: { ...unstated, resells: true },
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
    attributes: { takesTitle: false, holdsInventory: null, resells: true, compensation: ['commission'] },
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
    attributes: { takesTitle: false, holdsInventory: null, resells: null, compensation: ['service-fee'] },
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
 * The organisational units the article names as places where partner relationships are
 * managed. Records may name any other unit too.
 * @example knownUnits // ['channel-sales', 'product', 'marketing', 'alliances', 'services', 'executive']
 * @category Taxonomy
 */
export const knownUnits = /* @__PURE__ */ deepFreeze([
  'channel-sales',
  'product',
  'marketing',
  'alliances',
  'services',
  'executive',
] as const);
