import { crosswalk } from '../crosswalk/crosswalk.js';
import { crmVocabularies } from '../crosswalk/shipped-vocabularies.js';
import type { Mapping, MappingRelation, MappingTarget, Vocabulary } from '../crosswalk/types.js';
import { enVocabularyText } from '../locales/en-vocabulary.js';
import type { Locale } from '../locales/types.js';
import { resolveGenericLabel } from '../resolve/generic-labels.js';
import { resolvePartnerFunction } from '../resolve/resolve-names.js';
import { resolvePartnerType, suggestPartnerCategory } from '../resolve/resolve-partner-type.js';
import type { PartnerCategory } from '../taxonomy/types.js';
import { valueKey } from '../taxonomy/value-key.js';
import { type ColumnMapping, matchLastColumns } from './match-columns.js';

/**
 * Options for {@link draftVocabulary}.
 * @example const options: DraftVocabularyOptions = { column: 'Partner Type', id: 'our-crm' };
 * @category Schema
 */
export interface DraftVocabularyOptions {
  /** The header of the category column; by default the column that parsing reads as `category`. */
  readonly column?: string;
  /** Your column mapping, used to find the category column when `column` is not given. */
  readonly columns?: ColumnMapping;
  /** A vocabulary to read known values with before the shipped ones (e.g. your last draft). */
  readonly vocabulary?: Vocabulary;
  /** The draft's id, as `--vocabulary` will show it; `'custom'` by default. */
  readonly id?: string;
  /** The draft's name for people; the id by default. */
  readonly label?: string;
  /** The language of the rationales the draft holds; English by default. */
  readonly locale?: DraftText;
}

/**
 * What a draft needs of a locale: its rationales, and the names and rationales of the
 * shipped vocabularies it reads values with. `en` and `sv` are both one.
 * @example const text: DraftText = sv;
 * @category Schema
 */
export type DraftText = Pick<Locale, 'draftRationales' | 'vocabularyLabel' | 'vocabularyRationale'>;

/**
 * One value of a draft, with how many rows hold it. `decide` is set where the value is
 * not known and the mapping is only a safe placeholder (`unclassified`) for you to edit.
 * @example const entry: DraftMapping = { value: 'Gold Reseller', count: 12, relation: 'unclassified', target: null, candidates: ['solution-reseller'], rationale: 'Not known …', decide: true };
 * @category Schema
 */
export interface DraftMapping {
  /** The value, as the first row that holds it spells it. */
  readonly value: string;
  /** How many rows hold it (in any case, spacing or punctuation). */
  readonly count: number;
  /** How the value relates to the taxonomy (see `MappingRelation`). */
  readonly relation: MappingRelation;
  /** The category or function it maps to, or `null` for `unclassified` and `none`. */
  readonly target: MappingTarget | null;
  /** The categories it most likely means, best first, when it names no single one. */
  readonly candidates?: readonly PartnerCategory[];
  /** Why it maps so, or what to decide. */
  readonly rationale: string;
  /** Present (`true`) when you should decide the mapping. */
  readonly decide?: true;
}

/**
 * A vocabulary drafted from a column's values: valid input for `parseVocabulary` and
 * `--vocabulary` as it is, and meant to be edited.
 * @example const draft: VocabularyDraft = draftVocabulary(rows).vocabulary;
 * @category Schema
 */
export interface VocabularyDraft {
  /** The draft's id. */
  readonly id: string;
  /** The draft's name for people. */
  readonly label: string;
  /** Every distinct value, most rows first. */
  readonly values: readonly string[];
  /** One mapping per value, in the order of `values`. */
  readonly mappings: readonly DraftMapping[];
}

/**
 * What {@link draftVocabulary} found.
 * @example const { vocabulary, column, rows, blank, undecided }: DraftResult = draftVocabulary(rows);
 * @category Schema
 */
export interface DraftResult {
  /** The draft. */
  readonly vocabulary: VocabularyDraft;
  /** The header of the column read, or `undefined` when no row has a category column. */
  readonly column: string | undefined;
  /** Rows read. */
  readonly rows: number;
  /** Rows whose category cell is empty or not text. */
  readonly blank: number;
  /** How many values need your decision. */
  readonly undecided: number;
}

interface Tally {
  value: string;
  count: number;
}

/**
 * Drafts a vocabulary from your CRM's own picklist: every distinct value of the category
 * column, with its count, mapped where your vocabulary, `resolvePartnerType`, a CRM's
 * default picklist (Salesforce, HubSpot, Dynamics 365) or the generic labels know it, and left as an `unclassified`
 * placeholder marked `decide` where not. Save it as JSON, edit it, and read your rows with
 * it (`parseVocabulary`, `--vocabulary file.json`).
 * @param rows - The rows of an export, as for `parsePartnerRecords`.
 * @param options - The column, a vocabulary to start from, and the draft's id and label.
 * @returns The draft and what was read.
 * @example draftVocabulary([{ Type: 'Prospect' }, { Type: 'Konsult' }, { Type: 'Gold' }]).vocabulary.mappings.map((m) => m.relation) // ['none', 'exact', 'unclassified']
 * @category Schema
 */
