import { composeTaxonomyText } from './compose-taxonomy-text.js';
import { enLabels } from './en-labels.js';
import type { TaxonomyDescriptions, TaxonomyText } from './types.js';

// What the article says about each node, in plain English; `gloss` is what we add.
const descriptions: TaxonomyDescriptions = {
  functions: {
    solution: {
      description:
        'Develop and deploy solutions for customers; drive use of the vendor’s portfolio assets, and ensure and optimise interoperability.',
      gloss: '“Deploy” is our reading of the article’s “distribute”, as for consulting partners.',
    },
    sales: { description: 'Drive revenue growth directly.' },
    service: {
      description:
        'Provide pre- and/or post-sales support services to customers. In a CapEx model they support the sale and drive revenue growth; in an OpEx model they drive most of the revenue.',
    },
    influencer: {
      description: 'Drive revenue growth indirectly.',
      gloss: 'By shaping standards, opinion and communities, as their categories suggest.',
    },
  },
  groups: {
    'business-services': {
      description: 'The article’s business services partners: third-party logistics and financing.',
    },
    'professional-services': {
      description:
        'The article’s professional services partners: training and certification; engineering, procurement and construction; and consulting, design, procurement and distribution.',
    },
  },
  categories: {
    'isv-ihv': {
      description:
        'Has an application or product on the market and needs to partner with other companies to create a more complete customer solution.',
      gloss: 'ISV and IHV stand for independent software vendor and independent hardware vendor.',
    },
    platform: { description: 'Companies that own and operate SaaS or PaaS platforms.' },
    'system-integrator': { description: 'Creates, integrates and supports solutions; may or may not resell.' },
    oem: { description: 'Includes the vendor’s product or service as part of a private-label offering or solution.' },
    interoperability: {
      description:
        'A partner that tests on the vendor’s platform, or a market leader the vendor needs to test on, to ensure technical compatibility and market acceptance.',
    },
    'msp-cmsp': {
      description:
        'A managed service provider or cloud managed service provider: develops and markets a hosted or cloud-based solution to customers that uses the vendor’s infrastructure equipment; may or may not sell hardware.',
    },
    'solution-reseller': {
      description:
        'Sells and supports the vendor’s offering as part of a larger solution aimed at specified horizontal or vertical markets.',
    },
    'value-added-distributor': {
      description:
        'Buys directly from the vendor, holds stock and performs most logistics functions; may also offer other kinds of value for a fee, such as reseller training and management or building bundles.',
      gloss:
        'The acronym VAD is ours; the article writes “Var”. That it resells what it buys is our inference: the article does not say that it takes title.',
    },
    'cloud-reseller': {
      description: 'Sells cloud services for a vendor, or for a vendor’s cloud managed service provider (CMSP).',
    },
    'sales-agent': {
      description:
        'Sells but does not take title. Some agents act only as introducers; others complete the sale. All are paid a commission.',
      gloss: 'An agent never holds title, so it does not resell.',
    },
    'authorized-service': {
      description:
        'Authorised or certified partners that sell services to end users under one of several business models: selling vendor-branded services, adding value on top of the vendor’s services, or acting as the vendor’s subcontractor.',
    },
    'logistics-3pl': {
      description:
        'Provides logistics and fulfilment services to the market on the seller’s behalf; does not take title, but is paid a service fee.',
    },
    financing: { description: 'Provides financing solutions to partners that build large, complex and costly solutions.' },
    'training-certification': { description: 'Provides training and certification services.' },
    epc: { description: 'Companies that bring large-project expertise to complex, custom systems.' },
    'consulting-deployment': {
      description:
        'Consulting, design, procurement and distribution firms that help businesses move from CapEx to OpEx solutions.',
      gloss: '“Distribution” is the article’s word; we read it as deployment, hence the name.',
    },
    'government-agency': { description: 'Sets the technical standards for its area of control.' },
    'standards-body': {
      description: 'Organisations and industry standards bodies that provide industry standards and influence how the industry develops.',
    },
    'developer-community': {
      description: 'A community or association of developers.',
      gloss:
        'The article files developer communities under influencer partners, yet its management table gives “developers” formal support; we read that entry as this category, so its typical option is formal support.',
    },
    'open-source-community': {
      description: 'A network platform that provides open-source software under the corresponding licence agreements.',
    },
    academia: { description: 'Academics, research, and technology and industry thought leaders.' },
    'industry-analyst': {
      description: 'Industry experts or research firms that follow, evaluate and rank offerings from several vendors.',
    },
  },
  options: {
    'formal-program': {
      description: 'Formal partner-program support.',
      gloss: 'A program’s structured tiers, benefits and requirements.',
    },
    'formal-support': {
      description: 'Formal support, such as policies, processes and people.',
      gloss: 'Outside a partner program: the article lists it apart from program support.',
    },
    'one-to-one': { description: 'One-to-one management.', gloss: 'Each relationship is managed individually.' },
    sla: { description: 'Governed by service level agreements (SLA).' },
    'marketing-pr': { description: 'Reached through marketing and PR initiatives.' },
  },
  subtypes: {
    kind: {
      isv: { description: 'An independent software vendor (ISV).' },
      ihv: { description: 'An independent hardware vendor (IHV).' },
    },
    stage: {
      'pre-offer': { description: 'Before its offer is commercialised.' },
      'post-offer': { description: 'After its offer is commercialised.' },
    },
    mode: {
      introducer: { description: 'Acts only as an introducer.' },
      closer: { description: 'Completes the sale.' },
    },
    businessModel: {
      'vendor-branded': { description: 'Sells vendor-branded services.' },
      'value-add': { description: 'Adds value on top of the vendor’s services.' },
      subcontractor: { description: 'Acts as the vendor’s subcontractor.' },
    },
  },
  primaryValues: {
    'solution-delivery': 'Develop and deploy solutions for customers',
    'direct-revenue': 'Drive revenue growth directly',
    'customer-support': 'Pre- and/or post-sales support services to customers',
    'indirect-revenue': 'Drive revenue growth indirectly',
  },
  compensation: {
    commission: 'Commission',
    'service-fee': 'Service fee',
  },
};

/**
 * English labels and descriptions of the taxonomy's nodes, kept apart from the messages
 * and report text of `en` so that the lookups, which default to English, bundle without
 * them. `en` is composed from this and `./en.ts`'s own text.
 * @example enTaxonomyText.categories['value-added-distributor'].label // 'Value-added distributor'
 * @internal
 */
export const enTaxonomyText: TaxonomyText = /* @__PURE__ */ composeTaxonomyText(enLabels, descriptions);
