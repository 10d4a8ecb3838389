import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { TaxonomyLabels } from './types.js';

const kind = 'Typ';
const stage = 'Fas';
const mode = 'Roll';
const businessModel = 'Affärsmodell';

/**
 * The Swedish short names of the taxonomy: the labels `sv` shows and the resolvers match,
 * so a Swedish label in a CRM resolves from the same data the Swedish text is made of. Kept
 * apart from the descriptions and messages, so an English-only `resolvePartnerType` bundle
 * gains only these. `fields` names the record fields (for messages and column headers).
 *
 * A label replaced here stays resolvable: the former one moves to the Swedish aliases in
 * `resolve/aliases.ts`.
 * @example svLabels.categories['logistics-3pl'] // 'Logistikpartner (3PL)'
 * @example svLabels.fields.managedBy // 'Ansvarig enhet'
 * @category Locales
 */
export const svLabels: TaxonomyLabels = /* @__PURE__ */ deepFreeze({
  functions: {
    solution: 'Lösningspartner',
    sales: 'Försäljningspartner',
    service: 'Servicepartner',
    influencer: 'Påverkare (influencerpartner)',
  },
  groups: {
    'business-services': 'Affärstjänster',
    'professional-services': 'Konsult- och experttjänster',
  },
  categories: {
    'isv-ihv': 'ISV / IHV',
    platform: 'Plattformspartner',
    'system-integrator': 'Systemintegratör',
    oem: 'OEM',
    interoperability: 'Interoperabilitetspartner',
    'msp-cmsp': 'MSP / CMSP',
    'solution-reseller': 'Lösningsåterförsäljare',
    'value-added-distributor': 'Mervärdesdistributör',
    'cloud-reseller': 'Molnåterförsäljare',
    'sales-agent': 'Försäljningsagent',
    'authorized-service': 'Auktoriserad servicepartner',
    'logistics-3pl': 'Logistikpartner (3PL)',
    financing: 'Finansieringspartner',
    'training-certification': 'Utbildnings- och certifieringspartner',
    epc: 'EPC-entreprenör (projektering, upphandling och byggande)',
    'consulting-deployment': 'Konsult- och implementeringspartner',
    'government-agency': 'Myndighet',
    'standards-body': 'Standardiseringsorgan',
    'developer-community': 'Utvecklarcommunity',
    'open-source-community': 'Community för öppen källkod',
    academia: 'Universitet och forskning',
    'industry-analyst': 'Branschanalytiker',
  },
  options: {
    'formal-program': 'Formellt partnerprogram',
    'formal-support': 'Formellt stöd utan program',
    'one-to-one': 'Individuell hantering (en-till-en)',
    sla: 'Servicenivåavtal',
    'marketing-pr': 'Marknadsföring och PR',
  },
  subtypes: {
    kind: { label: kind, values: { isv: 'ISV', ihv: 'IHV' } },
    stage: { label: stage, values: { 'pre-offer': 'Före lansering', 'post-offer': 'Efter lansering' } },
    mode: { label: mode, values: { introducer: 'Förmedlare', closer: 'Säljande agent' } },
    businessModel: {
      label: businessModel,
      values: {
        'vendor-branded': 'Leverantörens varumärke',
        'value-add': 'Eget mervärde',
        subcontractor: 'Underleverantör',
      },
    },
  },
  units: {
    'channel-sales': 'Kanalförsäljning',
    product: 'Produktavdelningen',
    marketing: 'Marknad',
    alliances: 'Allianser',
    services: 'Serviceavdelningen',
    executive: 'Företagsledningen',
  },
  fields: {
    id: 'Id',
    name: 'Namn',
    category: 'Kategori',
    function: 'Funktion',
    kind,
    stage,
    mode,
    businessModel,
    managedBy: 'Ansvarig enhet',
    management: 'Hantering',
    region: 'Region',
    tier: 'Nivå',
    vertical: 'Bransch',
    country: 'Land',
  },
});
