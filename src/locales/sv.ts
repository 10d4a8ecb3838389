import { composeLocale } from './compose-locale.js';
import { joinList, quoteList as quoteValues } from './join-list.js';
import { fieldName, formatNumber, formatPercent, idName, inSentence, ruleName, valueName } from './naming.js';
import { svTaxonomyText } from './sv-taxonomy-text.js';
import { svRationaleOf, svVocabularyLabel, svVocabularyRationales } from './sv-vocabulary-rationales.js';
import type { PartnerCategory } from '../taxonomy/types.js';
import type { Locale } from './types.js';

// A rationale after its message, as the English messages put it; nothing when there is none.
const because = (rationale: string): string => (rationale === '' ? '' : `: ${rationale}`);

const quoteList = (values: readonly string[], conjunction = 'eller'): string => quoteValues(values, conjunction);
const list = (values: readonly string[], conjunction = 'och'): string => joinList(values, conjunction);

const valueKindNames = {
  category: 'ingen partnerkategori',
  function: 'ingen partnerfunktion',
  group: 'ingen partnergrupp',
  option: 'inget hanteringssätt',
  subtype: 'inget värde för denna undertyp',
  power: "ingen maktbalans ('vendor', 'balanced' eller 'partner')",
} as const;

const categoryList = (ids: readonly PartnerCategory[]): string =>
  joinList(
    ids.map((id) => inSentence(sv.categories[id].label)),
    'eller',
  );

const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : `; menade du '${suggestion}'?`;