export function draftVocabulary(rows: Iterable<unknown>, options: DraftVocabularyOptions = {}): DraftResult {
  const draft = createVocabularyDraft(options);
  for (const row of rows) draft.add(row);
  return draft.finish();
}

/**
 * The drafting of {@link draftVocabulary}, one row at a time, for streams: memory grows
 * with the distinct values, not with the rows.
 * @internal
 */
export function createVocabularyDraft(options: DraftVocabularyOptions = {}): {
  readonly add: (row: unknown) => void;
  readonly finish: () => DraftResult;
} {
  const tallies = new Map<string, Tally>();
  let column = options.column;
  const match = matchLastColumns(options.columns);
  let count = 0;
  let blank = 0;
  return {
    add: (row) => {
      count++;
      if (row === null || typeof row !== 'object') {
        blank++;
        return;
      }
      if (options.column === undefined) column = match(Object.keys(row)).columns.category;
      const cell = column === undefined ? undefined : (row as Record<string, unknown>)[column];
      const value = typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : '';
      if (value === '') {
        blank++;
        return;
      }
      // Values that differ only in case, spacing or punctuation are one picklist value.
      const key = valueKey(value);
      const tally = tallies.get(key);
      if (tally !== undefined) tally.count++;
      else tallies.set(key, { value, count: 1 });
    },
    finish: () => {
      const ordered = [...tallies.values()].sort((a, b) => b.count - a.count);
      const text = options.locale ?? enVocabularyText;
      const mappings = ordered.map(({ value, count: n }) => ({ value, count: n, ...mappingFor(value, options.vocabulary, text) }));
      const id = options.id ?? 'custom';
      return {
        vocabulary: { id, label: options.label ?? id, values: ordered.map((t) => t.value), mappings },
        column,
        rows: count,
        blank,
        undecided: mappings.filter((m) => m.decide === true).length,
      };
    },
  };
}

type Reading = Omit<DraftMapping, 'value' | 'count'>;

// Your vocabulary first, then what the taxonomy's own names say, then the CRMs' default
// picklists (the generic motions and roles models are no CRM's values).
function mappingFor(value: string, vocabulary: Vocabulary | undefined, text: DraftText): Reading {
  const says = text.draftRationales;
  const yours = vocabulary === undefined ? undefined : crosswalk(vocabulary, value);
  if (yours !== undefined && vocabulary !== undefined) return fromVocabulary(yours, vocabulary, text);
  const match = resolvePartnerType(value);
  if (match !== undefined && match.alternatives.length === 0) {
    const category = match.type.category;
    return { relation: 'exact', target: { kind: 'category', id: category }, rationale: says.category({ category, projectReading: match.source === 'project' }) };
  }
  for (const crm of crmVocabularies) {
    const mapping = crosswalk(crm, value);
    if (mapping !== undefined) return fromVocabulary(mapping, crm, text);
  }
  if (match !== undefined) {
    const candidates = [match.type.category, ...match.alternatives];
    return undecided(says.ambiguous({ candidates }), candidates);
  }
  const fn = resolvePartnerFunction(value);
  if (fn !== undefined) return { relation: 'exact', target: { kind: 'function', id: fn }, rationale: says.functionOnly({ function: fn }) };
  const generic = resolveGenericLabel(value);
  if (generic !== undefined) return undecided(says.generic(), generic.candidates);
  const suggestion = suggestPartnerCategory(value);
  return undecided(says.unknown(), suggestion === undefined ? [] : [suggestion]);
}

// A shipped vocabulary's name and rationale in the draft's language; yours as you wrote them.
function fromVocabulary(mapping: Mapping, vocabulary: Vocabulary, text: DraftText): Reading {
  const label = text.vocabularyLabel({ vocabulary: vocabulary.id, own: vocabulary.label }) ?? vocabulary.label;
  const own = text.vocabularyRationale({ vocabulary: vocabulary.id, value: mapping.value, own: mapping.rationale }) ?? mapping.rationale;
  const rationale = text.draftRationales.asIn({ label, rationale: own });
  if (mapping.relation === 'none' || mapping.relation === 'unclassified') {
    const candidates = mapping.relation === 'unclassified' ? mapping.candidates : undefined;
    return { relation: mapping.relation, target: null, ...(candidates === undefined ? {} : { candidates }), rationale };
  }
  return {
    relation: mapping.relation,
    target: mapping.target,
    ...(mapping.candidates === undefined ? {} : { candidates: mapping.candidates }),
    rationale,
  };
}

function undecided(rationale: string, candidates: readonly PartnerCategory[]): Reading {
  return { relation: 'unclassified', target: null, candidates, rationale, decide: true };
}
