import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { TaxonomyLabels } from './types.js';

const kind = 'Kind';
const stage = 'Commercialisation stage';
const mode = 'Mode';
const businessModel = 'Business model';

/**
 * The English short names of the taxonomy: the labels `en` shows and the resolvers match,
 * without descriptions or messages, so resolving text bundles only these.
 * @example enLabels.categories['value-added-distributor'] // 'Value-added distributor'
 * @category Locales
 */
export const enLabels: TaxonomyLabels = /* @__PURE__ */ deepFreeze({
  functions: {
    solution: 'Solution partners',
    sales: 'Sales partners',
    service: 'Service partners',
    influencer: 'Influencer partners',
  },
  groups: {
    'business-services': 'Business services',
    'professional-services': 'Professional services',
  },
  categories: {
    'isv-ihv': 'ISV / IHV',
    platform: 'Platform partner',
    'system-integrator': 'System integrator',
    oem: 'OEM',
    interoperability: 'Interoperability partner',
    'msp-cmsp': 'MSP / CMSP',
    'solution-reseller': 'Solution reseller',
    'value-added-distributor': 'Value-added distributor',
    'cloud-reseller': 'Cloud reseller',
    'sales-agent': 'Sales agent',
    'authorized-service': 'Authorised service partner',
    'logistics-3pl': 'Third-party logistics (3PL)',
    financing: 'Financing partner',
    'training-certification': 'Training and certification partner',
    epc: 'Engineering, procurement and construction (EPC)',
    'consulting-deployment': 'Consulting and deployment partner',
    'government-agency': 'Government agency',
    'standards-body': 'Standards body',
    'developer-community': 'Developer community',
    'open-source-community': 'Open-source community',
    academia: 'Academia',
    'industry-analyst': 'Industry analyst',
  },
  options: {
    'formal-program': 'Formal partner program',
    'formal-support': 'Formal support without a program',
    'one-to-one': 'One-to-one management',
    sla: 'Service level agreement',
    'marketing-pr': 'Marketing and PR',
  },
  subtypes: {
    kind: { label: kind, values: { isv: 'ISV', ihv: 'IHV' } },
    stage: { label: stage, values: { 'pre-offer': 'Pre-offer', 'post-offer': 'Post-offer' } },
    mode: { label: mode, values: { introducer: 'Introducer', closer: 'Closer' } },
    businessModel: {
      label: businessModel,
      values: { 'vendor-branded': 'Vendor-branded', 'value-add': 'Value-add', subcontractor: 'Subcontractor' },
    },
  },
  units: {
    'channel-sales': 'Channel sales',
    product: 'Product',
    marketing: 'Marketing',
    alliances: 'Alliances',
    services: 'Services',
    executive: 'Executive',
  },
  fields: {
    id: 'Id',
    name: 'Name',
    category: 'Category',
    function: 'Function',
    kind,
    stage,
    mode,
    businessModel,
    managedBy: 'Managed by',
    management: 'Management',
    region: 'Region',
    tier: 'Tier',
    vertical: 'Vertical',
    country: 'Country',
  },
});
