/**
 * No English id reaches a Swedish reader. Every message, reason, finding and name the
 * library can produce in Swedish is driven here with parameters that hold ids, as the
 * parser, the engine and the inventory pass them, and its text is checked for id tokens.
 *
 * To cover a new message: add rows to `cases` (a row is a name, a call, and the Swedish
 * labels the text must show). The completeness test fails until every function of the
 * Swedish locale has at least one row.
 */
import { describe, expect, it } from 'vitest';
import { inventory } from '../inventory/inventory.js';
import { articleRules, defaultRules, diverseSegmentThreshold, heuristicRules } from '../rules/default-rules.js';
import { createRuleEngine } from '../rules/engine.js';
import { type OperatorName, operatorNames } from '../rules/operators.js';
import { parsePartnerRecords } from '../schema/parse-partner-records.js';
import { partnerRecordFields } from '../schema/record-fields.js';
import { idsIn, operators, subtypes } from '../../test/support/swedish-ids.js';
import { salesforceAccountType } from '../crosswalk/salesforce.js';
import { shippedVocabularies } from '../crosswalk/shipped-vocabularies.js';
import { categoryNodes } from '../taxonomy/data.js';
import { managementOptions, partnerCategories, partnerFunctions } from '../taxonomy/ids.js';
import type { ManagementOption, PartnerCategory, SubtypeField } from '../taxonomy/types.js';
import { sv } from './sv.js';
import { inSentence } from './naming.js';
import { svLabels } from './sv-labels.js';
import type { Locale } from './types.js';

interface Case {
  /** The locale function, e.g. `messages.missing_field`, and what this row shows. */
  readonly name: string;
  readonly text: (locale: Locale) => string;
  /** Swedish labels the text must show: the ids, translated rather than dropped. */
  readonly shows?: readonly string[];
  /**
   * Ids the text may hold because the reader must type them: the syntax of a rule or
   * vocabulary file. Only for `ruleProblems`, `vocabularyProblems` and `draftRationales`.
   */
  readonly syntax?: readonly string[];
}

const label = {
  category: (id: PartnerCategory) => svLabels.categories[id],
  option: (id: ManagementOption) => svLabels.options[id],
  field: (field: SubtypeField) => svLabels.subtypes[field].label,
};
const lower = inSentence;

