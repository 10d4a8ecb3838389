import { composeTaxonomyText } from './compose-taxonomy-text.js';
import { svLabels } from './sv-labels.js';
import type { TaxonomyDescriptions, TaxonomyText } from './types.js';

// Vad artikeln säger om varje nod; `gloss` är vår egen tolkning.
const descriptions: TaxonomyDescriptions = {
  functions: {
    solution: {
      description:
        'Utvecklar och distribuerar lösningar för kunder, ökar användningen av leverantörens portfölj och säkerställer och optimerar interoperabiliteten.',
      gloss: 'Vi läser ”distribuera” som driftsättning, liksom för konsult- och implementeringspartner.',
    },
    sales: { description: 'Ökar intäkterna direkt.' },
    service: {
      description:
        'Ger kunderna support före och/eller efter försäljningen. I en CapEx-modell stöder de försäljningen och bidrar till intäktstillväxten; i en OpEx-modell står de för större delen av intäkterna.',
    },
    influencer: {
      description: 'Ökar intäkterna indirekt.',
      gloss: 'Genom att påverka standarder, opinion och communityn, som kategorierna antyder.',
    },
  },
  groups: {
    'business-services': {
      description: 'Artikelns partner för affärstjänster: tredjepartslogistik och finansiering.',
    },
    'professional-services': {
      description:
        'Artikelns partner för konsult- och experttjänster: utbildning och certifiering; projektering, upphandling och byggande; samt konsulttjänster, design, upphandling och distribution.',
    },
  },
  categories: {
    'isv-ihv': {
      description:
        'Har en applikation eller produkt på marknaden och behöver samarbeta med andra företag för att skapa en mer komplett lösning för kunden.',
      gloss: 'ISV och IHV är de engelska förkortningarna för fristående programvaruföretag respektive hårdvarutillverkare.',
    },
    platform: { description: 'Företag som äger och driver SaaS- eller PaaS-plattformar.' },
    'system-integrator': {
      description: 'Skapar, integrerar och ger support för lösningar; säljer vidare i vissa fall, i andra inte.',
    },
    oem: { description: 'Bygger in leverantörens produkt eller tjänst i ett erbjudande eller en lösning under eget varumärke.' },
    interoperability: {
      description:
        'En partner som testar på leverantörens plattform, eller en marknadsledare som leverantören behöver testa mot, för att säkerställa teknisk kompatibilitet och acceptans på marknaden.',
    },
    'msp-cmsp': {
      description:
        'En tjänsteleverantör för drift- eller molntjänster (managed service provider): utvecklar och marknadsför en driftad eller molnbaserad lösning till kunder, byggd på leverantörens infrastrukturutrustning; säljer hårdvara i vissa fall, i andra inte.',
    },
    'solution-reseller': {
      description:
        'Säljer och ger support för leverantörens erbjudande som del av en större lösning för utvalda horisontella eller vertikala marknader.',
    },
    'value-added-distributor': {
      description:
        'Köper direkt av leverantören, har eget lager och sköter det mesta av logistiken; kan också erbjuda annat mervärde mot avgift, till exempel utbildning och hantering av återförsäljare eller paketering av erbjudanden.',
      gloss:
        'Förkortningen VAD är vår; artikeln skriver ”Var”. Att distributören säljer vidare det den köper är vår slutsats: artikeln säger inte att den övertar äganderätten.',
    },
    'cloud-reseller': {
      description: 'Säljer molntjänster åt en leverantör eller åt en leverantörs molntjänstleverantör (CMSP).',
    },
    'sales-agent': {
      description:
        'Säljer utan att överta äganderätten. Vissa agenter förmedlar bara kontakten, andra slutför försäljningen. Alla får provision.',
      gloss: 'En agent övertar aldrig äganderätten och säljer därför inte vidare.',
    },
    'authorized-service': {
      description:
        'Auktoriserade eller certifierade partner som säljer tjänster till slutanvändare enligt en av flera affärsmodeller: säljer tjänster under leverantörens varumärke, lägger eget mervärde ovanpå leverantörens tjänster eller arbetar som leverantörens underleverantör.',
    },
    'logistics-3pl': {
      description: 'Sköter logistik och orderhantering åt säljaren; övertar inte äganderätten men får en serviceavgift.',
    },
    financing: { description: 'Erbjuder finansiering till partner som bygger stora, komplexa och kostsamma lösningar.' },
    'training-certification': { description: 'Tillhandahåller utbildning och certifiering.' },
    epc: { description: 'Företag som bidrar med kompetens från stora projekt till komplexa, kundanpassade system.' },
    'consulting-deployment': {
      description:
        'Företag inom konsulttjänster, design, upphandling och distribution som hjälper företag att gå från CapEx- till OpEx-lösningar.',
      gloss: '”Distribution” är artikelns ord; vi läser det som implementering (driftsättning), därav namnet.',
    },
    'government-agency': { description: 'Fastställer tekniska standarder inom sitt ansvarsområde.' },
    'standards-body': {
      description: 'Organisationer och standardiseringsorgan som tar fram branschstandarder och påverkar branschens utveckling.',
    },
    'developer-community': {
      description: 'En community eller sammanslutning av utvecklare.',
      gloss:
        'Artikeln räknar utvecklarcommunityn till påverkarna, men ger ”utvecklare” formellt stöd i sin tabell över hanteringssätt; vi läser den raden som denna kategori, så dess typiska hanteringssätt är formellt stöd.',
    },
    'open-source-community': {
      description: 'En nätverksplattform som tillhandahåller öppen källkod enligt tillhörande licensavtal.',
    },
    academia: { description: 'Akademiker och forskning samt opinionsledare inom teknik och bransch.' },
    'industry-analyst': {
      description: 'Branschexperter eller analysföretag som följer, utvärderar och rangordnar erbjudanden från flera leverantörer.',
    },
  },
  options: {
    'formal-program': {
      description: 'Formellt stöd genom ett partnerprogram.',
      gloss: 'Ett programs strukturerade nivåer, förmåner och krav.',
    },
    'formal-support': {
      description: 'Formellt stöd, till exempel policyer, processer och personer.',
      gloss: 'Utanför ett partnerprogram: artikeln skiljer det från programstöd.',
    },
    'one-to-one': { description: 'Hantering en till en.', gloss: 'Varje relation hanteras för sig.' },
    sla: { description: 'Styrs av servicenivåavtal (SLA).' },
    'marketing-pr': { description: 'Bearbetas genom marknadsförings- och PR-initiativ.' },
  },
  subtypes: {
    kind: {
      isv: { description: 'Ett fristående programvaruföretag (ISV).' },
      ihv: { description: 'En fristående hårdvarutillverkare (IHV).' },
    },
    stage: {
      'pre-offer': { description: 'Innan erbjudandet har lanserats kommersiellt.' },
      'post-offer': { description: 'Efter att erbjudandet har lanserats kommersiellt.' },
    },
    mode: {
      introducer: { description: 'Förmedlar bara kontakten med kunden.' },
      closer: { description: 'Slutför försäljningen.' },
    },
    businessModel: {
      'vendor-branded': { description: 'Säljer tjänster under leverantörens varumärke.' },
      'value-add': { description: 'Lägger eget mervärde ovanpå leverantörens tjänster.' },
      subcontractor: { description: 'Arbetar som leverantörens underleverantör.' },
    },
  },
  primaryValues: {
    'solution-delivery': 'Utveckla och distribuera lösningar för kunder',
    'direct-revenue': 'Öka intäkterna direkt',
    'customer-support': 'Support till kunder före och/eller efter försäljningen',
    'indirect-revenue': 'Öka intäkterna indirekt',
  },
  compensation: {
    commission: 'Provision',
    'service-fee': 'Serviceavgift',
  },
};

/**
 * Swedish labels and descriptions of the taxonomy's nodes: the part of `sv` the lookups
 * read. `sv` is composed from this and `./sv.ts`'s own text; the labels alone are
 * `svLabels`, which the resolvers read.
 * @example svTaxonomyText.categories['value-added-distributor'].label // 'Mervärdesdistributör'
 * @internal
 */
export const svTaxonomyText: TaxonomyText = /* @__PURE__ */ composeTaxonomyText(svLabels, descriptions);
