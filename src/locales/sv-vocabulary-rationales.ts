import { deepFreeze } from '../taxonomy/deep-freeze.js';
import { valueKey } from '../taxonomy/value-key.js';

// The Swedish words of the shipped crosswalk vocabularies: their rationales and, below,
// their names. Both tables are held to each vocabulary's values by a type test.

// Rationales several vocabularies share, as their English ones do.
const prospect = 'En möjlig kund, inte en partner.';
const anyPartner = 'En partner av vilket slag som helst; värdet anger inte vilken kategori.';
const anyReseller =
  'Vilken partner som helst som säljer vidare: oftast en lösningsåterförsäljare, men det kan vara en distributör eller en molnåterförsäljare.';
// "Vendor" and "Supplier" in a CRM are companies the business buys from: not the vendor
// of a partner program, so no "leverantör" here.
const boughtFrom = 'Ett företag som verksamheten köper av, inte en kanalpartner.';
const notMarked = 'Inte markerad som partner; värdet säger inget mer.';

/**
 * This project's Swedish rationales for the mappings of the shipped crosswalk vocabularies,
 * by vocabulary id and then value as the vocabulary spells it: what `sv.vocabularyRationale`
 * returns. Each says what the mapping's English rationale says.
 *
 * The keys are the shipped vocabularies' values. The vocabularies sit in `crosswalk/`,
 * above the locales, so the keys are written out here, and a type test
 * (`sv-vocabulary-rationales.test-d.ts`) proves each vocabulary's keys equal its value
 * union: a value missing or misspelt here does not compile.
 * @example svVocabularyRationales.salesforce.Prospect // 'En möjlig kund, inte en partner.'
 * @internal
 */