const cases: readonly Case[] = [
  // Where an issue sits.
  ...partnerRecordFields.map((field) => ({
    name: `at (${field})`,
    text: (l: Locale) => l.at({ row: 12, field, column: 'Partner Type' }),
    shows: [lower(svLabels.fields[field])],
  })),
  { name: 'at (no field)', text: (l) => l.at({ row: 1234 }) },

  // Parse messages.
  { name: 'messages.not_a_list', text: (l) => l.messages.not_a_list({ valueKind: 'undefined' }), shows: ['inget värde'] },
  {
    name: 'messages.not_an_object',
    text: (l) => l.messages.not_an_object({ valueKind: 'array' }),
    shows: ['namn', 'kategori'],
  },
  ...partnerRecordFields.map((field) => ({
    name: `messages.missing_field (${field})`,
    text: (l: Locale) => l.messages.missing_field({ field }),
    shows: [lower(svLabels.fields[field])],
  })),
  ...partnerRecordFields.map((field) => ({
    name: `messages.invalid_type (${field})`,
    text: (l: Locale) => l.messages.invalid_type({ field, valueKind: 'number' }),
    shows: [lower(svLabels.fields[field])],
  })),
  ...partnerCategories.map((id) => ({
    name: `messages.unknown_category (suggests ${id})`,
    text: (l: Locale) => l.messages.unknown_category({ value: 'xyz', suggestion: id }),
    shows: [label.category(id)],
  })),
  { name: 'messages.unknown_category (no suggestion)', text: (l) => l.messages.unknown_category({ value: 'banan' }) },
  ...partnerFunctions.map((id) => ({
    name: `messages.unknown_function (suggests ${id})`,
    text: (l: Locale) => l.messages.unknown_function({ value: 'xyz', suggestion: id }),
    shows: [svLabels.functions[id]],
  })),
  ...categoryNodes.map((node) => ({
    name: `messages.function_mismatch (${node.id})`,
    text: (l: Locale) =>
      l.messages.function_mismatch({ value: 'Sälj', category: node.id, expected: node.function }),
    shows: [label.category(node.id)],
  })),
  ...subtypes.flatMap((s) => [
    {
      name: `messages.invalid_subtype (${s.field})`,
      text: (l: Locale) =>
        l.messages.invalid_subtype({ field: s.field, value: 'senare', category: s.category, expected: s.values }),
      shows: [lower(label.field(s.field)), label.category(s.category)],
    },
    ...s.values.map((value) => ({
      name: `messages.invalid_subtype (${s.field}, suggests ${value})`,
      text: (l: Locale) =>
        l.messages.invalid_subtype({ field: s.field, value: 'x', category: s.category, expected: s.values, suggestion: value }),
      shows: [(svLabels.subtypes[s.field].values as Record<string, string>)[value] ?? '?'],
    })),
    {
      name: `messages.subtype_not_allowed (${s.field})`,
      text: (l: Locale) => l.messages.subtype_not_allowed({ field: s.field, category: 'oem', owner: s.category }),
      shows: [label.category(s.category), 'OEM'],
    },
    {
      name: `messages.subtype_conflict (${s.field})`,
      text: (l: Locale) =>
        l.messages.subtype_conflict({ field: s.field, value: s.values[0] ?? '', implied: s.values[1] ?? '', text: 'IHV' }),
      shows: [lower(label.field(s.field))],
    },
  ]),
  ...managementOptions.map((id) => ({
    name: `messages.unknown_management (suggests ${id})`,
    text: (l: Locale) => l.messages.unknown_management({ value: 'xyz', suggestion: id }),
    shows: [label.option(id)],
  })),
  { name: 'messages.duplicate_id', text: (l) => l.messages.duplicate_id({ value: 'P-1', firstIndex: 1234 }) },
  {
    name: 'messages.unknown_category (a CRM picklist value)',
    text: (l) => l.messages.unknown_category({ value: 'Prospect', vocabularies: ['salesforce', 'hubspot'] }),
  },
  {
    name: 'messages.unmapped_value',
    text: (l) => l.messages.unmapped_value({ value: 'xyz', vocabulary: 'salesforce', suggestion: 'cloud-reseller' }),
    shows: [label.category('cloud-reseller')],
  },
  {
    name: 'messages.unmapped_value (in another vocabulary)',
    text: (l) => l.messages.unmapped_value({ value: 'Vendor', vocabulary: 'salesforce', vocabularies: ['hubspot'] }),
  },
  ...(['mapping', 'name', 'header'] as const).map((by) => ({
    name: `messages.column_choice (${by})`,
    text: (l: Locale) => l.messages.column_choice({ field: 'managedBy', column: 'Managed By', others: ['Owner', 'Ägare'], by }),
    shows: [lower(svLabels.fields.managedBy)],
  })),
  { name: 'messages.missing_category', text: (l) => l.messages.missing_category({}) },
  ...([[], ['value-added-distributor'], ['solution-reseller', 'value-added-distributor', 'cloud-reseller']] as const).map((candidates) => ({
    name: `messages.generic_category (${candidates.length} candidates)`,
    text: (l: Locale) => l.messages.generic_category({ value: 'Återförsäljare', candidates }),
    shows: candidates.map((c) => lower(label.category(c))),
  })),
  {
    name: 'messages.ambiguous_category',
    text: (l) => l.messages.ambiguous_category({ value: 'VAR', candidates: ['value-added-distributor', 'solution-reseller'] }),
    shows: [lower(label.category('value-added-distributor')), lower(label.category('solution-reseller'))],
  },
  ...partnerFunctions.map((fn) => ({
    name: `messages.function_only (${fn})`,
    text: (l: Locale) => l.messages.function_only({ value: 'Influencer', function: fn }),
    shows: [lower(svLabels.functions[fn])],
  })),
  {
    name: 'messages.unclassified_value',
    text: (l) =>
      l.messages.unclassified_value({ value: 'Reseller', vocabulary: 'hubspot', rationale: 'Any reselling partner.', candidates: ['solution-reseller'] }),
  },
  {
    name: 'messages.not_a_partner',
    text: (l) => l.messages.not_a_partner({ value: 'Prospect', vocabulary: 'salesforce', rationale: 'A possible customer.' }),
  },
  {
    name: 'messages.deprecated_category',
    text: (l) => l.messages.deprecated_category({ category: 'platform', replacedBy: 'isv-ihv' }),
    shows: [label.category('platform'), 'ISV / IHV'],
  },

  // Rule descriptions and trace reasons.
  ...articleRules().map((rule) => ({
    name: `reasons (the description of ${rule.id})`,
    text: (l: Locale) => articleRules(l).find((r) => r.id === rule.id)?.description ?? 'missing rule',
    shows: [lower(label.option(rule.recommend))],
  })),
  ...subtypes.flatMap((s) =>
    s.values.map((value) => ({
      name: `reasons.typical (${s.category}, ${s.field} ${value})`,
      text: (l: Locale) =>
        l.reasons.typical({ category: s.category, subtype: { field: s.field, value }, option: 'one-to-one' }),
      shows: [label.category(s.category), lower(label.field(s.field))],
    })),
  ),
  ...partnerFunctions.map((fn) => ({
    name: `reasons.typicalForFunction (${fn})`,
    text: (l: Locale) => l.reasons.typicalForFunction({ function: fn, option: 'marketing-pr' }),
    shows: [lower(svLabels.functions[fn]), 'marknadsföring och PR'],
  })),
  ...[...partnerRecordFields, 'group', 'context.power', 'context.homogeneity', 'context.convention', 'custom.Segment'].map(
    (field) => ({
      name: `reasons.needs (${field})`,
      text: (l: Locale) => l.reasons.needs({ fields: [field], options: ['formal-program', 'one-to-one'] }),
      shows: [lower(label.option('formal-program'))],
    }),
  ),
  ...defaultRules().map((rule) => ({
    name: `reasons.outranked (${rule.id})`,
    text: (l: Locale) => l.reasons.outranked({ rule: rule.id, by: 'article:oem' }),
    shows: ['OEM'],
  })),
  { name: 'reasons.outranked (a user rule)', text: (l) => l.reasons.outranked({ rule: 'strategiska-si', by: 'article:oem' }) },
  // Every field a test can name, with values that are ids, for each operator.
  ...failedTests().map(({ field, operator, expected, actual, shows }) => ({
    name: `reasons.failedTest (${field} ${operator} ${JSON.stringify(expected)}, actual ${JSON.stringify(actual)})`,
    text: (l: Locale) => l.reasons.failedTest({ field, operator, expected, actual }),
    shows,
  })),
  { name: 'reasons.failedNot', text: (l) => l.reasons.failedNot({ path: 'when.all[1]' }), shows: ['inte'] },
  // The words of each operator of the rule language, with a value already named.
  ...operatorNames.map((operator) => ({ name: `operators.${operator}`, text: (l: Locale) => l.operators[operator]('Guld') })),
  ...managementOptions.map((option) => ({
    name: `reasons.convention (${option})`,
    text: (l: Locale) => l.reasons.convention({ option }),
    shows: [lower(label.option(option))],
  })),
  { name: 'reasons.partnerPower', text: (l) => l.reasons.partnerPower({}) },
  {
    name: 'reasons.diverseSegment',
    text: (l) => l.reasons.diverseSegment({ threshold: diverseSegmentThreshold }),
    shows: ['0,5'],
  },
  { name: 'reasons.noMatch', text: (l) => l.reasons.noMatch({}) },
  ...managementOptions.map((option) => ({
    name: `reasons.noRule (${option})`,
    text: (l: Locale) => l.reasons.noRule({ option }),
    shows: [lower(label.option(option))],
  })),

  // Inventory findings.
  {
    name: 'findings.coverage (required not given)',
    text: (l) => l.findings.coverage({ present: 1, total: 22, missing: ['oem', 'logistics-3pl'], requiredMissing: undefined, unclassified: 0 }),
    shows: ['OEM', label.category('logistics-3pl'), 'delvis'],
  },
  {
    name: 'findings.coverage (required missing)',
    text: (l) =>
      l.findings.coverage({ present: 20, total: 22, missing: ['oem', 'epc'], requiredMissing: ['epc'], unclassified: 1234 }),
    shows: [label.category('epc'), '1\u00a0234 partner saknar kategori'],
  },
  {
    name: 'findings.coverage (all required present)',
    text: (l) => l.findings.coverage({ present: 22, total: 22, missing: [], requiredMissing: [], unclassified: 0 }),
  },
  {
    name: 'findings.alignment',
    text: (l) => l.findings.alignment({ shares: partnerFunctions.map((fn, i) => ({ function: fn, share: [0.4, 0.3, 0.2, 0.1][i] ?? 0 })) }),
    shows: [...partnerFunctions.map((fn) => svLabels.functions[fn]), '40\u00a0%'],
  },
  {
    name: 'findings.management',
    text: (l) => l.findings.management({ assessed: 1234, total: 2000, mismatches: 3, undecided: 1 }),
    shows: ['1\u00a0234', 'vad som är typiskt för partnertypen'],
  },
  { name: 'findings.management (none assessed)', text: (l) => l.findings.management({ assessed: 0, total: 5, mismatches: 0, undecided: 0 }) },
  { name: 'findings.communication', text: (l) => l.findings.communication({ multiManaged: 2, unowned: 1, units: 4 }), shows: ['ansvarig'] },
  { name: 'findings.tools', text: (l) => l.findings.tools({}) },

  // Rule-file problems: ids the reader must type in the file are allowed as syntax.
  { name: 'invalidRuleSet', text: (l) => l.invalidRuleSet({ count: 2 }) },
  { name: 'ruleProblems.missing_key', text: (l) => l.ruleProblems.missing_key({ key: 'recommend' }) },
  { name: 'ruleProblems.wrong_type', text: (l) => l.ruleProblems.wrong_type({ expected: 'array', valueKind: 'undefined' }) },
  { name: 'ruleProblems.wrong_type (scalar)', text: (l) => l.ruleProblems.wrong_type({ expected: 'scalar', valueKind: 'object' }) },
  {
    name: 'ruleProblems.unknown_key',
    text: (l) => l.ruleProblems.unknown_key({ key: 'wen', allowed: ['id', 'when', 'recommend'] }),
  },
  {
    name: 'ruleProblems.unknown_operator',
    text: (l) => l.ruleProblems.unknown_operator({ keys: ['equal'], operators: operatorNames }),
    syntax: operators,
  },
  {
    name: 'ruleProblems.unknown_field',
    text: (l) => l.ruleProblems.unknown_field({ field: 'stge', suggestion: 'stage' }),
    syntax: ['group', 'custom', 'context', 'stage'],
    shows: ['fas'],
  },
  ...(['category', 'function', 'group', 'option', 'subtype', 'power'] as const).map((kind) => ({
    name: `ruleProblems.invalid_value (${kind})`,
    text: (l: Locale) => l.ruleProblems.invalid_value({ value: 'xyz', kind }),
    syntax: ['vendor', 'balanced'],
  })),
  { name: 'ruleProblems.too_deep', text: (l) => l.ruleProblems.too_deep({ max: 64 }) },
  { name: 'ruleProblems.not_a_number', text: (l) => l.ruleProblems.not_a_number({ operator: 'gt' }), syntax: ['gt'] },
  ...(['in', 'all'] as const).map((operator) => ({
    name: `ruleProblems.empty_list (${operator})`,
    text: (l: Locale) => l.ruleProblems.empty_list({ operator }),
  })),
  { name: 'ruleProblems.duplicate_rule_id', text: (l) => l.ruleProblems.duplicate_rule_id({ id: 'min-regel', firstIndex: 3 }) },

  // Vocabulary-file problems.
  { name: 'vocabularyProblems.shape', text: (l) => l.vocabularyProblems.shape({ expected: 'ett objekt' }) },
  { name: 'vocabularyProblems.shape (no kind)', text: (l) => l.vocabularyProblems.shape({}) },
  {
    name: 'vocabularyProblems.unknownTarget',
    text: (l) => l.vocabularyProblems.unknownTarget({ id: 'resellr', kind: 'category' }),
  },
  ...(['none', 'unclassified'] as const).map((relation) => ({
    name: `vocabularyProblems.targetForNone (${relation})`,
    text: (l: Locale) => l.vocabularyProblems.targetForNone({ relation }),
    syntax: [relation],
  })),
  { name: 'vocabularyProblems.candidatesForNone', text: (l) => l.vocabularyProblems.candidatesForNone() },
  {
    name: 'vocabularyLabel',
    text: (l) => l.vocabularyLabel({ vocabulary: 'hubspot', value: 'Reseller', own: 'Reseller' }) ?? '',
    shows: ['Återförsäljare'],
  },
  // Every shipped mapping's rationale; the row of a value that names a category shows it.
  ...shippedVocabularies.flatMap((vocabulary) =>
    vocabulary.mappings.map((m) => ({
      name: `vocabularyRationale (${vocabulary.id}/${m.value})`,
      text: (l: Locale) => l.vocabularyRationale({ vocabulary: vocabulary.id, value: m.value, own: m.rationale }) ?? '',
      ...(vocabulary.id === 'hubspot' && m.value === 'Reseller' ? { shows: [lower(label.category('solution-reseller'))] } : {}),
    })),
  ),
  {
    name: 'vocabularyProblems.missingTarget',
    text: (l) => l.vocabularyProblems.missingTarget({ relation: 'broader' }),
    syntax: ['broader'],
  },
  { name: 'vocabularyProblems.duplicateValue', text: (l) => l.vocabularyProblems.duplicateValue({ value: 'Partner', firstIndex: 2 }) },
  { name: 'vocabularyProblems.unmappedValue', text: (l) => l.vocabularyProblems.unmappedValue({ value: 'Partner' }) },
  { name: 'vocabularyProblems.unlistedValue', text: (l) => l.vocabularyProblems.unlistedValue({ value: 'Partner' }) },

  // A draft's rationales (draftVocabulary, the map command).
  {
    name: 'draftRationales.category',
    text: (l) => l.draftRationales.category({ category: 'system-integrator', projectReading: false }),
    shows: [lower(label.category('system-integrator'))],
  },
  {
    name: 'draftRationales.category (a reading of this package)',
    text: (l) => l.draftRationales.category({ category: 'consulting-deployment', projectReading: true }),
    shows: [lower(label.category('consulting-deployment'))],
  },
  { name: 'draftRationales.functionOnly', text: (l) => l.draftRationales.functionOnly({ function: 'service' }), shows: ['servicepartner'] },
  {
    name: 'draftRationales.ambiguous',
    text: (l) => l.draftRationales.ambiguous({ candidates: ['value-added-distributor', 'solution-reseller'] }),
    shows: [lower(label.category('value-added-distributor')), lower(label.category('solution-reseller'))],
  },
  { name: 'draftRationales.generic', text: (l) => l.draftRationales.generic() },
  { name: 'draftRationales.unknown', text: (l) => l.draftRationales.unknown(), syntax: ['exact', 'target', 'unclassified', 'none'] },
  { name: 'draftRationales.asIn', text: (l) => l.draftRationales.asIn({ label: 'Företagstyp i HubSpot', rationale: 'En möjlig kund, inte en partner.' }) },

  // Names the messages use, and report text that takes values.
  { name: 'names.custom', text: (l) => l.names.custom({ name: 'Segment' }) },
  { name: 'names.rules.article', text: (l) => l.names.rules.article({ subject: 'OEM' }) },
  { name: 'names.rules.withSubtype', text: (l) => l.names.rules.withSubtype({ category: 'MSP / CMSP', field: 'fas', value: 'före lansering' }) },
  { name: 'names.rules.convention', text: (l) => l.names.rules.convention({ option: 'servicenivåavtal' }) },
  { name: 'names.rules.user', text: (l) => l.names.rules.user({ id: 'min-regel' }) },
  {
    name: 'schema.description',
    text: (l) => l.schema.description({ version: '1.1.0' }),
    // The JSON key custom fields sit under, as it is typed.
    syntax: ['custom'],
  },
  { name: 'reference.byValue', text: (l) => l.reference.byValue({ value: 'Före lansering', option: 'Formellt partnerprogram' }) },
  { name: 'reference.version', text: (l) => l.reference.version({ version: '1.1.0' }) },
  { name: 'reference.projectFact', text: (l) => l.reference.projectFact({ fact: 'ja' }) },
  { name: 'reference.gloss', text: (l) => l.reference.gloss({ text: 'text' }) },
  { name: 'reference.heuristics.homogeneity', text: (l) => l.reference.heuristics.homogeneity({ threshold: '0,5' }) },
  { name: 'render.ofTotal', text: (l) => l.render.ofTotal({ part: '1', total: '2' }) },
  { name: 'render.change', text: (l) => l.render.change({ from: 'a', to: 'b' }) },
  { name: 'render.withCount', text: (l) => l.render.withCount({ label: 'a', count: '2' }) },
  { name: 'render.list', text: (l) => l.render.list(['a', 'b']) },
  { name: 'render.barValue', text: (l) => l.render.barValue({ count: '1', share: '2' }) },
  { name: 'render.more', text: (l) => l.render.more({ list: 'a', count: '3' }) },
  { name: 'render.cell', text: (l) => l.render.cell({ category: 'OEM', unit: 'Marknad', count: 1234 }), shows: ['1\u00a0234'] },
];

