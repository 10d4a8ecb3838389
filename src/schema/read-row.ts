import { shown } from '../locales/shown.js';
import type { Locale, MessageParams, ValueKind } from '../locales/types.js';
import { resolvePartnerType } from '../resolve/resolve-partner-type.js';
import {
  resolveManagementOption,
  resolvePartnerFunction,
  resolveSubtypeValue,
  resolveUnit,
  suggestManagementOption,
  suggestPartnerFunction,
  suggestSubtypeValue,
} from '../resolve/resolve-names.js';
import { type PartnerTypeMatch, suggestPartnerCategory } from '../resolve/resolve-partner-type.js';
import { categoryById } from '../taxonomy/category-index.js';
import { categoryNodes } from '../taxonomy/data.js';
import type { NodeStatus } from '../taxonomy/node-types.js';
import type { CategoryNode, PartnerCategory, SubtypeField } from '../taxonomy/types.js';
import { crosswalk } from '../crosswalk/crosswalk.js';
import type { Mapping, Vocabulary } from '../crosswalk/types.js';
import { fieldForColumn, partnerRecordFields } from './columns.js';
import type { RecordIssue, RecordIssueCode, RecordWarning, RecordWarningCode } from './issues.js';
import type { PartnerRecord, PartnerRecordField } from './partner-record.js';

/**
 * Options for reading rows.
 * @example
 * ```ts
 * const options: ReadOptions = { locale: sv, columns: { 'Partner Segment': 'tier' } };
 * parsePartnerRecords([{ id: '1', name: 'Acme', category: 'resellr' }], options).errors[0]?.message
 * // "category 'resellr' är ingen partnerkategori; menade du 'solution-reseller'?"
 * ```
 * @category Schema
 */
export interface ReadOptions {
  /** The language of issue messages; English by default. */
  readonly locale?: Locale;
  /** Your column headers mapped to record fields, e.g. `{ 'Partner Segment': 'tier' }`. */
  readonly columns?: Readonly<Record<string, PartnerRecordField>>;
  /**
   * The vocabulary the category column speaks, such as `salesforceAccountType` or one
   * loaded with `parseVocabulary`. Its values are read through the crosswalk first;
   * values it does not list still go through `resolvePartnerType`, and anything else is
   * an `unmapped_value` issue, never a guess.
   */
  readonly vocabulary?: Vocabulary;
}


const subtypeOwners: readonly (readonly [SubtypeField, CategoryNode])[] = /* @__PURE__ */ categoryNodes.flatMap(
  (n) => (n.subtype === null ? [] : [[n.subtype.field, n] as const]),
);

/** @internal */
export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'undefined' || type === 'number' || type === 'boolean' || type === 'string' || type === 'object'
    ? type
    : 'other';
}