// Names for the ids the parser and the engine pass: labels, never ids, in Swedish text.
const field = (path: string): string => inSentence(fieldName(sv, path));
const category = (id: string): string => idName(sv, id);
const option = (id: string): string => inSentence(idName(sv, id));
const value = (path: string, v: unknown): string => valueName(sv, path, v);
const n = (count: number): string => formatNumber(sv, count);

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
  // Rows are places, not amounts: their numbers are not grouped.
  at: ({ row, field: path, column }) =>
    `rad ${row}${path === undefined ? '' : `, ${field(path)}`}${column === undefined ? '' : ` (kolumn "${column}")`}`,
  valueKinds: {
    null: 'null',
    undefined: 'inget värde',
    number: 'ett tal',
    boolean: 'sant eller falskt',
    string: 'text',
    array: 'en lista',
    object: 'ett objekt',
    other: 'ett värde av annat slag',
  },
  // "problem" is the same word in the singular and the plural.
  invalidRuleSet: ({ count }) => `Ogiltig regeluppsättning (${count} problem):`,
  ruleProblems: {
    missing_key: ({ key }) => `${key} saknas`,
    wrong_type: ({ expected, valueKind }) =>
      `${expected === 'scalar' ? 'text, ett tal, sant eller falskt' : sv.valueKinds[expected]} väntades, men här finns ${sv.valueKinds[valueKind]}`,
    unknown_key: ({ key, allowed }) => `'${key}' är inte tillåtet här; använd ${quoteList(allowed)}`,
    too_deep: ({ max }) => `villkor får nästlas högst ${max} nivåer djupt; det här ligger djupare`,
    unknown_operator: ({ keys, operators }) =>
      `ett villkor behöver all, any, not, eller ett fält med ${joinList(operators, 'eller')}; här finns ${keys.length === 0 ? 'inga nycklar' : quoteList(keys)}`,
    unknown_field: ({ field: path, suggestion }) =>
      `'${path}' är inget fält; använd ett postfält, group, custom.<namn> eller context.<faktor>${suggestion === undefined ? '' : `; menade du '${suggestion}' (${field(suggestion)})?`}`,
    invalid_value: ({ value, kind }) => `'${value}' är ${valueKindNames[kind]}`,
    not_a_number: ({ operator }) => `${operator} behöver ett tal`,
    empty_list: ({ operator }) => `${operator} behöver minst ${operator === 'in' ? 'ett värde' : 'ett villkor'}`,
    duplicate_rule_id: ({ id, firstIndex }) =>
      `regel-id '${id}' används redan av ${firstIndex === undefined ? 'en standardregel (mergeRules ersätter en)' : `rules[${firstIndex}]`}`,
  },
  names: {
    group: 'grupp',
    custom: ({ name }) => `det egna fältet '${name}'`,
    context: { convention: 'branschpraxis', power: 'maktbalans', homogeneity: 'homogenitet' },
    power: {
      vendor: 'leverantören är starkast',
      balanced: 'jämn styrka',
      partner: 'partnern är starkast',
    },
    booleans: { true: 'sant', false: 'falskt' },
    rules: {
      article: ({ subject }) => `källartikelns regel för ${subject}`,
      withSubtype: ({ category: name, field: f, value: v }) => `${name} (${f}: ${v})`,
      convention: ({ option: o }) => `heuristiken för branschpraxis (${o})`,
      heuristics: {
        'partner-power': 'heuristiken för partnerns förhandlingsposition',
        'diverse-segment': 'heuristiken för olikartade segment',
      },
      user: ({ id }) => `regeln '${id}'`,
    },
  },
  schema: {
    title: 'Partnerpost',
    description: ({ version }) =>
      `En kanalpartnerpost i kanonisk form (taxonomi ${version}): kategorins id, bara kategorins egen undertyp och egna fält under "custom".`,
    custom: 'Egna fält',
  },
  reference: {
    title: 'Taxonomi för kanalpartner',
    intro:
      'Fyra partnerfunktioner, deras kategorier och fem sätt att hantera partner, enligt källartikeln. Fakta utan markering är artikelns; det som är markerat som vår tolkning är projektets egen slutsats eller förklaring. Id:n är stabila och säkra att lagra.',
    sources: { article: 'källartikeln', project: 'vår tolkning' },
    projectFact: ({ fact }) => `${fact} (vår tolkning)`,
    gloss: ({ text }) => `(Vår tolkning: ${text})`,
    question: {
      title: 'Artikelns fråga',
      text: 'Var hanteras kanalpartnerrelationen? I många år var svaret kanalförsäljningen, och försäljningen har fortfarande huvudansvaret för partnerprogrammet och dess mål. Men viktiga partnerrelationer byggs också i produktteam, på marknadsavdelningar och på andra håll i organisationen. Artikelns första steg är därför en inventering som delar in varje partnerrelation efter dess primära funktion: lösning, försäljning, service eller påverkan.',
    },
    whyFunctions: {
      title: 'Varför funktioner',
      intro: 'Funktionerna är enligt artikeln ett bra sätt att definiera kanalpartner, eftersom de ger:',
      reasons: [
        'en gemensam förståelse av vilket värde varje partnertyp tillför,',
        'en saklig grund för att välja kanalpartner,',
        'en ekonomisk grund för att utforma partnerprogram, och',
        'flexibla byggstenar för komplexa go-to-market-system på geografiska områden och marknader som är svåra att komma in på.',
      ],
      subset:
        'De flesta företag har bara en del av kategorierna nedan, och kategorierna kan och bör delas in ytterligare för att hanteras på bästa sätt.',
    },
    managementNote:
      'Alla partner hanteras inte – och ska inte hanteras – genom ett formellt partnerprogram. Vilket hanteringssätt som passar beror enligt artikeln på faktorer som branschpraxis, den relativa styrkan mellan leverantör och partner och hur lika partnernas affärsmodeller är inom segmentet. Tabellerna ovan anger det hanteringssätt som artikeln kallar typiskt för varje partnertyp.',
    heuristics: {
      title: 'Hur vi tolkar de tre faktorerna (våra heuristiker)',
      intro:
        'Artikeln nämner faktorerna men säger inte hur de påverkar valet. Regelmotorn tolkar dem med tre egna heuristiker, som syns i varje spår de påverkar och som kan stängas av:',
      convention: 'Branschpraxis: när praxis för segmentet är känd går den före artikelns typiska hanteringssätt.',
      power:
        'Relativ styrka: när partnern har starkare förhandlingsposition än leverantören hanteras kategorier som artikeln lägger i ett program eller under formellt stöd individuellt (en-till-en).',
      homogeneity: ({ threshold }) =>
        `Homogenitet: när affärsmodellerna i segmentet skiljer sig åt (homogenitet under ${threshold}) får kategorier som artikeln lägger i ett program formellt stöd i stället.`,
    },
    units: {
      title: 'Var relationerna hanteras',
      intro:
        'Artikeln nämner kanalförsäljningen, produktteamen och marknadsavdelningarna, och ”andra håll i organisationen”. Poster får ange vilken enhet som helst; dessa känner taxonomin till.',
    },
    diagnostics: {
      title: 'De fem diagnostiska frågorna',
      intro: 'Efter inventeringen ställer artikeln fem frågor. Vad inventeringen kan svara är vår tolkning:',
      answers: {
        coverage:
          'Vilka kategorier som har partner; med de kategorier som den nuvarande erbjudandeportföljen behöver också vilka av dem som saknas. Utan dem besvaras frågan bara delvis.',
        alignment:
          'Inte ur underlaget: posterna anger inte vilken affärsstrategi en relation stöder. Rapporten visar andelen partner per funktion som underlag för diskussionen.',
        management:
          'Där en post anger hur relationen hanteras i dag: om det avviker från vad som är typiskt för partnertypen (artikelns tabell, justerad av heuristikerna). Det typiska är inget krav: en avvikelse är en fråga att ställa, inte ett fel.',
        communication:
          'Delvis: från hur många enheter partner hanteras, vilka kategorier som hanteras på mer än ett ställe och vilka relationer som saknar ansvarig. Hur partnervärdet kommuniceras kan underlaget inte visa.',
        tools: 'Inte ur underlaget: posterna säger inget om verktygen.',
      },
    },
    functions: 'Funktioner och kategorier',
    options: 'Hanteringssätt',
    primaryValue: 'Primärt värde',
    group: 'Grupp',
    columns: {
      category: 'Kategori',
      id: 'Id',
      description: 'Beskrivning',
      typical: 'Typisk hantering',
      takesTitle: 'Övertar äganderätten',
      holdsInventory: 'Har eget lager',
      resells: 'Säljer vidare',
      compensation: 'Ersättning',
      subtype: 'Undertyp',
      acronyms: 'Förkortningar',
      option: 'Hanteringssätt',
      unit: 'Enhet',
      source: 'Källa',
      number: 'Nr',
      question: 'Fråga',
      answer: 'Vad inventeringen svarar',
    },
    csv: {
      kind: 'typ',
      id: 'id',
      parent: 'överordnad',
      label: 'namn',
      description: 'beskrivning',
      gloss: 'vår tolkning',
      source: 'källa',
      typical: 'typisk hantering',
      takesTitle: 'övertar äganderätten',
      holdsInventory: 'har eget lager',
      resells: 'säljer vidare',
      compensation: 'ersättning',
      subtype: 'undertyp',
      acronyms: 'förkortningar',
      status: 'status',
    },
    kinds: { function: 'funktion', group: 'grupp', category: 'kategori', option: 'hanteringssätt', unit: 'enhet' },
    statuses: { active: 'aktiv', deprecated: 'utfasad' },
    facts: { yes: 'ja', no: 'nej', varies: 'varierar', unstated: '–' },
    byValue: ({ value, option }) => `${value}: ${option}`,
    crosswalks: {
      title: 'Mappningar',
      note: 'Hur värden i andra vokabulärer motsvarar denna taxonomi. Mappningarna och motiveringarna är projektets egna, inte källartikelns.',
      value: 'Värde',
      relation: 'Relation',
      target: 'Motsvarar',
      rationale: 'Motivering',
      relations: {
        exact: 'samma som',
        broader: 'bredare än',
        narrower: 'snävare än',
        related: 'besläktad med',
        unclassified: 'partner utan kategori',
        none: 'ingen partner',
      },
    },
    version: ({ version }) => `Taxonomiversion ${version}.`,
  },
  vocabularyProblems: {
    shape: ({ expected }) => (expected === undefined ? 'inget giltigt värde' : `${expected} väntades`),
    unknownTarget: ({ id, kind }) => `'${id}' är ingen partner${kind === 'category' ? 'kategori' : 'funktion'}`,
    targetForNone: ({ relation }) => `en mappning med relationen '${relation}' har inget mål`,
    candidatesForNone: () => "en mappning med relationen 'none' är ingen partner och har inga kandidater",
    missingTarget: ({ relation }) => `en mappning med relationen '${relation}' behöver ett mål`,
    duplicateValue: ({ value, firstIndex }) => `'${value}' finns redan på values[${firstIndex}]`,
    unmappedValue: ({ value }) => `'${value}' saknar mappning; mappa det, eller till 'none' om det inte är en partner`,
    unlistedValue: ({ value }) => `'${value}' är mappat men saknas i values`,
  },
  vocabularyLabel: svVocabularyLabel,
  draftRationales: {
    category: ({ category: id, projectReading }) =>
      `Läses som ${inSentence(category(id))} (${projectReading ? 'en tolkning i detta paket' : 'taxonomins eget namn'}).`,
    functionOnly: ({ function: fn }) => `Anger funktionen ${inSentence(category(fn))}, inte en av dess kategorier.`,
    ambiguous: ({ candidates }) =>
      `Tvetydigt: kan vara ${categoryList(candidates)}. Bestäm kategorin, eller behåll värdet som partner utan kategori.`,
    generic: () => 'En partner utan enskild kategori. Bestäm kategorin, eller behåll värdet som partner utan kategori.',
    unknown: () =>
      "Okänt värde. Bestäm om det är en kategori (relation 'exact' och ett mål i target), en partner utan angiven kategori ('unclassified') eller ingen partner ('none').",
    asIn: ({ label, rationale }) => (rationale === '' ? `Som i ${label}.` : `Som i ${label}: ${rationale}`),
  },
  vocabularyRationale: ({ vocabulary, value }) => {
    const rationales: Readonly<Record<string, Readonly<Record<string, string>>>> = svVocabularyRationales;
    const ofVocabulary = Object.hasOwn(rationales, vocabulary) ? rationales[vocabulary] : undefined;
    return ofVocabulary !== undefined && Object.hasOwn(ofVocabulary, value) ? ofVocabulary[value] : undefined;
  },
  findings: {
    coverage: ({ present, total, missing, requiredMissing, unclassified }) =>
      `${n(present)} av ${n(total)} partnerkategorier har partner${missing.length === 0 ? '' : `; inga i ${list(missing.map(category))}`}.` +
      (requiredMissing === undefined
        ? ' Frågan kan bara delvis besvaras ur underlaget: ange vilka kategorier den nuvarande erbjudandeportföljen behöver (required, eller --required på kommandoraden) för att se vilka av dem som saknas.'
        : requiredMissing.length === 0
          ? ' Alla nödvändiga kategorier har partner.'
          : ` Nödvändiga kategorier som saknas: ${list(requiredMissing.map(category))}.`) +
      (unclassified === 0
        ? ''
        : ` ${n(unclassified)} partner saknar kategori, så en kategori som räknas som saknad kan ändå ha partner: klassificera dem för att besvara frågan fullt ut.`),
    alignment: ({ shares }) =>
      `Partnerposterna anger inte vilken affärsstrategi varje relation stöder, så frågan kan inte besvaras ur underlaget. Som underlag för diskussionen, andelen partner per funktion: ${list(shares.map((s) => `${category(s.function)} ${formatPercent(sv, s.share)}`))}.`,
    management: ({ assessed, total, mismatches, undecided }) =>
      assessed === 0
        ? 'Ingen post anger hur relationen hanteras i dag (hantering), så inget kan jämföras med rekommendationen.'
        : `${n(mismatches)} av ${n(assessed)} relationer med känd hantering hanteras annorlunda än vad som är typiskt för partnertypen${undecided === 0 ? '' : `; ${n(undecided)} av ${n(total)} kunde inte avgöras`}.`,
    communication: ({ multiManaged, unowned, units }) =>
      `Partner hanteras från ${n(units)} ${units === 1 ? 'enhet' : 'enheter'}; ${n(multiManaged)} ${multiManaged === 1 ? 'kategori hanteras' : 'kategorier hanteras'} på mer än ett ställe, och ${n(unowned)} ${unowned === 1 ? 'relation saknar' : 'relationer saknar'} ansvarig. Hur partnervärdet kommuniceras i organisationen kan underlaget inte visa.`,
    tools: () => 'Partnerposterna säger inget om verktygen för partnerhantering, så frågan kan inte besvaras ur underlaget.',
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
    typical: ({ category: id, subtype, option: o }) =>
      `enligt källartikeln hanteras kategorin ${subtype === undefined ? category(id) : sv.names.rules.withSubtype({ category: category(id), field: field(subtype.field), value: inSentence(value(subtype.field, subtype.value)) })} vanligtvis genom ${option(o)}`,
    typicalForFunction: ({ function: fn, option: o }) =>
      `enligt källartikeln hanteras ${inSentence(category(fn))} vanligtvis genom ${option(o)}`,
    needs: ({ fields, options }) =>
      `${list(fields.map(field))} behövs för att välja mellan ${list(options.map(option))}`,
    outranked: ({ rule, by }) => `${ruleName(sv, rule)} gäller också, men ${ruleName(sv, by)} har högre prioritet`,
    // The operator's words come from the rule language's table (sv.operators); the field
    // and the values are named by their Swedish labels.
    failedTest: ({ field: path, operator, expected, actual }) => {
      const named = (v: unknown): string => inSentence(value(path, v));
      const actualText = actual === undefined ? 'värdet saknas' : `värdet är ${named(actual)}`;
      const wanted = operator === 'exists' ? String(expected) : Array.isArray(expected) ? list(expected.map(named), 'eller') : named(expected);
      return `kräver att ${field(path)} ${sv.operators[operator](wanted)}, men ${actualText}`;
    },
    failedNot: ({ path }) => `kräver att villkoret i ${path} inte gäller, men det gör det`,
    convention: ({ option: o }) =>
      `branschpraxis för segmentet är ${option(o)} (heuristik: känd praxis går före källartikelns typiska hanteringssätt)`,
    partnerPower: () =>
      'en partner med starkare förhandlingsposition än leverantören accepterar sällan ett programs standardvillkor, så den hanteras individuellt (heuristik)',
    diverseSegment: ({ threshold }) =>
      `affärsmodellerna i segmentet skiljer sig åt (homogenitet under ${n(threshold)}), så policyer, processer och personer passar bättre än ett gemensamt program (heuristik)`,
    noMatch: () => 'ingen regel gäller för posten',
    noRule: ({ option: o }) => `ingen regel rekommenderar ${option(o)}`,
  },
  messages: {
    not_a_list: ({ valueKind }) => `en lista med poster väntades, men indata är ${sv.valueKinds[valueKind]}`,
    not_an_object: ({ valueKind }) =>
      `raden är ${sv.valueKinds[valueKind]}, inte en post; en post är ett objekt med fälten ${list([field('id'), field('name'), field('category')])}`,
    missing_field: ({ field: path }) => `${field(path)} saknas`,
    invalid_type: ({ field: path, valueKind }) => `${field(path)} måste vara text, men är ${sv.valueKinds[valueKind]}`,
    unknown_category: ({ value: v, suggestion, vocabularies }) =>
      vocabularies === undefined || vocabularies.length === 0
        ? `kategorin '${v}' är ingen partnerkategori${didYouMean(suggestion === undefined ? undefined : category(suggestion))}`
        : `'${v}' är ingen partnerkategori utan ett värde i en CRM-vallista: läs kolumnen med vokabulären ${quoteList(vocabularies)}`,
    unknown_function: ({ value: v, suggestion }) =>
      `funktionen '${v}' är ingen partnerfunktion${didYouMean(suggestion === undefined ? undefined : category(suggestion))}`,
    function_mismatch: ({ value: v, category: id, expected }) =>
      `funktionen '${v}' stämmer inte med kategorin ${category(id)}, som hör till ${inSentence(category(expected))}`,
    invalid_subtype: ({ field: path, value: v, category: id, expected, suggestion }) =>
      suggestion === undefined
        ? `${field(path)} '${v}' gäller inte för ${category(id)}; använd ${quoteList(expected.map((e) => value(path, e)))}`
        : `${field(path)} '${v}' gäller inte för ${category(id)}; menade du '${value(path, suggestion)}'?`,
    subtype_not_allowed: ({ field: path, category: id, owner }) =>
      `${field(path)} gäller bara ${category(owner)}, inte ${category(id)}`,
    subtype_conflict: ({ field: path, value: v, implied, text }) =>
      `kategorin '${text}' betyder ${field(path)} '${value(path, implied)}', men ${field(path)} är '${value(path, v)}'`,
    unknown_management: ({ value: v, suggestion }) =>
      `'${v}' är inget hanteringssätt${didYouMean(suggestion === undefined ? undefined : category(suggestion))}`,
    // An index is a place, not an amount: its number is not grouped.
    duplicate_id: ({ value: v, firstIndex }) => `id '${v}' används redan av posten på index ${firstIndex}`,
    unmapped_value: ({ value: v, vocabulary, suggestion, vocabularies }) =>
      `kategorin '${v}' är varken ett värde i ${vocabulary} eller en partnerkategori${
        vocabularies === undefined || vocabularies.length === 0
          ? didYouMean(suggestion === undefined ? undefined : category(suggestion))
          : `; det finns i vokabulären ${quoteList(vocabularies)}`
      }`,
    column_choice: ({ field: path, column, others, by }) =>
      `${field(path)} läses från kolumnen "${column}" (${by === 'mapping' ? 'enligt mappningen' : by === 'name' ? 'fältets eget namn' : 'den mest specifika rubriken'}); ${others.map((o) => `"${o}"`).join(', ')} behålls som ${others.length === 1 ? 'eget fält' : 'egna fält'}`,
    missing_category: () => 'ingen kategori angiven',
    generic_category: ({ value: v, candidates }) =>
      candidates.length === 0
        ? `'${v}' anger ingen kategori`
        : candidates.length === 1
          ? `'${v}' anger inte vilken kategori; troligast ${categoryList(candidates)}`
          : `'${v}' anger ingen enskild kategori; det kan vara ${categoryList(candidates)}`,
    ambiguous_category: ({ value: v, candidates }) => `'${v}' kan läsas som ${categoryList(candidates)}; ange kategorin`,
    function_only: ({ value: v, function: fn }) => `'${v}' anger funktionen ${inSentence(category(fn))}, inte en kategori`,
    // `rationale` is the mapping's own, English for the shipped vocabularies: those get
    // their Swedish one, looked up by the cell's text; a message leaves out a rationale it
    // has only in English rather than mix languages.
    unclassified_value: ({ value: v, vocabulary, rationale }) =>
      `'${v}' (${vocabulary}) är en partner men anger ingen kategori${because(svRationaleOf({ vocabulary, value: v, own: rationale }))}`,
    not_a_partner: ({ value: v, vocabulary, rationale }) =>
      `'${v}' är ingen partner enligt vokabulären ${vocabulary}${because(svRationaleOf({ vocabulary, value: v, own: rationale }))}`,
    deprecated_category: ({ category: id, replacedBy }) =>
      `kategorin ${category(id)} är utfasad; använd ${category(replacedBy)}`,
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
      change: 'Nuvarande → rekommenderad',
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
      unowned: 'Utan ansvarig',
      unclassified: 'Partner utan kategori (ej medräknade ovan)',
      rows: 'Lästa rader',
      skipped: 'Överhoppade rader: inte partner',
      invalid: 'Utelämnade rader: ogiltiga',
    },
    questions: {
      coverage: 'Har vi alla typer av kanalpartnerrelationer som verksamheten behöver, utifrån vår nuvarande erbjudandeportfölj?',
      alignment: 'Är alla våra kanalpartnerstrategier i linje med den affärsstrategi de ska stödja?',
      management: 'Är vi övertygade om att partnerrelationerna hanteras väl?',
      communication: 'Har vi ett tydligt och konsekvent sätt att kommunicera kanalpartnervärdet i hela organisationen?',
      tools:
        'Har vi ändamålsenliga verktyg för partnerhantering som kompletterar och utvecklar medarbetarnas färdigheter och säkerställer att partnerna är nöjda?',
    },
    bases: { data: 'Underlaget', partial: 'Delvis underlaget', none: 'Inte underlaget' },
    sources: { article: 'Källartikeln', heuristic: 'Heuristik', user: 'Egna regler' },
    charts: {
      functions: 'Partner per funktion',
      categories: 'Partner per kategori',
      heatMap: 'Partner per kategori och ansvarig enhet',
    },
    noCategory: 'Ingen kategori',
    noFunction: 'Okänd',
    noOwner: 'Ingen ansvarig',
    typicalVaries: 'Beror på partnern',
    ofTotal: ({ part, total }) => `${part} av ${total}`,
    change: ({ from, to }) => `${from} → ${to}`,
    withCount: ({ label, count }) => `${label} (${count})`,
    list: (items) => items.join(', '),
    barValue: ({ count, share }) => `${count} (${share})`,
    more: ({ list, count }) => `${list} och ${count} till`,
    cell: ({ category: name, unit, count }) => `${name}, ${unit}: ${n(count)} partner`,
  },
});