export const svVocabularyRationales = /* @__PURE__ */ deepFreeze({
  salesforce: {
    Prospect: prospect,
    'Customer - Direct': 'En kund som köper direkt, inte en partner.',
    'Customer - Channel': 'En kund som köper via en partner; partnern är ett eget konto.',
    'Channel Partner / Reseller':
      'Omfattar alla partner som säljer vidare; oftast avses en lösningsåterförsäljare, men det kan vara en distributör eller en molnåterförsäljare.',
    'Installation Partner': 'Installation är implementeringsdelen av konsulttjänster, design, upphandling och implementering.',
    'Technology Partner': 'Oftast en ISV eller IHV, men omfattar även plattformspartner och interoperabilitetspartner.',
    Other: 'Anger inget om partnertypen.',
  },
  hubspot: {
    Prospect: prospect,
    Partner: anyPartner,
    Reseller: anyReseller,
    Vendor: boughtFrom,
    Other: notMarked,
  },
  dynamics: {
    Competitor: 'En konkurrent, inte en partner.',
    Consultant: 'Ett konsultföretag: taxonomins konsult- och implementeringspartner.',
    Customer: 'En kund, inte en partner.',
    Investor: 'En investerare i verksamheten, inte en kanalpartner.',
    Partner: anyPartner,
    Influencer: 'En påverkare (influencerpartner); värdet anger funktionen, inte vilken av dess sex kategorier.',
    Press: 'En medieaktör, inte en partner: taxonomins påverkare är myndigheter, standardiseringsorgan, communityn, universitet och forskning samt branschanalytiker.',
    Prospect: prospect,
    Reseller: anyReseller,
    Supplier: boughtFrom,
    Vendor: boughtFrom,
    Other: notMarked,
  },
  motions: {
    sell: 'Att sälja är det primära värdet hos försäljningspartner.',
    service: 'Tjänster före och/eller efter försäljningen är det primära värdet hos servicepartner.',
    build: 'Att bygga och implementera lösningar är det primära värdet hos lösningspartner.',
    influence: 'Att öka intäkterna indirekt är det primära värdet hos påverkare.',
  },
  roles: {
    integrator: 'Integratörer skapar, integrerar och ger support för lösningar.',
    provider:
      'Oftast en tjänsteleverantör för drift- eller molntjänster, men program använder rollen också för återförsäljare av leverantörens tjänster.',
    developer: 'Bygger produkter på leverantörens plattform, som ISV:er gör; kan också vara en plattformspartner.',
    advisor:
      'Ger kunder råd; ligger nära konsulttjänster, men används också för partner som bara förmedlar kontakter och för branschanalytiker.',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<string, string>>>>);

// Names several vocabularies share.
const prospectName = 'Prospekt';
const otherName = 'Övrigt';
const resellerName = 'Återförsäljare';
// CRM "Vendor" and "Supplier" are companies the business buys from; "leverantör" is the
// vendor of a partner program only, so these say what they are.
const boughtFromName = 'Företag vi köper av';

/**
 * This project's Swedish names for the shipped crosswalk vocabularies and their values,
 * for the references and the SKOS export: what `sv.vocabularyLabel` returns. Keyed like
 * {@link svVocabularyRationales}, and held to each vocabulary's values the same way (a
 * type test), so a value cannot go without a Swedish name.
 * @example svVocabularyNames.hubspot.values.Vendor // 'Företag vi köper av'
 * @internal
 */
export const svVocabularyNames = /* @__PURE__ */ deepFreeze({
  salesforce: {
    name: 'Kontotyp i Salesforce',
    values: {
      Prospect: prospectName,
      'Customer - Direct': 'Kund – direkt',
      'Customer - Channel': 'Kund – via kanal',
      'Channel Partner / Reseller': 'Kanalpartner/återförsäljare',
      'Installation Partner': 'Installationspartner',
      'Technology Partner': 'Teknikpartner',
      Other: otherName,
    },
  },
  hubspot: {
    name: 'Företagstyp i HubSpot',
    values: { Prospect: prospectName, Partner: 'Partner', Reseller: resellerName, Vendor: boughtFromName, Other: otherName },
  },
  dynamics: {
    name: 'Relationstyp för konton i Dynamics 365',
    values: {
      Competitor: 'Konkurrent',
      Consultant: 'Konsult',
      Customer: 'Kund',
      Investor: 'Investerare',
      Partner: 'Partner',
      Influencer: 'Påverkare',
      Press: 'Press',
      Prospect: prospectName,
      Reseller: resellerName,
      Supplier: 'Företag vi köper varor av',
      Vendor: boughtFromName,
      Other: otherName,
    },
  },
  motions: {
    name: 'Partnerinriktningar (sälja / leverera tjänster / bygga / påverka)',
    values: { sell: 'sälja', service: 'leverera tjänster', build: 'bygga', influence: 'påverka' },
  },
  roles: {
    name: 'Programroller (integratör / tjänsteleverantör / utvecklare / rådgivare)',
    values: { integrator: 'integratör', provider: 'tjänsteleverantör', developer: 'utvecklare', advisor: 'rådgivare' },
  },
} as const satisfies Readonly<Record<string, { readonly name: string; readonly values: Readonly<Record<string, string>> }>>);

/**
 * The Swedish name of a shipped vocabulary (without `value`) or of one of its values;
 * `undefined` for a vocabulary or value of your own. `sv.vocabularyLabel`.
 * @example svVocabularyLabel({ vocabulary: 'dynamics', value: 'Supplier' }) // 'Företag vi köper varor av'
 * @internal
 */
export function svVocabularyLabel({ vocabulary, value }: { readonly vocabulary: string; readonly value?: string }): string | undefined {
  const names: Readonly<Record<string, { readonly name: string; readonly values: Readonly<Record<string, string>> }>> = svVocabularyNames;
  const named = Object.hasOwn(names, vocabulary) ? names[vocabulary] : undefined;
  if (named === undefined || value === undefined) return named?.name;
  return Object.hasOwn(named.values, value) ? named.values[value] : undefined;
}

// Each shipped vocabulary's rationales by the value's key: a cell spells a picklist value
// as the CRM does, give or take its case, spacing and punctuation, as the crosswalk reads it.
const byValueKey: ReadonlyMap<string, ReadonlyMap<string, string>> = /* @__PURE__ */ new Map(
  Object.entries(svVocabularyRationales).map(([vocabulary, rationales]) => [
    vocabulary,
    new Map(Object.entries(rationales).map(([value, rationale]) => [valueKey(value), rationale])),
  ]),
);

/**
 * The rationale to show in Swedish for a value read through a vocabulary: the Swedish one
 * of a shipped vocabulary's value (found as the crosswalk finds it, whatever its case or spacing), `''` when a shipped
 * vocabulary's value has none (its own rationale is English), and the mapping's own
 * rationale, in the words you wrote it, for a vocabulary of your own.
 * @example svRationaleOf({ vocabulary: 'hubspot', value: 'RESELLER', own: 'Any reselling partner…' }) // 'Vilken partner som helst som säljer vidare: …'
 * @internal
 */
export function svRationaleOf({ vocabulary, value, own }: { readonly vocabulary: string; readonly value: string; readonly own: string }): string {
  const rationales = byValueKey.get(vocabulary);
  return rationales === undefined ? own : (rationales.get(valueKey(value)) ?? '');
}
