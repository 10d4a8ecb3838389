/**
 * What people type for partner categories, management options and subtypes, beyond ids
 * and the English and Swedish labels, which the resolvers read from `enLabels` and
 * `svLabels`: the same data the text of `en` and `sv` is made of, without its descriptions
 * and messages, so resolving text pulls only the labels into a bundle.
 *
 * `source` says where an alias comes from: `article` (the source article's own words,
 * English or Swedish) or `project` (our addition: common CRM usage the article does not
 * use). Project aliases are heuristics and are labelled so in results.
 */
import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { FactSource } from '../taxonomy/node-types.js';
import type { ManagementOption, PartnerCategory, PartnerType } from '../taxonomy/types.js';

/**
 * Where an alias comes from: the source article's own words, or this project's addition,
 * as for facts.
 * @example resolvePartnerType('referral partner')?.source // 'project'
 * @category Resolve
 */
export type AliasSource = FactSource;

interface CategoryAlias {
  readonly text: string;
  readonly type: PartnerType;
  readonly source: AliasSource;
  /** Other categories the text is often used for; the match is still `type`. */
  readonly alternatives?: readonly PartnerCategory[];
}

/** @internal */
export const categoryAliases: readonly CategoryAlias[] = /* @__PURE__ */ deepFreeze([
  // Acronyms that imply a subtype, or that the article uses ambiguously.
  { text: 'ISV', type: { category: 'isv-ihv', kind: 'isv' }, source: 'article' },
  { text: 'IHV', type: { category: 'isv-ihv', kind: 'ihv' }, source: 'article' },
  { text: 'ISH/IHV', type: { category: 'isv-ihv' }, source: 'article' },
  { text: 'independent software vendor', type: { category: 'isv-ihv', kind: 'isv' }, source: 'project' },
  { text: 'independent hardware vendor', type: { category: 'isv-ihv', kind: 'ihv' }, source: 'project' },
  // The article writes "value-added Distributor (Var)"; in most CRMs VAR means a
  // value-added reseller. The taxonomy follows the article and names the other reading.
  {
    text: 'VAR',
    type: { category: 'value-added-distributor' },
    source: 'article',
    alternatives: ['solution-reseller'],
  },
  // Spelt out, a value-added reseller is a reseller that adds value: a solution reseller.
  // Only the acronym is ambiguous, through the article's use of it.
  { text: 'value-added reseller', type: { category: 'solution-reseller' }, source: 'project' },
  { text: 'managed service provider', type: { category: 'msp-cmsp' }, source: 'article' },
  { text: 'cloud managed service provider', type: { category: 'msp-cmsp' }, source: 'article' },
  { text: 'managed services provider', type: { category: 'msp-cmsp' }, source: 'project' },
  { text: 'systems integrator', type: { category: 'system-integrator' }, source: 'project' },
  { text: 'original equipment manufacturer', type: { category: 'oem' }, source: 'project' },
  { text: 'third party logistics', type: { category: 'logistics-3pl' }, source: 'article' },
  { text: 'engineering, construction and procurement', type: { category: 'epc' }, source: 'article' },
  { text: 'consulting, design, procurement and deployment', type: { category: 'consulting-deployment' }, source: 'article' },
  { text: 'authorised service partner', type: { category: 'authorized-service' }, source: 'article' },
  { text: 'authorized service partner', type: { category: 'authorized-service' }, source: 'article' },
  { text: 'certified service partner', type: { category: 'authorized-service' }, source: 'article' },
  { text: 'authorized/certified service partner', type: { category: 'authorized-service' }, source: 'article' },
  { text: 'business services partner', type: { category: 'logistics-3pl' }, source: 'project', alternatives: ['financing'] },
  { text: 'training partner', type: { category: 'training-certification' }, source: 'project' },
  { text: 'certification partner', type: { category: 'training-certification' }, source: 'project' },
  { text: 'financing partner', type: { category: 'financing' }, source: 'article' },
  { text: 'finance partner', type: { category: 'financing' }, source: 'project' },
  { text: 'standards organization', type: { category: 'standards-body' }, source: 'project' },
  { text: 'industry organisation', type: { category: 'standards-body' }, source: 'article' },
  { text: 'industry organization', type: { category: 'standards-body' }, source: 'article' },
  { text: 'developers', type: { category: 'developer-community' }, source: 'article' },
  { text: 'open source', type: { category: 'open-source-community' }, source: 'project' },
  { text: 'analyst firm', type: { category: 'industry-analyst' }, source: 'project' },
  { text: 'referral partner', type: { category: 'sales-agent', mode: 'introducer' }, source: 'project' },
  { text: 'introducer', type: { category: 'sales-agent', mode: 'introducer' }, source: 'article' },
  // Words CRMs and partner managers use that have one reading in the taxonomy (ours).
  { text: 'affiliate', type: { category: 'sales-agent', mode: 'introducer' }, source: 'project' },
  { text: 'referral', type: { category: 'sales-agent', mode: 'introducer' }, source: 'project' },
  { text: 'agent', type: { category: 'sales-agent' }, source: 'project' },
  { text: 'CSP', type: { category: 'cloud-reseller' }, source: 'project' },
  { text: 'cloud solution provider', type: { category: 'cloud-reseller' }, source: 'project' },
  { text: 'GSI', type: { category: 'system-integrator' }, source: 'project' },
  { text: 'global system integrator', type: { category: 'system-integrator' }, source: 'project' },
  { text: 'global systems integrator', type: { category: 'system-integrator' }, source: 'project' },
  { text: 'integrator', type: { category: 'system-integrator' }, source: 'project' },
  { text: 'consultant', type: { category: 'consulting-deployment' }, source: 'project' },
  { text: 'consulting', type: { category: 'consulting-deployment' }, source: 'project' },
  { text: 'training', type: { category: 'training-certification' }, source: 'project' },
  { text: 'logistics', type: { category: 'logistics-3pl' }, source: 'project' },
  { text: 'analyst', type: { category: 'industry-analyst' }, source: 'project' },
  { text: 'government', type: { category: 'government-agency' }, source: 'project' },
  { text: 'university', type: { category: 'academia' }, source: 'project' },
  { text: 'Konsult', type: { category: 'consulting-deployment' }, source: 'project' },
  { text: 'Konsultbolag', type: { category: 'consulting-deployment' }, source: 'project' },
  { text: 'Konsultföretag', type: { category: 'consulting-deployment' }, source: 'project' },
  { text: 'Utbildningspartner', type: { category: 'training-certification' }, source: 'project' },
  { text: 'Integratör', type: { category: 'system-integrator' }, source: 'project' },
  { text: 'Analytiker', type: { category: 'industry-analyst' }, source: 'project' },
  { text: 'Universitet', type: { category: 'academia' }, source: 'project' },
  { text: 'Högskola', type: { category: 'academia' }, source: 'project' },
  // The usual acronym for a value-added distributor; the article writes "Var" (above).
  { text: 'VAD', type: { category: 'value-added-distributor' }, source: 'project' },
  // Swedish beyond the labels of `svLabels`: the article's own (often plural) names, and
  // former labels, kept so that data typed with them still resolves.
  { text: 'Systemintegratörer', type: { category: 'system-integrator' }, source: 'article' },
  { text: 'Mervärdesdistributörer', type: { category: 'value-added-distributor' }, source: 'article' },
  { text: 'Försäljningsagenter', type: { category: 'sales-agent' }, source: 'article' },
  { text: 'Auktoriserade och certifierade servicepartner', type: { category: 'authorized-service' }, source: 'article' },
  { text: 'Tredjepartslogistik', type: { category: 'logistics-3pl' }, source: 'project' },
  { text: 'Tredjepartslogistik (3PL)', type: { category: 'logistics-3pl' }, source: 'project' },
  { text: 'Tredjepartslogistiker', type: { category: 'logistics-3pl' }, source: 'project' },
  { text: 'Finansiering', type: { category: 'financing' }, source: 'article' },
  { text: 'Utbildning och certifiering', type: { category: 'training-certification' }, source: 'article' },
  { text: 'Teknik, upphandling och byggnation (EPC)', type: { category: 'epc' }, source: 'project' },
  { text: 'Rådgivnings- och driftsättningspartner', type: { category: 'consulting-deployment' }, source: 'project' },
  { text: 'Planerings-, design-, upphandlings- och distributionspartner', type: { category: 'consulting-deployment' }, source: 'article' },
  { text: 'Statliga myndigheter', type: { category: 'government-agency' }, source: 'article' },
  { text: 'Branschstandardorgan', type: { category: 'standards-body' }, source: 'article' },
  { text: 'Utvecklargemenskap', type: { category: 'developer-community' }, source: 'project' },
  { text: 'Utvecklare', type: { category: 'developer-community' }, source: 'article' },
  { text: 'Öppen källkod-gemenskap', type: { category: 'open-source-community' }, source: 'project' },
  { text: 'Akademi', type: { category: 'academia' }, source: 'project' },
  { text: 'Akademin', type: { category: 'academia' }, source: 'project' },
] satisfies readonly CategoryAlias[]);

