import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { TaxonomyText } from './types.js';

/**
 * Swedish labels and descriptions of the taxonomy's nodes: the part of `sv` the lookups
 * read. `sv` is composed from this and `./sv.ts`'s own text.
 * @example svTaxonomyText.categories['value-added-distributor'].label // 'Mervärdesdistributör'
 * @internal
 */
export const svTaxonomyText: TaxonomyText = /* @__PURE__ */ deepFreeze({
  functions: {
    solution: {
      label: 'Lösningspartner',
      description:
        'Bygger och levererar lösningar till kunder, driver användningen av leverantörens portfölj och ser till att produkter fungerar ihop.',
    },
    sales: {
      label: 'Försäljningspartner',
      description: 'Ökar leverantörens intäkter direkt genom att sälja dess erbjudande.',
    },
    service: {
      label: 'Servicepartner',
      description:
        'Stöttar kunder före och efter försäljningen; i en OpEx-modell står de för större delen av intäkterna.',
    },
    influencer: {
      label: 'Påverkanspartner',
      description: 'Ökar intäkterna indirekt genom att forma standarder, opinion och gemenskaper.',
    },
  },
  groups: {
    'business-services': {
      label: 'Affärstjänster',
      description: 'Tjänster för affärens praktiska sida: logistik och finansiering.',
    },
    'professional-services': {
      label: 'Professionella tjänster',
      description: 'Experttjänster: utbildning, teknik för stora projekt, rådgivning och driftsättning.',
    },
  },
  categories: {
    'isv-ihv': {
      label: 'ISV / IHV',
      description:
        'En fristående mjukvaru- eller hårdvaruleverantör med egen produkt som samarbetar med andra för att ge kunden en mer komplett lösning.',
    },
    platform: {
      label: 'Plattformspartner',
      description: 'Äger och driver en SaaS- eller PaaS-plattform.',
    },
    'system-integrator': {
      label: 'Systemintegratör',
      description: 'Utformar, integrerar och stöttar lösningar; en del säljer vidare, andra inte.',
    },
    oem: {
      label: 'OEM',
      description: 'Bygger in leverantörens produkt eller tjänst i ett erbjudande under eget varumärke.',
    },
    interoperability: {
      label: 'Interoperabilitetspartner',
      description:
        'Testar på leverantörens plattform, eller är en marknadsledare som leverantören måste testa mot, så att produkter fungerar ihop och accepteras av marknaden.',
    },
    'msp-cmsp': {
      label: 'MSP / CMSP',
      description:
        'En leverantör av förvaltade tjänster eller molntjänster som bygger och marknadsför en driftad tjänst på leverantörens infrastruktur; kan även sälja hårdvara.',
    },
    'solution-reseller': {
      label: 'Lösningsåterförsäljare',
      description:
        'Säljer och stöttar leverantörens erbjudande som del av en större lösning för utvalda horisontella eller vertikala marknader.',
    },
    'value-added-distributor': {
      label: 'Mervärdesdistributör',
      description:
        'Köper av leverantören, tar äganderätt, håller lager och sköter det mesta av logistiken; kan ta betalt för mervärde som återförsäljarutbildning eller paket.',
    },
    'cloud-reseller': {
      label: 'Molnåterförsäljare',
      description: 'Säljer vidare molntjänsten från leverantören eller från leverantörens CMSP.',
    },
    'sales-agent': {
      label: 'Försäljningsagent',
      description: 'Säljer utan att någonsin ta äganderätt och får provision.',
    },
    'authorized-service': {
      label: 'Auktoriserad servicepartner',
      description:
        'En certifierad partner som säljer tjänster till slutkunder: leverantörens egna, egna ovanpå, eller som leverantörens underleverantör.',
    },
    'logistics-3pl': {
      label: 'Tredjepartslogistik (3PL)',
      description: 'Sköter logistik och leveranser åt säljaren mot en serviceavgift, utan att ta äganderätt.',
    },
    financing: {
      label: 'Finansieringspartner',
      description: 'Finansierar partner som bygger stora, komplexa och kostsamma lösningar.',
    },
    'training-certification': {
      label: 'Utbildnings- och certifieringspartner',
      description: 'Levererar utbildning och certifiering.',
    },
    epc: {
      label: 'Teknik, upphandling och byggnation (EPC)',
      description: 'Bidrar med kunnande från stora projekt till komplexa, skräddarsydda system.',
    },
    'consulting-deployment': {
      label: 'Rådgivnings- och driftsättningspartner',
      description:
        'Ger råd om, utformar, upphandlar och driftsätter lösningar och hjälper företag att gå från CapEx till OpEx.',
    },
    'government-agency': {
      label: 'Myndighet',
      description: 'Fastställer tekniska standarder inom sitt ansvarsområde.',
    },
    'standards-body': {
      label: 'Standardiseringsorgan',
      description: 'En branschorganisation som sätter standarder och påverkar branschens utveckling.',
    },
    'developer-community': {
      label: 'Utvecklargemenskap',
      description: 'En gemenskap eller sammanslutning av utvecklare.',
    },
    'open-source-community': {
      label: 'Öppen källkod-gemenskap',
      description: 'Ett nätverk som ger ut öppen källkod under sin licens.',
    },
    academia: {
      label: 'Akademi',
      description: 'Forskare och akademiker samt opinionsledare inom teknik och bransch.',
    },
    'industry-analyst': {
      label: 'Branschanalytiker',
      description: 'Experter eller analysföretag som följer, bedömer och rangordnar leverantörers erbjudanden.',
    },
  },
  options: {
    'formal-program': {
      label: 'Formellt partnerprogram',
      description: 'Hanteras genom ett partnerprograms nivåer, förmåner och krav.',
    },
    'formal-support': {
      label: 'Formellt stöd utan program',
      description: 'Stöttas med fastlagda policyer, processer och personer, men utan program.',
    },
    'one-to-one': {
      label: 'En-till-en-hantering',
      description: 'Hanteras individuellt, relation för relation.',
    },
    sla: {
      label: 'Servicenivåavtal',
      description: 'Styrs av ett servicenivåavtal (SLA).',
    },
    'marketing-pr': {
      label: 'Marknadsföring och PR',
      description: 'Engageras genom marknadsförings- och PR-initiativ.',
    },
  },
  subtypes: {
    kind: {
      label: 'Typ',
      values: {
        isv: { label: 'ISV', description: 'Fristående mjukvaruleverantör.' },
        ihv: { label: 'IHV', description: 'Fristående hårdvaruleverantör.' },
      },
    },
    stage: {
      label: 'Kommersialiseringsfas',
      values: {
        'pre-offer': { label: 'Före erbjudande', description: 'Erbjudandet är ännu inte kommersialiserat.' },
        'post-offer': { label: 'Efter erbjudande', description: 'Erbjudandet är kommersialiserat och ute på marknaden.' },
      },
    },
    mode: {
      label: 'Roll',
      values: {
        introducer: { label: 'Introduktör', description: 'Introducerar bara kunden.' },
        closer: { label: 'Avslutare', description: 'Slutför försäljningen.' },
      },
    },
    businessModel: {
      label: 'Affärsmodell',
      values: {
        'vendor-branded': {
          label: 'Leverantörsmärkt',
          description: 'Säljer vidare leverantörens märkta tjänster.',
        },
        'value-add': {
          label: 'Mervärde',
          description: 'Lägger till eget värde ovanpå leverantörens tjänster.',
        },
        subcontractor: {
          label: 'Underleverantör',
          description: 'Levererar tjänster som leverantörens underleverantör.',
        },
      },
    },
  },
  primaryValues: {
    'solution-delivery': 'Utveckla och leverera lösningar till kunder',
    'direct-revenue': 'Driva intäktstillväxt direkt',
    'customer-support': 'Stöd före och efter försäljning',
    'indirect-revenue': 'Driva intäktstillväxt indirekt',
  },
  units: {
    'channel-sales': 'Kanalförsäljning',
    product: 'Produkt',
    marketing: 'Marknadsföring',
    alliances: 'Allianser',
    services: 'Tjänster',
    executive: 'Ledning',
  },
  compensation: {
    commission: 'Provision',
    'service-fee': 'Serviceavgift',
    'value-add-fee': 'Avgift för mervärde',
  },
});
