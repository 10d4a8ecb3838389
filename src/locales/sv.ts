import { composeLocale } from './compose-locale.js';
import { svTaxonomyText } from './sv-taxonomy-text.js';
import type { PartnerCategory } from '../taxonomy/types.js';
import type { Locale } from './types.js';

const quoteList = (values: readonly string[], conjunction = 'eller'): string => {
  const quoted = values.map((v) => `'${v}'`);
  return quoted.length < 2
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
};

const valueKindNames = {
  category: 'ingen partnerkategori',
  function: 'ingen partnerfunktion',
  group: 'ingen partnergrupp',
  option: 'inget hanteringssätt',
  subtype: 'inget värde för denna undertyp',
  power: "ingen maktbalans ('vendor', 'balanced' eller 'partner')",
} as const;

// A label mid-sentence: "Molnåterförsäljare" → "molnåterförsäljare", but "ISV / IHV" stays.
const lowerFirst = (label: string): string =>
  /^\p{Lu}\p{Ll}/u.test(label) ? `${label[0]?.toLowerCase() ?? ''}${label.slice(1)}` : label;

const categoryList = (ids: readonly PartnerCategory[]): string => {
  const labels = ids.map((id) => lowerFirst(sv.categories[id].label));
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} eller ${labels[labels.length - 1]}`;
};

const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : `; menade du '${suggestion}'?`;

// This project's Swedish names for the shipped crosswalk vocabularies and their values,
// keyed `vocabulary` or `vocabulary/value`, for the SKOS export.
const vocabularyLabels: Readonly<Record<string, string>> = {
  salesforce: 'Kontotyp i Salesforce',
  'salesforce/Prospect': 'Prospekt',
  'salesforce/Customer - Direct': 'Kund – direkt',
  'salesforce/Customer - Channel': 'Kund – via kanal',
  'salesforce/Channel Partner / Reseller': 'Kanalpartner/återförsäljare',
  'salesforce/Installation Partner': 'Installationspartner',
  'salesforce/Technology Partner': 'Teknikpartner',
  'salesforce/Other': 'Övrigt',
  hubspot: 'Företagstyp i HubSpot',
  'hubspot/Prospect': 'Prospekt',
  'hubspot/Partner': 'Partner',
  'hubspot/Reseller': 'Återförsäljare',
  'hubspot/Vendor': 'Inköpsleverantör',
  'hubspot/Other': 'Övrigt',
  dynamics: 'Relationstyp för konton i Dynamics 365',
  'dynamics/Competitor': 'Konkurrent',
  'dynamics/Consultant': 'Konsult',
  'dynamics/Customer': 'Kund',
  'dynamics/Investor': 'Investerare',
  'dynamics/Partner': 'Partner',
  'dynamics/Influencer': 'Påverkare',
  'dynamics/Press': 'Press',
  'dynamics/Prospect': 'Prospekt',
  'dynamics/Reseller': 'Återförsäljare',
  'dynamics/Supplier': 'Varuleverantör',
  'dynamics/Vendor': 'Inköpsleverantör',
  'dynamics/Other': 'Övrigt',
  motions: 'Partnerinriktningar (sälja / leverera tjänster / bygga / påverka)',
  'motions/sell': 'sälja',
  'motions/service': 'leverera tjänster',
  'motions/build': 'bygga',
  'motions/influence': 'påverka',
  roles: 'Programroller (integratör / tjänsteleverantör / utvecklare / rådgivare)',
  'roles/integrator': 'integratör',
  'roles/provider': 'tjänsteleverantör',
  'roles/developer': 'utvecklare',
  'roles/advisor': 'rådgivare',
};

/**
 * Swedish text for every node, option and message. Import it only where you need it, so
 * bundles for English-only users leave it out.
 * @example sv.categories['value-added-distributor'].label // 'Mervärdesdistributör'
 * @category Locales
 */
export const sv: Locale = /* @__PURE__ */ composeLocale(svTaxonomyText, {
  // The node labels and descriptions (svTaxonomyText) live in their own module, so that
  // the lookups and resolvers can bundle them without the messages and report text below.
  code: 'sv',
  at: ({ row, field, column }) =>
    `rad ${row}${field === undefined ? '' : `, ${field}`}${column === undefined ? '' : ` (kolumn "${column}")`}`,
  valueKinds: {
    null: 'null',
    undefined: 'saknas',
    number: 'ett tal',
    boolean: 'sant eller falskt',
    string: 'text',
    array: 'en lista',
    object: 'ett objekt',
    other: 'ett värde av annat slag',
  },
  ruleProblems: {
    missing_key: ({ key }) => `${key} saknas`,
    wrong_type: ({ expected, valueKind }) => `${sv.valueKinds[expected]} väntades, men här finns ${sv.valueKinds[valueKind]}`,
    unknown_key: ({ key, allowed }) => `'${key}' är inte tillåtet här; använd ${quoteList(allowed)}`,
    unknown_operator: ({ keys }) =>
      `ett villkor behöver all, any, not, eller ett fält med equals, in, exists, gt, gte, lt eller lte; här finns ${keys.length === 0 ? 'inga nycklar' : quoteList(keys)}`,
    unknown_field: ({ field, suggestion }) =>
      `'${field}' är inget fält; använd ett postfält, group, custom.<namn> eller context.<faktor>${didYouMean(suggestion)}`,
    invalid_value: ({ value, kind }) => `'${value}' är ${valueKindNames[kind]}`,
    not_a_number: ({ operator }) => `${operator} behöver ett tal`,
    empty_list: ({ operator }) => `${operator} behöver minst ${operator === 'in' ? 'ett värde' : 'ett villkor'}`,
    duplicate_rule_id: ({ id, firstIndex }) => `regel-id '${id}' används redan av rules[${firstIndex}]`,
  },
  reference: {
    title: 'Taxonomi för kanalpartner',
    intro:
      'Fyra partnerfunktioner, deras kategorier och fem sätt att hantera partner, enligt källartikeln. Id:n är stabila och säkra att lagra.',
    functions: 'Funktioner och kategorier',
    options: 'Hanteringssätt',
    primaryValue: 'Primärt värde',
    group: 'Grupp',
    columns: {
      category: 'Kategori',
      id: 'Id',
      description: 'Beskrivning',
      typical: 'Typisk hantering',
      takesTitle: 'Tar äganderätt',
      holdsInventory: 'Håller lager',
      resells: 'Säljer vidare',
      compensation: 'Ersättning',
      subtype: 'Undertyp',
      acronyms: 'Förkortningar',
      option: 'Hanteringssätt',
    },
    facts: { yes: 'ja', no: 'nej', varies: 'varierar', unstated: '–' },
    byValue: ({ value, option }) => `${value}: ${option}`,
    crosswalks: {
      title: 'Korsreferenser',
      note: 'Hur värden i andra vokabulärer motsvarar denna taxonomi. Mappningarna och motiveringarna (på engelska) är projektets egna, inte källartikelns.',
      value: 'Värde',
      relation: 'Relation',
      target: 'Motsvarar',
      rationale: 'Motivering',
    },
    version: ({ version }) => `Taxonomiversion ${version}.`,
  },
  vocabularyProblems: {
    shape: ({ expected }) => `${expected} väntades`,
    unknownTarget: ({ id, kind }) => `'${id}' är ingen partner${kind === 'category' ? 'kategori' : 'funktion'}`,
    targetForNone: ({ relation }) => `en mappning med relationen '${relation}' har inget mål`,
    candidatesForNone: () => "en mappning med relationen 'none' är ingen partner och har inga kandidater",
    missingTarget: ({ relation }) => `en mappning med relationen '${relation}' behöver ett mål`,
    duplicateValue: ({ value, firstIndex }) => `'${value}' finns redan på values[${firstIndex}]`,
    unmappedValue: ({ value }) => `'${value}' saknar mappning; mappa det, eller till 'none' om det inte är en partner`,
    unlistedValue: ({ value }) => `'${value}' är mappat men saknas i values`,
  },
  vocabularyLabel: ({ vocabulary, value }) => {
    const key = value === undefined ? vocabulary : `${vocabulary}/${value}`;
    return Object.hasOwn(vocabularyLabels, key) ? vocabularyLabels[key] : undefined;
  },
  findings: {
    coverage: ({ present, total, missing, requiredMissing, unclassified }) =>
      `${present} av ${total} partnerkategorier har partner${missing.length === 0 ? '' : `; inga i ${missing.join(', ')}`}.` +
      (requiredMissing === undefined
        ? ' Ange vilka kategorier portföljen behöver (required) för att se vilka av dem som saknas.'
        : requiredMissing.length === 0
          ? ' Alla nödvändiga kategorier har partner.'
          : ` Nödvändiga men saknas: ${requiredMissing.join(', ')}.`) +
      (unclassified === 0
        ? ''
        : ` ${unclassified.toLocaleString('sv-SE')} partner saknar kategori, så en kategori som räknas som saknad kan ändå ha partner: klassificera dem för att besvara frågan fullt ut.`),
    alignment: ({ shares }) =>
      `Partnerposterna säger inte vilken affärsstrategi varje relation tjänar, så data kan inte besvara frågan. Som underlag: ${shares.map((s) => `${s.function} ${Math.round(s.share * 100)} %`).join(', ')} av partnerna per funktion.`,
    management: ({ assessed, total, mismatches, undecided }) =>
      assessed === 0
        ? 'Ingen post anger hur relationen hanteras i dag (management), så inget kan jämföras med rekommendationen.'
        : `${mismatches} av ${assessed} relationer med känd hantering hanteras annorlunda än typen kräver${undecided === 0 ? '' : `; ${undecided} av ${total} kunde inte avgöras`}.`,
    communication: ({ multiManaged, unowned, units }) =>
      `Partner hanteras från ${units} ${units === 1 ? 'ställe' : 'ställen'}; ${multiManaged} ${multiManaged === 1 ? 'kategori hanteras' : 'kategorier hanteras'} på mer än ett, och ${unowned} ${unowned === 1 ? 'relation saknar' : 'relationer saknar'} ägare. Delat ägarskap är där partnervärdet oftast beskrivs olika; data visar inte hur det beskrivs.`,
    tools: () => 'Partnerposterna säger inget om verktygen för partnerhantering, så data kan inte besvara frågan.',
  },
  reasons: {
    typical: ({ category, subtype, option }) =>
      `${category}${subtype === undefined ? '' : ` med ${subtype.field} ${subtype.value}`} hanteras typiskt med ${sv.options[option].label.toLowerCase()} (källartikeln)`,
    typicalForFunction: ({ function: fn, option }) =>
      `${sv.functions[fn].label.toLowerCase()} hanteras typiskt med ${sv.options[option].label.toLowerCase()} (källartikeln)`,
    needs: ({ fields, options }) => `${quoteList(fields)} behövs för att välja mellan ${quoteList(options, 'och')}`,
    outranked: ({ rule, by }) => `${rule} gäller också, men ${by} rankas högre`,
    failedTest: ({ field, operator, expected, actual }) =>
      `kräver ${field} ${operator} ${JSON.stringify(expected)}, men värdet är ${actual === undefined ? 'tomt' : JSON.stringify(actual)}`,
    convention: ({ option }) =>
      `branschpraxis för segmentet är ${sv.options[option].label.toLowerCase()} (heuristik: uttalad praxis går före artikelns typiska val)`,
    partnerPower: () =>
      'en partner med mer makt än leverantören accepterar sällan standardvillkor i ett program, så den hanteras en-till-en (heuristik)',
    diverseSegment: ({ threshold }) =>
      `affärsmodellerna i segmentet skiljer sig åt (homogenitet under ${threshold}), så policyer, processer och personer passar bättre än ett program (heuristik)`,
    noMatch: () => 'ingen regel gäller för posten',
    noRule: ({ option }) => `ingen regel rekommenderar ${option}`,
  },
  messages: {
    not_a_list: ({ valueKind }) => `en lista med poster väntades, men indata är ${sv.valueKinds[valueKind]}`,
    not_an_object: ({ valueKind }) =>
      `raden är ${sv.valueKinds[valueKind]}, inte en post; en post är ett objekt med id, name och category`,
    missing_field: ({ field }) => `${field} saknas`,
    invalid_type: ({ field, valueKind }) => `${field} måste vara text, men är ${sv.valueKinds[valueKind]}`,
    invalid_value: ({ field, value }) => `${field} '${value}' är inte giltigt`,
    unknown_category: ({ value, suggestion, vocabularies }) =>
      vocabularies === undefined || vocabularies.length === 0
        ? `category '${value}' är ingen partnerkategori${didYouMean(suggestion)}`
        : `'${value}' är ingen partnerkategori utan ett värde i en CRM-vallista: läs kolumnen med vokabulären ${quoteList(vocabularies)}`,
    unknown_function: ({ value, suggestion }) =>
      `function '${value}' är ingen partnerfunktion${didYouMean(suggestion)}`,
    function_mismatch: ({ value, category, expected }) =>
      `function '${value}' stämmer inte med category '${category}', som är en ${expected}-partner`,
    invalid_subtype: ({ field, value, category, expected, suggestion }) =>
      suggestion === undefined
        ? `${field} '${value}' gäller inte för ${category}; använd ${quoteList(expected)}`
        : `${field} '${value}' gäller inte för ${category}; menade du '${suggestion}'?`,
    subtype_not_allowed: ({ field, category, owner }) =>
      `${field} gäller bara ${owner}, inte ${category}`,
    subtype_conflict: ({ field, value, implied, text }) =>
      `category '${text}' betyder ${field} '${implied}', men ${field} är '${value}'`,
    unknown_management: ({ value, suggestion }) =>
      `management '${value}' är inget hanteringssätt${didYouMean(suggestion)}`,
    duplicate_id: ({ value, firstIndex }) =>
      `id '${value}' används redan av posten på index ${firstIndex}`,
    unmapped_value: ({ value, vocabulary, suggestion, vocabularies }) =>
      `'${value}' är varken ett värde i ${vocabulary} eller en partnerkategori${
        vocabularies === undefined || vocabularies.length === 0 ? didYouMean(suggestion) : `; det finns i vokabulären ${quoteList(vocabularies)}`
      }`,
    column_choice: ({ field, column, others, by }) =>
      `${field} läses från kolumnen "${column}" (${by === 'mapping' ? 'enligt mappningen' : by === 'name' ? 'fältets eget namn' : 'den mest specifika rubriken'}); ${others.map((o) => `"${o}"`).join(', ')} behålls som ${others.length === 1 ? 'eget fält' : 'egna fält'}`,
    missing_category: () => 'ingen kategori angiven',
    generic_category: ({ value, candidates }) =>
      candidates.length === 0
        ? `'${value}' anger ingen kategori`
        : candidates.length === 1
          ? `'${value}' anger inte vilken kategori; troligast ${categoryList(candidates)}`
          : `'${value}' anger ingen enskild kategori; det kan vara ${categoryList(candidates)}`,
    ambiguous_category: ({ value, candidates }) => `'${value}' kan läsas som ${categoryList(candidates)}; ange kategorin`,
    function_only: ({ value, function: fn }) =>
      `'${value}' anger funktionen ${lowerFirst(sv.functions[fn].label)}, inte en kategori`,
    // Rationales of the shipped vocabularies are English: the Swedish message leaves them
    // to the row's `rationale` field rather than mix languages.
    unclassified_value: ({ value, vocabulary }) => `'${value}' (${vocabulary}) är en partner men anger ingen kategori`,
    not_a_partner: ({ value, vocabulary }) => `'${value}' är ingen partner enligt vokabulären ${vocabulary}`,
    deprecated_category: ({ category, replacedBy }) =>
      `category '${category}' är utfasad; använd '${replacedBy}'`,
  },
  render: {
    title: 'Partnerinventering',
    none: 'Inga.',
    headings: {
      summary: 'Sammanfattning',
      functions: 'Täckning per funktion',
      categories: 'Täckning per kategori',
      missing: 'Kategorier utan partner',
      requiredMissing: 'Nödvändiga kategorier utan partner',
      units: 'Enheter och kategorierna de hanterar',
      multiManaged: 'Kategorier som hanteras på mer än ett ställe',
      heatMap: 'Var varje kategori hanteras',
      mismatches: 'Hanteras annorlunda än rekommendationen',
      undecided: 'Inte avgjort av reglerna',
      unclassified: 'Partner utan kategori',
      findings: 'De fem diagnostiska frågorna',
    },
    columns: {
      measure: 'Mått',
      value: 'Värde',
      function: 'Funktion',
      category: 'Kategori',
      id: 'Id',
      partners: 'Partner',
      share: 'Andel',
      categoriesPresent: 'Kategorier med partner',
      managedBy: 'Hanteras av',
      typical: 'Typisk hantering',
      unit: 'Enhet',
      categories: 'Kategorier',
      units: 'Enheter',
      change: 'Nu → rekommenderat',
      reason: 'Skäl',
      rule: 'Regel',
      source: 'Källa',
      needs: 'Behöver',
      number: 'Nr',
      question: 'Fråga',
      basis: 'Besvaras av',
      answer: 'Svar',
      records: 'Poster',
    },
    summary: {
      total: 'Partner',
      assessed: 'Med känd hantering',
      mismatches: 'Hanteras annorlunda än rekommendationen',
      undecided: 'Inte avgjort av reglerna',
      unowned: 'Utan ägare',
      unclassified: 'Partner utan kategori (ej medräknade ovan)',
      rows: 'Lästa rader',
      skipped: 'Överhoppade rader: inte partner',
      invalid: 'Utelämnade rader: ogiltiga',
    },
    questions: {
      coverage: 'Har vi alla partnertyper som verksamheten behöver?',
      alignment: 'Är varje partnerstrategi i linje med affärsstrategin?',
      management: 'Hanteras relationerna väl?',
      communication: 'Kommuniceras partnervärdet tydligt och konsekvent?',
      tools: 'Finns det robusta verktyg för partnerhantering?',
    },
    bases: { data: 'Data', partial: 'Delvis data', none: 'Inte data' },
    sources: { article: 'Källartikeln', heuristic: 'Heuristik', user: 'Egna regler' },
    charts: {
      functions: 'Partner per funktion',
      categories: 'Partner per kategori',
      heatMap: 'Partner per kategori och ansvarig enhet',
    },
    noCategory: 'Ingen kategori',
    noFunction: 'Okänd',
    noOwner: 'Ingen ägare',
    typicalVaries: 'Beror på partnern',
    ofTotal: ({ part, total }) => `${part} av ${total}`,
    change: ({ from, to }) => `${from} → ${to}`,
    withCount: ({ label, count }) => `${label} (${count})`,
    list: (items) => items.join(', '),
    barValue: ({ count, share }) => `${count} (${share})`,
    more: ({ list, count }) => `${list} och ${count} till`,
    cell: ({ category, unit, count }) => `${category}, ${unit}: ${count.toLocaleString('sv')} partner`,
  },
});
