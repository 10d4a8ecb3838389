import { composeLocale } from './compose-locale.js';
import { svTaxonomyText } from './sv-taxonomy-text.js';
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

const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : `; menade du '${suggestion}'?`;

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
    unknown_operator: ({ keys, operators }) =>
      `ett villkor behöver all, any, not, eller ett fält med ${operators.slice(0, -1).join(', ')} eller ${operators.at(-1)}; här finns ${keys.length === 0 ? 'inga nycklar' : quoteList(keys)}`,
    unknown_field: ({ field, suggestion }) =>
      `'${field}' är inget fält; använd ett postfält, group, custom.<namn> eller context.<faktor>${didYouMean(suggestion)}`,
    invalid_value: ({ value, kind }) => `'${value}' är ${valueKindNames[kind]}`,
    not_a_number: ({ operator }) => `${operator} behöver ett tal`,
    empty_list: ({ operator }) => `${operator} behöver minst ${operator === 'in' ? 'ett värde' : 'ett villkor'}`,
    duplicate_rule_id: ({ id, firstIndex }) =>
      `regel-id '${id}' används redan av ${firstIndex === undefined ? 'en standardregel (mergeRules ersätter en)' : `rules[${firstIndex}]`}`,
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
    targetForNone: () => "en mappning med relationen 'none' har inget mål",
    missingTarget: ({ relation }) => `en mappning med relationen '${relation}' behöver ett mål`,
    duplicateValue: ({ value, firstIndex }) => `'${value}' finns redan på values[${firstIndex}]`,
    unmappedValue: ({ value }) => `'${value}' saknar mappning; mappa det, eller till 'none' om det inte är en partner`,
    unlistedValue: ({ value }) => `'${value}' är mappat men saknas i values`,
  },
  findings: {
    coverage: ({ present, total, missing, requiredMissing }) =>
      `${present} av ${total} partnerkategorier har partner${missing.length === 0 ? '' : `; inga i ${missing.join(', ')}`}.` +
      (requiredMissing === undefined
        ? ' Ange vilka kategorier portföljen behöver (required) för att se vilka av dem som saknas.'
        : requiredMissing.length === 0
          ? ' Alla nödvändiga kategorier har partner.'
          : ` Nödvändiga men saknas: ${requiredMissing.join(', ')}.`),
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
  operators: {
    equals: (value) => `är ${value}`,
    in: (values) => `är något av ${values}`,
    exists: (wanted) => (wanted === 'false' ? 'saknar värde' : 'har ett värde'),
    gt: (bound) => `är större än ${bound}`,
    gte: (bound) => `är minst ${bound}`,
    lt: (bound) => `är mindre än ${bound}`,
    lte: (bound) => `är högst ${bound}`,
    startsWith: (text) => `börjar med ${text}`,
    contains: (text) => `innehåller ${text}`,
  },
  reasons: {
    typical: ({ category, subtype, option }) =>
      `${category}${subtype === undefined ? '' : ` med ${subtype.field} ${subtype.value}`} hanteras typiskt med ${sv.options[option].label.toLowerCase()} (källartikeln)`,
    typicalForFunction: ({ function: fn, option }) =>
      `${sv.functions[fn].label.toLowerCase()} hanteras typiskt med ${sv.options[option].label.toLowerCase()} (källartikeln)`,
    needs: ({ fields, options }) => `${quoteList(fields)} behövs för att välja mellan ${quoteList(options, 'och')}`,
    outranked: ({ rule, by }) => `${rule} gäller också, men ${by} rankas högre`,
    failedTest: ({ field, operator, expected, actual }) =>
      `kräver att ${field} ${sv.operators[operator](JSON.stringify(expected))}, men värdet är ${actual === undefined ? 'tomt' : JSON.stringify(actual)}`,
    failedNot: ({ path }) => `kräver att villkoret i ${path} inte gäller, men det gör det`,
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
    unknown_category: ({ value, suggestion }) =>
      `category '${value}' är ingen partnerkategori${didYouMean(suggestion)}`,
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
    ambiguous_category: ({ text, category, alternatives }) =>
      `'${text}' lästes som ${category}, som i källartikeln; det kan också betyda ${quoteList(alternatives)}`,
    unmapped_value: ({ value, vocabulary, suggestion }) =>
      `category '${value}' är varken ett värde i ${vocabulary} eller en partnerkategori${didYouMean(suggestion)}`,
    not_a_partner: ({ value, vocabulary, rationale }) => `'${value}' är ingen partner i ${vocabulary}: ${rationale}`,
    no_category: ({ value, vocabulary, relation, target }) =>
      `'${value}' (${vocabulary}) är ${relation === 'exact' ? 'detsamma som' : relation === 'related' ? 'bara besläktat med' : relation === 'broader' ? 'bredare än' : 'snävare än'} ${target}, som inte anger en enda kategori; ange kategorin`,
    broad_mapping: ({ value, vocabulary, category }) =>
      `'${value}' (${vocabulary}) lästes som ${category}, men omfattar mer än den kategorin; kontrollera`,
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
