import { fieldName, formatNumber, inSentence } from '../../locales/naming.js';
import { sv as locale } from '../../locales/sv.js';
import { svRationaleOf } from '../../locales/sv-vocabulary-rationales.js';
import { isPartnerCategory } from '../../taxonomy/guards.js';
import { joinList } from '../../locales/join-list.js';
import type { CliText } from './types.js';

const list = (values: readonly string[]): string => values.join(', ');
const orList = (values: readonly string[]): string => joinList(values, 'eller');
// Swedish groups thousands with a no-break space, as Intl.NumberFormat('sv-SE') does: 1 000 000.
const count = (n: number): string => formatNumber(locale, n);
// A record field by its Swedish label, in a sentence; the id only where it is typed.
const field = (name: string): string => inSentence(fieldName(locale, name));
const plural = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;
const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` Menade du ${suggestion}?`;

const inputOptions: readonly (readonly [string, string])[] = [
  ['--format csv|json|ndjson', 'Indataformatet, när filändelsen inte avslöjar det (behövs ibland via en pipe).'],
  ['--map "Rubrik=fält,…"', 'Läs dina kolumner som postfält, t.ex. --map "Segment=tier,Typ=category"; Rubrik=custom behåller en kolumn som den är. Går alltid före de rubriker som känns igen.'],
  ['--delimiter <tecken>', 'Fältavgränsaren i CSV; identifieras annars utifrån rubrikraden (komma, semikolon eller tabb).'],
  ['--vocabulary <namn|fil>', 'Läs kategorikolumnen som ett CRM benämner den: salesforce, hubspot, dynamics (deras standardvallistor), motions, roles eller en egen JSON-fil (se map).'],
];