// What a cell holds: its text (numbers read as text, since CRM ids and tiers are often
// numbers in JSON), '' when blank (missing, null or white space), or `undefined` when it
// cannot be text. Plain returns rather than wrapper objects: this runs for every cell.
function cell(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

// Row fields live in arrays indexed by the field's position in `partnerRecordFields`:
// the reader reuses them from row to row, which keeps this hot loop free of allocation.
const fieldCount = partnerRecordFields.length;
const slots = /* @__PURE__ */ Object.fromEntries(partnerRecordFields.map((f, i) => [f, i])) as Record<
  PartnerRecordField,
  number
>;
const slotOf = (field: PartnerRecordField): number => slots[field];


interface Input {
  readonly value: unknown;
  readonly column: string;
}

/**
 * Reads rows of unknown shape into partner records, or into every issue that stops a row
 * from being one. Never throws on data. One reader serves a whole batch and reuses its
 * scratch state from row to row: this is the hot loop of every import, and allocation
 * per row is most of its cost.
 * @internal
 */
export interface RowReader {
  /** The record, or `undefined` when the row has issues (see `issues`). */
  readonly read: (row: unknown, index: number) => PartnerRecord | undefined;
  /** The last row's issues; `undefined` when it had none. */
  readonly issues: () => RecordIssue[] | undefined;
  /** The last row's warnings; `undefined` when it had none. */
  readonly warnings: () => RecordWarning[] | undefined;
}

/** @internal */
// A class, not closures made per call: its methods share one set of inline caches across
// every batch, so the hot loop stays optimised from the first row of each call.
class Reader implements RowReader {
  private readonly values: unknown[] = new Array(fieldCount).fill(undefined);
  private readonly columns: (string | undefined)[] = new Array(fieldCount).fill(undefined);
  // Header to slot (-1 for a custom column), worked out once per header per batch.
  private readonly headerSlots = new Map<string, number>();
  private readonly shapeKeys: string[] = [];
  private readonly shapeSlots: number[] = [];
  private index = 0;
  private lastIssues: RecordIssue[] | undefined;
  private lastWarnings: RecordWarning[] | undefined;

  constructor(
    private readonly options: ReadOptions,
    private readonly locale: Locale,
  ) {}

  issues(): RecordIssue[] | undefined {
    return this.lastIssues;
  }

  warnings(): RecordWarning[] | undefined {
    return this.lastWarnings;
  }

  private slotFor(column: string): number {
    let slot = this.headerSlots.get(column);
    if (slot === undefined) {
      const field = fieldForColumn(column, this.options.columns);
      slot = field === undefined ? -1 : slotOf(field);
      if (this.headerSlots.size < 1024) this.headerSlots.set(column, slot);
    }
    return slot;
  }

  private inputOf(field: PartnerRecordField): Input | undefined {
    const slot = slotOf(field);
    const column = this.columns[slot];
    return column === undefined ? undefined : { value: this.values[slot], column };
  }

  private report<C extends RecordIssueCode>(
    code: C,
    params: MessageParams[C],
    field: PartnerRecordField | undefined,
    input: Input | undefined = field === undefined ? undefined : this.inputOf(field),
  ): void {
    const message = (this.locale.messages[code] as (p: MessageParams[C]) => string)(params);
    (this.lastIssues ??= []).push(located(code, params, this.index, field, input, message) as RecordIssue);
  }

  private warn<C extends RecordWarningCode>(code: C, params: MessageParams[C]): void {
    const message = (this.locale.messages[code] as (p: MessageParams[C]) => string)(params);
    (this.lastWarnings ??= []).push(located(code, params, this.index, 'category', this.inputOf('category'), message) as RecordWarning);
  }

  // Takes the slot, not the field name: a name would mean a keyed lookup per call, and
  // this runs for every field of every row. The name is needed only for an issue.
  private text(slot: number, required: boolean): string | undefined {
    const field = partnerRecordFields[slot] as PartnerRecordField;
    const value = this.columns[slot] === undefined ? undefined : this.values[slot];
    const c = cell(value);
    if (c === undefined) this.report('invalid_type', { field, valueKind: kindOf(value) }, field);
    else if (c !== '') return c;
    else if (required) this.report('missing_field', { field }, field);
    return undefined;
  }

  read(row: unknown, at: number): PartnerRecord | undefined {
    this.index = at;
    this.lastIssues = undefined;
    this.lastWarnings = undefined;
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      this.report('not_an_object', { valueKind: kindOf(row) }, undefined, { value: row, column: '' });
      return undefined;
    }

    // Sort the row's own keys into record fields and custom fields. Only own enumerable
    // keys are read, and a "__proto__" column is defined, not assigned (assigning it would
    // set the prototype), so it stays a plain field and no prototype is touched.
    this.columns.fill(undefined);
    const custom: Record<string, unknown> = {};
    let position = 0;
    for (const column in row) {
      if (!Object.hasOwn(row, column)) continue;
      const value = (row as Record<string, unknown>)[column];
      // Rows of one export share their keys in the same order: compare with the last
      // row's key at this position before looking the header up.
      let slot: number;
      if (this.shapeKeys[position] === column) slot = this.shapeSlots[position] as number;
      else {
        slot = this.slotFor(column);
        this.shapeKeys[position] = column;
        this.shapeSlots[position] = slot;
      }
      position++;
      if (slot >= 0 && this.columns[slot] === undefined) {
        this.values[slot] = value;
        this.columns[slot] = column;
      } else if (column === '__proto__') {
        Object.defineProperty(custom, column, { value, enumerable: true, writable: true, configurable: true });
      } else custom[column] = value;
    }

    const id = this.text(slots.id, true);
    const name = this.text(slots.name, true);
    const categoryText = this.text(slots.category, true);
    const match = categoryText === undefined ? undefined : this.readCategory(categoryText);
    const node = match === undefined ? undefined : categoryById.get(match.type.category);
    const implied: Readonly<Record<string, unknown>> | undefined = match?.type;
    this.readFunction(node);
    const subtype = this.readSubtype(node, implied, categoryText);
    const managedBy = this.text(slots.managedBy, false);
    const management = this.readManagement();
    const region = this.text(slots.region, false);
    const tier = this.text(slots.tier, false);
    const vertical = this.text(slots.vertical, false);
    const country = this.text(slots.country, false);
    if (this.lastIssues !== undefined || node === undefined || id === undefined || name === undefined) return undefined;

    const record: Record<string, unknown> = { id, name, category: node.id, function: node.function };
    if (subtype !== undefined) record[subtype[0]] = subtype[1];
    if (managedBy !== undefined) record['managedBy'] = resolveUnit(managedBy) ?? managedBy;
    if (management !== undefined) record['management'] = management;
    if (region !== undefined) record['region'] = region;
    if (tier !== undefined) record['tier'] = tier;
    if (vertical !== undefined) record['vertical'] = vertical;
    if (country !== undefined) record['country'] = country;
    record['custom'] = custom;
    return record as PartnerRecord;
  }

  // A vocabulary value becomes a category only where its mapping names one that the value
  // fits in (exact or narrower); a broader mapping is read with a warning, and a value that
  // is no partner, or only a function or a related category, is an issue.
  private readMapping(mapping: Mapping, categoryText: string, vocabulary: string): PartnerTypeMatch | undefined {
    const value = shown(categoryText);
    if (mapping.target === null) {
      this.report('not_a_partner', { value, vocabulary, rationale: mapping.rationale }, 'category');
      return undefined;
    }
    if (mapping.target.kind === 'function' || mapping.relation === 'related') {
      this.report('no_category', { value, vocabulary, relation: mapping.relation, target: mapping.target.id }, 'category');
      return undefined;
    }
    if (mapping.relation === 'broader') {
      this.warn('broad_mapping', { value, vocabulary, category: mapping.target.id });
    }
    return { type: { category: mapping.target.id }, by: 'alias', source: 'project', alternatives: [] };
  }

  // Category: free text through the resolver; ambiguous and deprecated readings warn.
  private readCategory(categoryText: string): PartnerTypeMatch | undefined {
    const vocabulary = this.options.vocabulary;
    const mapping = vocabulary === undefined ? undefined : crosswalk(vocabulary, categoryText);
    if (mapping !== undefined && vocabulary !== undefined) return this.readMapping(mapping, categoryText, vocabulary.id);
    const match = resolvePartnerType(categoryText);
    if (match === undefined) {
      const suggestion = suggestPartnerCategory(categoryText);
      const value = shown(categoryText);
      if (vocabulary !== undefined) {
        const params = { value, vocabulary: vocabulary.id };
        this.report('unmapped_value', suggestion === undefined ? params : { ...params, suggestion }, 'category');
      } else this.report('unknown_category', suggestion === undefined ? { value } : { value, suggestion }, 'category');
      return undefined;
    }
    const node = categoryById.get(match.type.category);
    if (match.alternatives.length > 0) {
      this.warn('ambiguous_category', { text: categoryText, category: match.type.category, alternatives: match.alternatives });
    }
    const status = node as NodeStatus | undefined;
    if (status?.status === 'deprecated') {
      this.warn('deprecated_category', { category: match.type.category, replacedBy: status.replacedBy });
    }
    return match;
  }

  // Function: optional, but when given it must agree with the category.
  private readFunction(node: CategoryNode | undefined): void {
    const functionText = this.text(slots.function, false);
    if (functionText === undefined) return;
    const fn = resolvePartnerFunction(functionText);
    const value = shown(functionText);
    if (fn === undefined) {
      const suggestion = suggestPartnerFunction(functionText);
      this.report('unknown_function', suggestion === undefined ? { value } : { value, suggestion }, 'function');
    } else if (node !== undefined && fn !== node.function) {
      this.report('function_mismatch', { value, category: node.id, expected: node.function }, 'function');
    }
  }

  // Subtypes: each field belongs to one category. A blank cell is no value (CSV exports
  // carry every column on every row), so only a non-blank value on the wrong row is an error.
  private readSubtype(
    node: CategoryNode | undefined,
    implied: Readonly<Record<string, unknown>> | undefined,
    categoryText: string | undefined,
  ): readonly [SubtypeField, string] | undefined {
    let subtype: readonly [SubtypeField, string] | undefined;
    for (const [f, owner] of subtypeOwners) {
      const value = this.text(slots[f], false);
      if (value === undefined) continue;
      if (node !== undefined && node.id !== owner.id) {
        this.report('subtype_not_allowed', { field: f, category: node.id, owner: owner.id as PartnerCategory }, f);
        continue;
      }
      const resolved = resolveSubtypeValue(f, value);
      if (resolved === undefined) {
        const suggestion = suggestSubtypeValue(f, value);
        const expected = owner.subtype?.values ?? [];
        const params = { field: f, value: shown(value), category: owner.id as PartnerCategory, expected };
        this.report('invalid_subtype', suggestion === undefined ? params : { ...params, suggestion }, f);
        continue;
      }
      const impliedValue = implied?.[f];
      if (typeof impliedValue === 'string' && impliedValue !== resolved && categoryText !== undefined) {
        this.report('subtype_conflict', { field: f, value: resolved, implied: impliedValue, text: shown(categoryText) }, f);
        continue;
      }
      subtype = [f, resolved];
    }
    if (subtype === undefined && node?.subtype != null) {
      const impliedValue = implied?.[node.subtype.field];
      if (typeof impliedValue === 'string') subtype = [node.subtype.field, impliedValue];
    }
    return subtype;
  }

  private readManagement(): string | undefined {
    const managementText = this.text(slots.management, false);
    if (managementText === undefined) return undefined;
    const management = resolveManagementOption(managementText);
    if (management === undefined) {
      const suggestion = suggestManagementOption(managementText);
      const value = shown(managementText);
      this.report('unknown_management', suggestion === undefined ? { value } : { value, suggestion }, 'management');
    }
    return management;
  }

}

/** @internal */
export function createRowReader(options: ReadOptions, locale: Locale): RowReader {
  return new Reader(options, locale);
}

// Built by assignment rather than object spreads: issues are frequent in bad exports.
function located(
  code: string,
  params: object,
  index: number,
  field: string | undefined,
  input: Input | undefined,
  message: string,
): object {
  const issue: Record<string, unknown> = { code, index, path: field === undefined ? [] : [field] };
  if (input !== undefined && field !== undefined && input.column !== field) issue['column'] = input.column;
  issue['received'] = input?.value;
  for (const [key, value] of Object.entries(params)) issue[key] = value;
  issue['message'] = message;
  return issue;
}