/** @internal */
export const optionAliases: readonly (readonly [string, ManagementOption])[] = /* @__PURE__ */ deepFreeze([
  ['formal program', 'formal-program'],
  ['partner program', 'formal-program'],
  ['program', 'formal-program'],
  ['formal support', 'formal-support'],
  ['one-on-one', 'one-to-one'],
  ['1:1', 'one-to-one'],
  ['1-to-1', 'one-to-one'],
  ['service level agreements', 'sla'],
  ['marketing', 'marketing-pr'],
  ['PR', 'marketing-pr'],
  ['marketing and PR initiatives', 'marketing-pr'],
  // Swedish beyond the labels of `svLabels`: the article's names, and former labels.
  ['Formellt programstöd', 'formal-program'],
  ['Formellt stöd', 'formal-support'],
  ['En-till-en-hantering', 'one-to-one'],
  ['En-mot-en-hantering', 'one-to-one'],
  ['Individuell hantering', 'one-to-one'],
  ['Marknadsföring och PR-initiativ', 'marketing-pr'],
] as const);

/**
 * Swedish names of subtype values, functions and units beyond the labels of `svLabels`:
 * former labels, kept so that data typed with them still resolves, and the article's words.
 * @internal
 */
export const svNames: readonly (readonly [string, string])[] = /* @__PURE__ */ deepFreeze([
  ['Före erbjudande', 'pre-offer'],
  ['Efter erbjudande', 'post-offer'],
  ['Introduktör', 'introducer'],
  ['Avslutare', 'closer'],
  ['Leverantörsmärkt', 'vendor-branded'],
  ['Mervärde', 'value-add'],
  ['Påverkanspartner', 'influencer'],
  ['Påverkare', 'influencer'],
  ['Influencerpartner', 'influencer'],
  ['Produkt', 'product'],
  ['Produktteam', 'product'],
  ['Marknadsföring', 'marketing'],
  ['Marknadsavdelningen', 'marketing'],
  ['Tjänster', 'services'],
  ['Ledning', 'executive'],
] as const);