/** Swedish text of the command line. */
export const sv: CliText = {
  code: 'sv',
  help: {
    intro:
      'partner-taxonomy kontrollerar partnerlistor exporterade från ett CRM mot taxonomin för kanalpartner, rekommenderar hur varje partner ska hanteras och rapporterar om portföljen.',
    commands: 'Kommandon',
    common: 'Flaggor för alla kommandon',
    exitCodes: [
      'Returkoder: 0 klart; 1 några rader är ogiltiga eller partner utan kategori (validate, recommend, inventory), eller lookup hittade inget;',
      '2 fel i kommandot, eller en fil som inte kan läsas (saknas, tom, binär, trasig).',
    ],
    more: 'Kör partner-taxonomy <kommando> --help för kommandots flaggor och exempel.',
    optionsHeading: 'Flaggor',
    examplesHeading: 'Exempel',
    version: 'Visa versionen.',
    usageHeading: 'Användning',
  },
  commands: {
    validate: {
      summary: 'Kontrollera varje rad i en partnerlista och skriv ut varje problem med sin rad.',
      usage: 'partner-taxonomy validate <fil|-> [flaggor]',
      details: [
        'Läser CSV, JSON (en lista av rader) eller NDJSON (ett JSON-objekt per rad), valt efter filändelsen (.csv, .tsv, .json, .ndjson, .jsonl) eller --format; - läser standard in (stdin). CSV och NDJSON läses som strömmar, så filer av alla storlekar fungerar.',
        'Rubriker matchas oavsett skiftläge och så som svenska och engelska kalkylark och exporter från Salesforce, HubSpot och Dynamics 365 benämner dem ("Partnertyp", "Namn", "Record ID", "Account Owner"); när två kan fylla samma fält läses den mest specifika och den andra behålls, med ett meddelande. Använd --map för andra.',
        'Varje rad får ett utfall: en post; en partner utan kategori (tom, allmän som "Återförsäljare" eller tvetydig som "VAR"), listad med sina kandidater; en rad som hoppas över för att vokabulären (--vocabulary) säger att den inte är en partner (kunder, prospekt), summerad på slutet; eller en ogiltig rad, med rad (CSV, NDJSON) eller index (JSON), fält och meddelande. Antalet av alla fyra skrivs till standardfel (stderr); returkoden är 0 när varje rad är en post eller överhoppad.',
      ],
      options: [
        ...inputOptions,
        ['--json', 'Skriv ut ett JSON-dokument, för skript: varje post (fel, varningar, partner utan kategori, överhoppade rader) och antalen.'],
      ],
      examples: [
        ['partner-taxonomy validate partner.csv --locale sv', 'kontrollera en CRM-export'],
        ['partner-taxonomy validate export.csv --map "Segment=tier,Typ=category"', 'med egna kolumnnamn'],
        ['partner-taxonomy validate hubspot-foretag.csv --vocabulary hubspot', 'en hel export från HubSpot: kunder och prospekt hoppas över'],
        ['cat partner.ndjson | partner-taxonomy validate - --json', 'via en pipe, som JSON'],
      ],
    },
    recommend: {
      summary: 'Lägg till hur varje partner bör hanteras, och varför.',
      usage: 'partner-taxonomy recommend <fil|-> [--out <fil>] [--format csv|json|ndjson] [flaggor]',
      details: [
        'Skriver en rad för varje rad i indata, i samma ordning: postens fält, sedan dina övriga kolumner som de kom, sedan outcome (record, unclassified, skipped eller invalid). En post får också recommended (ett hanteringssätts id), reason (skälet) och needs (vad reglerna saknar när de inte kan avgöra); övriga rader får problemet (problem). Problemen listas också på standardfel (stderr) och utelämnas aldrig tyst; returkoden är 1 när någon rad saknar kategori eller är ogiltig.',
        'Utdataformatet följer --format, annars filändelsen i --out, annars indataformatet. CSV skrivs med indatas avgränsare (semikolon för svenska Excel) om inte --delimiter anger annat; värden som börjar med =, +, - eller @ får ett inledande \' så att kalkylprogram inte kör dem som formler.',
      ],
      options: [
        ['--out <fil>', 'Skriv till en fil i stället för standard ut (stdout).'],
        ['--format csv|json|ndjson', 'Utdataformatet.'],
        ['--input-format csv|json|ndjson', 'Indataformatet, när filändelsen inte avslöjar det.'],
        ['--rules <regler.json>', 'Dina regler ({ "rules": […] }, se partner-taxonomy/rules.schema.json), tillagda till standardreglerna; en regel med samma id som en standardregel ersätter den.'],
        ...inputOptions.slice(1),
      ],
      examples: [
        ['partner-taxonomy recommend partner.csv --out rekommenderat.csv', 'CSV in, CSV ut'],
        ['partner-taxonomy recommend partner.ndjson --format json > rekommenderat.json', 'NDJSON in, en JSON-lista ut'],
        ['partner-taxonomy recommend partner.csv --rules regler.json --out ut.csv', 'med egna regler'],
      ],
    },
    inventory: {
      summary: 'Rapportera vilka partnertyper ni har och saknar, vem som hanterar dem och var hanteringen avviker från vad som är typiskt för partnertypen.',
      usage: 'partner-taxonomy inventory <fil|-> [--md <fil>] [--html <fil>] [flaggor]',
      details: [
        'Skriver ut inventeringsrapporten som Markdown, eller till en fil med --md eller --html. Partner utan kategori räknas i rapporten; ogiltiga och överhoppade rader listas på standardfel (stderr), och rapporten säger hur många som lämnades utanför och varför. Returkoden är 0 när varje rad är en post eller överhoppad, 1 när någon saknar kategori eller är ogiltig; rapporten skrivs i båda fallen.',
      ],
      options: [
        ['--md <fil>', 'Skriv rapporten som Markdown till en fil.'],
        ['--html <fil>', 'Skriv rapporten som en webbsida till en fil.'],
        ['--json', 'Skriv ut rapporten som JSON, för skript.'],
        ['--required "<kategori>,…"', 'De kategorier portföljen behöver, som id eller namn, t.ex. "system-integrator,molnåterförsäljare".'],
        ['--rules <regler.json>', 'Dina regler och namngivna segment ({ "rules": […], "segments": […] }); segmenten räknas i rapporten.'],
        ...inputOptions,
      ],
      examples: [
        ['partner-taxonomy inventory examples/partners.csv --locale sv', 'rapporten i terminalen'],
        ['partner-taxonomy inventory partner.csv --html rapport.html --locale sv', 'en webbsida, på svenska'],
        ['partner-taxonomy inventory partner.csv --required "SI,molnåterförsäljare" --rules regler.json', 'med behov och regler'],
      ],
    },
    map: {
      summary: 'Skapa ett utkast till vokabulär ur värdena i kategorikolumnen, att redigera och läsa exporterna med.',
      usage: 'partner-taxonomy map <fil|-> [--column <rubrik>] [--out <fil.json>] [flaggor]',
      details: [
        'Listar varje värde i kategorikolumnen (den som validate läser som kategori, eller --column) med hur många rader som har det, mappat där partner-taxonomy känner igen värdet: ett namn i taxonomin eller ett standardvärde i Salesforce, HubSpot eller Dynamics 365. Värden som inte känns igen behålls som partner utan kategori och märks "decide": true.',
        'JSON-filen är en vokabulär som --vocabulary tar som den är. Redigera relation och mål för värdena märkta decide (exact och en kategori, unclassified, eller none för värden som inte är partner) och kör sedan validate, recommend eller inventory med --vocabulary <fil.json>.',
      ],
      options: [
        ['--column <rubrik>', 'Kolumnen med partnertypen, när det inte är den som validate skulle läsa.'],
        ['--out <fil.json>', 'Skriv vokabulären till en fil i stället för till standard ut.'],
        ...inputOptions,
      ],
      examples: [
        ['partner-taxonomy map export.csv --out våra-typer.json', 'skapa en vokabulär ur er vallista'],
        ['partner-taxonomy validate export.csv --vocabulary våra-typer.json', 'läs sedan exporten med den, när den är redigerad'],
        ['partner-taxonomy map export.csv --column "Partnertyp"', 'en kolumn ni väljer'],
      ],
    },
    lookup: {
      summary: 'Visa vad en partnertyp heter i taxonomin: dess kategori och kategorins fakta.',
      usage: 'partner-taxonomy lookup <text> [--json]',
      details: [
        'Matchar id, engelska och svenska namn och förkortningar oavsett skiftläge, och gissar aldrig: text som inte matchar säkert får ett "menade du" och returkod 1.',
      ],
      options: [['--json', 'Skriv ut träffen och kategorin som JSON.']],
      examples: [
        ['partner-taxonomy lookup VAR --locale sv', 'en förkortning, med sin andra tolkning'],
        ['partner-taxonomy lookup "Systemintegratör" --locale sv', 'ett svenskt namn'],
        ['partner-taxonomy lookup ISV --json', 'för skript'],
      ],
    },
    docs: {
      summary: 'Generera dokumentation för partnerprogrammet ur taxonomin.',
      usage: 'partner-taxonomy docs [--format md|mermaid|json-schema|skos|csv] [--out <fil>]',
      details: [
        'md: taxonomins referens i Markdown (standard); mermaid: ett diagram över funktioner och kategorier; json-schema: JSON Schema för en partnerpost, med svenska rubriker och beskrivningar med --locale sv; skos: taxonomin som SKOS i JSON-LD, med etiketterna på alla språk (--locale först); csv: en rad per kategori, enhet och hanteringssätt.',
      ],
      options: [
        ['--format <format>', 'md, mermaid, json-schema, skos eller csv.'],
        ['--out <fil>', 'Skriv till en fil i stället för standard ut (stdout).'],
      ],
      examples: [
        ['partner-taxonomy docs --format md --locale sv --out taxonomi.md', 'referensen till en wiki'],
        ['partner-taxonomy docs --format mermaid --locale sv', 'ett diagram med svenska namn'],
        ['partner-taxonomy docs --format skos --out taxonomi.jsonld', 'för ett tesaurusverktyg'],
      ],
    },
  },
  commonOptions: [
    ['--locale en|sv', 'Språket i meddelanden och rapporter (engelska som standard).'],
    ['-h, --help', 'Visa hjälp.'],
  ],

  noCommand: 'Ange ett kommando: partner-taxonomy <kommando> …, till exempel partner-taxonomy validate partner.csv.',
  unknownCommand: ({ command, suggestion }) =>
    `'${command}' är inget kommando.${didYouMean(suggestion)} Kommandona är validate, recommend, inventory, lookup och docs; kör partner-taxonomy --help.`,
  unknownOption: ({ option, command, suggestion }) =>
    `${command} har ingen flagga ${option}.${didYouMean(suggestion)} Kör partner-taxonomy ${command} --help för dess flaggor.`,
  missingValue: ({ option, command }) => `${option} behöver ett värde, t.ex. ${option} <värde>. Kör partner-taxonomy ${command} --help.`,
  unexpectedValue: ({ option }) => `${option} tar inget värde; skriv den ensam.`,
  missingFile: ({ command }) =>
    `${command} behöver en fil: partner-taxonomy ${command} partner.csv (eller - för att läsa standard in, stdin).`,
  extraArguments: ({ command, extra }) =>
    `${command} läser en fil, men fick också ${list(extra.map((e) => `'${e}'`))}. Sätt citattecken kring filnamn med mellanslag.`,
  missingText: 'lookup behöver texten att slå upp, t.ex. partner-taxonomy lookup "Partnertyp".',
  unknownFormat: ({ format, formats, option }) => `'${format}' är inget format som ${option} känner till; använd ${orList(formats)}.`,
  unknownExtension: ({ file, formats }) =>
    `Kan inte avgöra formatet på ${file} från namnet. Ange --format ${formats.join('|')}, eller spara ett kalkylblad som CSV (UTF-8).`,
  unknownLocale: ({ locale, locales }) => `'${locale}' är inget språk som partner-taxonomy talar; använd --locale ${orList(locales)}.`,
  badMapEntry: ({ entry }) => `--map tar par av Rubrik=fält åtskilda med komma, t.ex. --map "Segment=tier,Typ=category"; '${entry}' saknar =.`,
  // --map takes field names as they are typed, so they are shown, each with its label.
  badMapField: ({ header, field: name, fields, suggestion }) =>
    `--map ${header}=${name}: '${name}' är inget postfält.${didYouMean(suggestion === undefined || suggestion === 'custom' ? suggestion : `${suggestion} (${field(suggestion)})`)} Fälten är ${list(fields.map((f) => (f === 'custom' ? `${f} (behåll kolumnen som den är)` : `${f} (${field(f)})`)))}.`,
  mapFieldTwice: ({ field: name, headers }) =>
    `--map läser ${field(name)} från både ${headers.map((h) => `"${h}"`).join(' och ')}; mappa en rubrik till varje fält (och en annan till custom för att behålla den som den är).`,
  unknownRequired: ({ value, suggestion }) =>
    `--required: '${value}' är ingen partnerkategori.${didYouMean(suggestion !== undefined && isPartnerCategory(suggestion) ? locale.categories[suggestion].label : suggestion)} Kör partner-taxonomy lookup "${value}" för att pröva ett namn.`,
  badDelimiter: ({ delimiter }) => `--delimiter ska vara ett tecken, som , eller ; (fick '${delimiter}'); använd '\\t' för tabb.`,

  fileNotFound: ({ file }) => `${file} finns inte. Kontrollera sökvägen, eller använd - för att läsa standard in (stdin).`,
  notAFile: ({ file }) => `${file} är en mapp; ange filen i den.`,
  cannotRead: ({ file, reason }) => `Kan inte läsa ${file}: ${reason}.`,
  cannotWrite: ({ file, reason }) => `Kan inte skriva ${file}: ${reason}. Kontrollera att mappen finns och att du får skriva där.`,
  sameFile: ({ file }) => `--out skulle skriva över indata, ${file}, medan den läses; skriv till en annan fil.`,
  emptyFile: ({ file }) => `${file} är tom. Exportera partnerlistan igen, med en rubrikrad och minst en rad.`,
  binaryFile: ({ file }) =>
    `${file} är inte text (är det en Excel-arbetsbok eller en zip?). Spara den som CSV (UTF-8), JSON eller NDJSON och försök igen.`,
  notUtf8: ({ file }) =>
    `${file} är inte UTF-8; den läses som Windows-1252 (Latin-1), så som Excel i Windows sparar CSV. Om namn ser fel ut, spara den som CSV UTF-8.`,
  utf16: ({ file }) => `${file} är UTF-16-text; JSON och NDJSON måste vara UTF-8. Spara den som UTF-8 och försök igen.`,
  badJson: ({ file, detail }) => `${file} är inte giltig JSON (${detail}). Är filen komplett? JSON-indata ska vara en lista av rader.`,
  unclosedQuote: ({ file, line }) =>
    `${file} kan inte läsas som CSV efter rad ${line}: ett citattecken som öppnas där stängs aldrig (eller rymmer mer än 1 MB). Kontrollera citattecknen på den raden.`,
  badRules: ({ file }) => `${file} har problem; rätta dem och kör igen:`,
  badVocabulary: ({ value, known }) =>
    `--vocabulary ${value}: ingen sådan vokabulär eller fil. Använd ${orList(known)}, eller sökvägen till din egen vokabulär i JSON.`,
  stdin: 'standard in (stdin)',
  permissionDenied: 'åtkomst nekad',
  isFolder: 'det är en mapp',

  // Lines and indexes are places, not amounts: their numbers are not grouped.
  at: (place) => {
    const where = 'line' in place ? `rad ${place.line}` : `index ${place.index}`;
    return `${where}${place.field === undefined ? '' : `, ${field(place.field)}`}${place.column === undefined ? '' : ` (kolumn "${place.column}")`}`;
  },
  lineNotJson: ({ detail }) => `raden är inte ett JSON-objekt (${detail})`,
  malformedQuotes:
    'en cell inom citattecken fortsätter efter sitt avslutande citattecken, så radens celler går inte att skilja åt, och raden kan ha tagit med raderna efter den; sätt hela cellen inom citattecken och dubblera varje citattecken i den ("").',
  duplicateIdOnLine: ({ value, line }) => `id '${value}' används redan på rad ${line}`,
  warning: 'varning',
  noColumn: ({ field: name, headers }) =>
    `Ingen kolumn innehåller ${field(name)}; rubrikerna är ${list(headers.map((h) => `"${h}"`))}. Om en av dem är ${field(name)}, ange --map "<den rubriken>=${name}".`,
  extraKeys: ({ keys }) =>
    `Några rader har fält som första raden saknade (${list(keys)}); CSV-utdata har första radens kolumner, så använd --format json eller ndjson för att behålla dem.`,
  summary: ({ file, rows, records, unclassified, skipped, invalid, warnings }) =>
    rows === 0
      ? `${file}: inga rader att kontrollera.`
      : `${file}: ${plural(rows, 'rad', 'rader')}: ${plural(records, 'post', 'poster')}, ${plural(unclassified, 'partner', 'partner')} utan kategori, ${plural(skipped, 'rad', 'rader')} överhoppade (inte partner), ${plural(invalid, 'ogiltig rad', 'ogiltiga rader')}${warnings === 0 ? '' : `; ${plural(warnings, 'varning', 'varningar')}`}.`,
  written: ({ file, rows }) => `Skrev ${plural(rows, 'rad', 'rader')} till ${file}, en för varje rad i indata, med vad som blev av den.`,
  wroteReport: ({ file, records, unclassified }) =>
    `Skrev rapporten över ${plural(records, 'post', 'poster')}${unclassified === 0 ? '' : ` och ${plural(unclassified, 'partner', 'partner')} utan kategori`} till ${file}.`,
  mapInstead: ({ field, others }) => `; läs ${others.length === 1 ? 'den' : 'en annan'} i stället med --map "${others[0] ?? ''}=${field}"`,
  mapHeaderMissing: ({ header, headers, suggestion }) =>
    `--map anger kolumnen "${header}", som filen inte har.${didYouMean(suggestion === undefined ? undefined : `"${suggestion}"`)} Rubrikerna är ${list(headers.map((h) => `"${h}"`))}.`,
  skippedValue: ({ count, value, vocabulary, rationale }) => {
    const why = svRationaleOf({ vocabulary, value, own: rationale });
    return `Hoppade över ${plural(count, 'rad', 'rader')} med '${value}', som inte är en partner enligt vokabulären ${vocabulary}.${why === '' ? '' : ` ${why}`}`;
  },
  vocabularyHint: ({ vocabulary, rows }) =>
    `${plural(rows, 'rad har', 'rader har')} ett värde ur en CRM-vallista som kategori: ange --vocabulary ${vocabulary} för att läsa kolumnen som ${vocabulary} benämner den.`,
  unclassified: 'utan kategori',
  wroteFile: ({ file }) => `Skrev ${file}.`,
  progress: ({ rows }) => `${plural(rows, 'rad', 'rader')}…`,

  mapColumnMissing: ({ column, headers }) =>
    `--column "${column}": filen har ingen sådan kolumn. Rubrikerna är ${list(headers.map((h) => `"${h}"`))}.`,
  noCategoryColumn: ({ file }) => `${file} har ingen kolumn med partnertypen. Ange den med --column "<rubrik>".`,
  mapped: ({ file, column, rows, values, undecided, out, source }) =>
    `${file}: ${plural(rows, 'rad', 'rader')}, ${plural(values, 'olika värde', 'olika värden')} i kolumnen "${column}"; ${
      undecided === 0 ? 'alla mappade' : `${plural(undecided, 'värde är', 'värden är')} märkta "decide": true för er att mappa`
    }.${out === undefined ? '' : ` Skrev ${out}; redigera den och kör sedan partner-taxonomy validate ${source ?? '<fil>'} --vocabulary ${out}.`}`,

  lookup: {
    noMatch: ({ text, suggestion }) =>
      `Ingen partnerkategori matchar '${text}'.${didYouMean(suggestion)} Namn, id och förkortningar som SI, VAR eller MSP fungerar.`,
    matched: ({ text, label, by, source }) => `'${text}' → ${label} (matchad som ${by}; källa: ${source})`,
    named: ({ label }) => label,
    by: { id: 'id', label: 'namn', acronym: 'förkortning', alias: 'alias' },
    sources: { taxonomy: 'taxonomin', article: 'källartikeln', project: 'vår tolkning' },
    labels: {
      id: 'Id',
      gloss: 'Vår tolkning',
      label: 'Namn',
      function: 'Funktion',
      group: 'Grupp',
      subtype: 'Undertyp',
      implied: 'Texten anger',
      description: 'Beskrivning',
      alternatives: 'Används också för',
    },
  },

  segments: { heading: 'Namngivna segment', segment: 'Segment', partners: 'Partner', share: 'Andel' },

  internalError: 'partner-taxonomy stötte på ett fel i programmet. Rapportera det, med kommandot du körde och denna utskrift:',
};