/** Field tests as the engine reports failures: every field a rule can name, each operator. */
function failedTests(): { field: string; operator: OperatorName; expected: unknown; actual: unknown; shows: string[] }[] {
  const tests: { field: string; operator: OperatorName; expected: unknown; actual: unknown; shows: string[] }[] = [
    { field: 'category', operator: 'equals', expected: 'platform', actual: 'oem', shows: [lower(label.category('platform')), 'OEM'] },
    { field: 'category', operator: 'in', expected: ['platform', 'epc'], actual: undefined, shows: [label.category('epc'), 'saknas'] },
    { field: 'function', operator: 'equals', expected: 'influencer', actual: 'sales', shows: [lower(svLabels.functions.influencer)] },
    { field: 'group', operator: 'equals', expected: 'business-services', actual: 'professional-services', shows: [lower(svLabels.groups['business-services'])] },
    { field: 'management', operator: 'in', expected: ['sla', 'marketing-pr'], actual: 'one-to-one', shows: [lower(label.option('one-to-one'))] },
    { field: 'managedBy', operator: 'equals', expected: 'channel-sales', actual: 'executive', shows: [lower(svLabels.units.executive)] },
    { field: 'context.convention', operator: 'equals', expected: 'sla', actual: 'formal-program', shows: ['branschpraxis'] },
    { field: 'context.power', operator: 'equals', expected: 'partner', actual: 'vendor', shows: ['maktbalans'] },
    { field: 'context.homogeneity', operator: 'lt', expected: 0.5, actual: 0.75, shows: ['0,5', '0,75'] },
    { field: 'custom.Omsättning', operator: 'gte', expected: 1_000_000, actual: 1234.5, shows: ['1\u00a0000\u00a0000', '1\u00a0234,5'] },
    { field: 'tier', operator: 'exists', expected: true, actual: undefined, shows: ['nivå'] },
    { field: 'region', operator: 'exists', expected: false, actual: 'Norden', shows: ['saknar värde'] },
    { field: 'country', operator: 'gt', expected: 3, actual: 'SE', shows: ['land'] },
    { field: 'vertical', operator: 'lte', expected: 2, actual: undefined, shows: ['bransch'] },
    { field: 'name', operator: 'startsWith', expected: 'Nord', actual: 'Acme', shows: ['börjar med'] },
    { field: 'tier', operator: 'contains', expected: 'guld', actual: 'Silver', shows: ['innehåller'] },
  ];
  for (const s of subtypes) {
    for (const value of s.values) {
      tests.push({
        field: s.field,
        operator: 'equals',
        expected: value,
        actual: s.values.find((v) => v !== value),
        shows: [lower((svLabels.subtypes[s.field].values as Record<string, string>)[value] ?? '?')],
      });
    }
  }
  return tests;
}

