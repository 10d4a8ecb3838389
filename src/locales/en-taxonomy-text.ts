import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { TaxonomyText } from './types.js';

/**
 * English labels and descriptions of the taxonomy's nodes, kept apart from the messages
 * and report text of `en` so that the lookups and resolvers, which default to English,
 * bundle without them. `en` is composed from this and `./en.ts`'s own text.
 * @example enTaxonomyText.categories['value-added-distributor'].label // 'Value-added distributor'
 * @internal
 */
export const enTaxonomyText: TaxonomyText = /* @__PURE__ */ deepFreeze({
  functions: {
    solution: {
      label: 'Solution partners',
      description:
        'Build and deploy solutions for customers, drive use of the vendor’s portfolio and keep products working together.',
    },
    sales: {
      label: 'Sales partners',
      description: 'Grow the vendor’s revenue directly by selling its offering.',
    },
    service: {
      label: 'Service partners',
      description:
        'Support customers before and after the sale; in an OpEx model they bring in most of the revenue.',
    },
    influencer: {
      label: 'Influencer partners',
      description: 'Grow revenue indirectly by shaping standards, opinion and communities.',
    },
  },
  groups: {
    'business-services': {
      label: 'Business services',
      description: 'Services that run the business side of a sale: logistics and financing.',
    },
    'professional-services': {
      label: 'Professional services',
      description: 'Expert services: training, large-project engineering, consulting and deployment.',
    },
  },
  categories: {
    'isv-ihv': {
      label: 'ISV / IHV',
      description:
        'An independent software or hardware vendor with its own product, teaming up with others to offer customers a fuller solution.',
    },
    platform: {
      label: 'Platform partner',
      description: 'Owns and runs a SaaS or PaaS platform.',
    },
    'system-integrator': {
      label: 'System integrator',
      description: 'Designs, integrates and supports solutions; some resell, some do not.',
    },
    oem: {
      label: 'OEM',
      description: 'Builds the vendor’s product or service into an offering sold under its own brand.',
    },
    interoperability: {
      label: 'Interoperability partner',
      description:
        'Tests on the vendor’s platform, or is a market leader the vendor must test against, so products work together and are accepted by the market.',
    },
    'msp-cmsp': {
      label: 'MSP / CMSP',
      description:
        'A managed or cloud-managed service provider that builds and markets a hosted service on the vendor’s infrastructure; may also sell hardware.',
    },
    'solution-reseller': {
      label: 'Solution reseller',
      description:
        'Sells and supports the vendor’s offering as part of a larger solution for chosen horizontal or vertical markets.',
    },
    'value-added-distributor': {
      label: 'Value-added distributor',
      description:
        'Buys from the vendor, takes title, holds stock and handles most logistics; may charge for extra value such as reseller training or bundles.',
    },
    'cloud-reseller': {
      label: 'Cloud reseller',
      description: 'Resells the cloud service of the vendor or of the vendor’s CMSP.',
    },
    'sales-agent': {
      label: 'Sales agent',
      description: 'Sells without ever taking title and is paid a commission.',
    },
    'authorized-service': {
      label: 'Authorised service partner',
      description:
        'A certified partner selling services to end users: the vendor’s own, its own on top, or as the vendor’s subcontractor.',
    },
    'logistics-3pl': {
      label: 'Third-party logistics (3PL)',
      description: 'Handles logistics and fulfilment for the seller for a service fee, without taking title.',
    },
    financing: {
      label: 'Financing partner',
      description: 'Finances partners that build large, complex and costly solutions.',
    },
    'training-certification': {
      label: 'Training and certification partner',
      description: 'Delivers training and certification.',
    },
    epc: {
      label: 'Engineering, procurement and construction (EPC)',
      description: 'Brings large-project know-how to complex custom systems.',
    },
    'consulting-deployment': {
      label: 'Consulting and deployment partner',
      description:
        'Consults on, designs, procures and deploys solutions, helping businesses move from CapEx to OpEx.',
    },
    'government-agency': {
      label: 'Government agency',
      description: 'Sets the technical standards for its area of authority.',
    },
    'standards-body': {
      label: 'Standards body',
      description: 'An industry organisation that sets standards and shapes where the industry goes.',
    },
    'developer-community': {
      label: 'Developer community',
      description: 'A community or association of developers.',
    },
    'open-source-community': {
      label: 'Open-source community',
      description: 'A network that publishes open-source software under its licence.',
    },
    academia: {
      label: 'Academia',
      description: 'Researchers and academics, and technology and industry thought leaders.',
    },
    'industry-analyst': {
      label: 'Industry analyst',
      description: 'Experts or research firms that follow, assess and rank vendors’ offerings.',
    },
  },
  options: {
    'formal-program': {
      label: 'Formal partner program',
      description: 'Managed through the structured tiers, benefits and requirements of a partner program.',
    },
    'formal-support': {
      label: 'Formal support without a program',
      description: 'Supported through defined policies, processes and people, but not a program.',
    },
    'one-to-one': {
      label: 'One-to-one management',
      description: 'Managed individually, relationship by relationship.',
    },
    sla: {
      label: 'Service level agreement',
      description: 'Governed by a service level agreement.',
    },
    'marketing-pr': {
      label: 'Marketing and PR',
      description: 'Engaged through marketing and public-relations initiatives.',
    },
  },
  subtypes: {
    kind: {
      label: 'Kind',
      values: {
        isv: { label: 'ISV', description: 'Independent software vendor.' },
        ihv: { label: 'IHV', description: 'Independent hardware vendor.' },
      },
    },
    stage: {
      label: 'Commercialisation stage',
      values: {
        'pre-offer': { label: 'Pre-offer', description: 'Its offer is not yet commercialised.' },
        'post-offer': { label: 'Post-offer', description: 'Its offer is commercialised and on the market.' },
      },
    },
    mode: {
      label: 'Mode',
      values: {
        introducer: { label: 'Introducer', description: 'Only introduces the customer.' },
        closer: { label: 'Closer', description: 'Completes the sale.' },
      },
    },
    businessModel: {
      label: 'Business model',
      values: {
        'vendor-branded': {
          label: 'Vendor-branded',
          description: 'Resells the vendor’s branded services.',
        },
        'value-add': {
          label: 'Value-add',
          description: 'Adds its own value on top of the vendor’s services.',
        },
        subcontractor: {
          label: 'Subcontractor',
          description: 'Delivers services as the vendor’s subcontractor.',
        },
      },
    },
  },
  primaryValues: {
    'solution-delivery': 'Develop and deploy solutions for customers',
    'direct-revenue': 'Drive revenue growth directly',
    'customer-support': 'Pre- and post-sales support services',
    'indirect-revenue': 'Drive revenue growth indirectly',
  },
  units: {
    'channel-sales': 'Channel sales',
    product: 'Product',
    marketing: 'Marketing',
    alliances: 'Alliances',
    services: 'Services',
    executive: 'Executive',
  },
  compensation: {
    commission: 'Commission',
    'service-fee': 'Service fee',
    'value-add-fee': 'Fee for added value',
  },
});