describe('Swedish text shows no English id', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = c.text(sv);
    expect(idsIn(text, c.syntax), text).toEqual([]);
    for (const shown of c.shows ?? []) expect(text, `should show ${JSON.stringify(shown)}`).toContain(shown);
  });

  it('has a row for every function of the Swedish locale', () => {
    const named = new Set(cases.map((c) => c.name.split(' ')[0]));
    const functions = (prefix: string, value: unknown): string[] =>
      typeof value === 'function'
        ? [prefix]
        : value !== null && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, inner]) => functions(prefix === '' ? key : `${prefix}.${key}`, inner))
          : [];
    const uncovered = functions('', sv).filter((name) => !named.has(name));
    expect(uncovered).toEqual([]);
  });

  it('finds an id where one slips through (so the checks above can fail)', () => {
    expect(idsIn('msp-cmsp med stage pre-offer hanteras med one-to-one')).toEqual(['msp-cmsp', 'stage', 'pre-offer', 'one-to-one']);
    expect(idsIn('name saknas; solution 40 %')).toEqual(['name', 'solution']);
    expect(idsIn('OEM, fält och id: inga')).toEqual([]);
    expect(idsIn('kräver att context.power är partner', ['power'])).toEqual(['context']);
  });
});

describe('Swedish output of the engine, the parser and the inventory shows no English id', () => {
  const engine = createRuleEngine({ rules: defaultRules({ locale: sv }), locale: sv });
  const contexts = [
    {},
    { power: 'partner' as const },
    { homogeneity: 0.3 },
    ...managementOptions.map((convention) => ({ convention })),
  ];
  const records = [
    ...categoryNodes.flatMap((node) => [
      { category: node.id },
      ...(node.subtype?.values ?? []).map((value) => ({ category: node.id, [node.subtype?.field ?? '']: value })),
    ]),
    {},
  ];

  it('in every reason and trace of recommend, for every category, subtype and context', () => {
    for (const record of records) {
      for (const context of contexts) {
        const result = engine.recommend(record, context);
        const texts = [result.reason, ...result.trace.map((t) => t.reason)];
        for (const text of texts) expect(idsIn(text), `${JSON.stringify(record)} ${JSON.stringify(context)}: ${text}`).toEqual([]);
      }
    }
  });

  it('in every reason of explainWhyNot, for every category and option', () => {
    for (const record of records) {
      for (const option of managementOptions) {
        const why = engine.explainWhyNot(record, option, { homogeneity: 0.9, power: 'vendor' });
        const texts = [...(why.reason === undefined ? [] : [why.reason]), ...why.rules.flatMap((r) => r.reasons)];
        for (const text of texts) expect(idsIn(text), `${JSON.stringify(record)} ${option}: ${text}`).toEqual([]);
      }
    }
  });

  it('in every rule description, article and heuristic', () => {
    for (const rule of [...articleRules(sv), ...heuristicRules(sv)]) {
      expect(idsIn(rule.description ?? ''), rule.description).toEqual([]);
    }
  });

  it('in every parse error and warning, with their places', () => {
    const rows = [
      { id: '1', category: 'OEM' },
      { id: '2', name: 'B', category: 'resellr' },
      { id: '3', name: 'C', category: 'MSP', stage: 'later', function: 'sale' },
      { id: '4', name: 'D', category: 'OEM', stage: 'pre-offer' },
      { id: '5', name: 'E', category: 'IHV', kind: 'isv' },
      { id: '6', name: 'F', category: 'SI', function: 'Försäljningspartner', management: 'formal progam' },
      { id: '6', name: 'G', category: 'VAR', tier: 7 },
      { id: '8', name: 'H', category: 'SA', mode: 'introduce', businessModel: 'x' },
      'not a row',
    ];
    const { errors, warnings } = parsePartnerRecords(rows, { locale: sv });
    expect(errors.length).toBeGreaterThan(8);
    for (const issue of [...errors, ...warnings]) {
      const place = sv.at({ row: issue.index + 1, ...(issue.path[0] === undefined ? {} : { field: String(issue.path[0]) }) });
      expect(idsIn(`${place}: ${issue.message}`), issue.message).toEqual([]);
    }
    const mapped = parsePartnerRecords(
      [
        { id: '1', name: 'A', category: 'Prospect' },
        { id: '2', name: 'B', category: 'Technology Partner' },
        { id: '3', name: 'C', category: 'Resellr' },
      ],
      { locale: sv, vocabulary: salesforceAccountType },
    );
    for (const issue of [...mapped.errors, ...mapped.warnings]) expect(idsIn(issue.message), issue.message).toEqual([]);
  });

  it('in every finding of the inventory', () => {
    const { records } = parsePartnerRecords([
      { id: '1', name: 'A', category: 'OEM', managedBy: 'Product', management: 'formal-program' },
      { id: '2', name: 'B', category: 'MSP', managedBy: 'Alliances' },
      { id: '3', name: 'C', category: 'academia' },
    ]);
    for (const required of [undefined, ['epc', 'oem'] as PartnerCategory[]]) {
      const report = inventory(records, { locale: sv, ...(required === undefined ? {} : { required }) });
      for (const finding of report.findings) expect(idsIn(finding.text), finding.text).toEqual([]);
      for (const group of [...report.mismatches, ...report.undecided]) expect(idsIn(group.reason), group.reason).toEqual([]);
    }
  });
});
