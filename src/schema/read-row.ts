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
import { suggestPartnerCategory } from '../resolve/resolve-partner-type.js';
import { categoryNodes } from '../taxonomy/data.js';
import type { NodeStatus } from '../taxonomy/node-types.js';
import type { CategoryNode, PartnerCategory, SubtypeField } from '../taxonomy/types.js';
import { fieldForColumn } from './columns.js';
import type { RecordIssue, RecordIssueCode, RecordWarning, RecordWarningCode } from './issues.js';
import type { PartnerRecord, PartnerRecordField } from './partner-record.js';

/**
 * Options for reading rows.
 * @category Schema
 */
export interface ReadOptions {
  /** The language of issue messages; English by default. */
  readonly locale?: Locale;
  /** Your column headers mapped to record fields, e.g. `{ 'Partner Segment': 'tier' }`. */
  readonly columns?: Readonly<Record<string, PartnerRecordField>>;
}

/** @internal */
export type RowResult =
  | { readonly ok: true; readonly record: PartnerRecord; readonly warnings: readonly RecordWarning[] }
  | { readonly ok: false; readonly issues: readonly RecordIssue[] };

const nodes: ReadonlyMap<string, CategoryNode> = /* @__PURE__ */ new Map(categoryNodes.map((n) => [n.id, n]));

const subtypeOwners: ReadonlyMap<string, CategoryNode> = /* @__PURE__ */ new Map(
  categoryNodes.flatMap((n) => (n.subtype === null ? [] : [[n.subtype.field, n] as const])),
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

// Every field present from the start, so all rows share one object shape and field
// reads stay fast (this is the hot loop of every import).
const emptyFields = <T>(): Record<PartnerRecordField, T | undefined> => ({
  id: undefined,
  name: undefined,
  category: undefined,
  function: undefined,
  kind: undefined,
  stage: undefined,
  mode: undefined,
  businessModel: undefined,
  managedBy: undefined,
  management: undefined,
  region: undefined,
  tier: undefined,
  vertical: undefined,
  country: undefined,
});

// Long values are quoted in messages, so show only their start.
const shown = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

interface Input {
  readonly value: unknown;
  readonly column: string;
}

/**
 * Reads one row of unknown shape into a partner record, or into every issue that stops
 * it from being one. Never throws on data.
 * @internal
 */
export function readRow(row: unknown, index: number, options: ReadOptions, locale: Locale): RowResult {
  const issues: RecordIssue[] = [];
  const warnings: RecordWarning[] = [];

  const report = <C extends RecordIssueCode>(
    code: C,
    params: MessageParams[C],
    field: string | undefined,
    input: Input | undefined,
  ): void => {
    const message = (locale.messages[code] as (p: MessageParams[C]) => string)(params);
    issues.push(located(code, params, index, field, input, message) as RecordIssue);
  };
  const warn = <C extends RecordWarningCode>(code: C, params: MessageParams[C], input: Input | undefined): void => {
    const message = (locale.messages[code] as (p: MessageParams[C]) => string)(params);
    warnings.push(located(code, params, index, 'category', input, message) as RecordWarning);
  };

  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    report('not_an_object', { valueKind: kindOf(row) }, undefined, { value: row, column: '' });
    return { ok: false, issues };
  }

  // Sort the row's own keys into record fields and custom fields. Only own enumerable
  // keys are read, and a "__proto__" column is defined, not assigned (assigning it would
  // set the prototype), so it stays a plain field and no prototype is touched.
  const values = emptyFields<unknown>();
  const columns = emptyFields<string>();
  const custom: Record<string, unknown> = {};
  for (const column of Object.keys(row)) {
    const value = (row as Record<string, unknown>)[column];
    const field = fieldForColumn(column, options.columns);
    if (field !== undefined && columns[field] === undefined) {
      values[field] = value;
      columns[field] = column;
    } else if (column === '__proto__') {
      Object.defineProperty(custom, column, { value, enumerable: true, writable: true, configurable: true });
    } else custom[column] = value;
  }
  const inputOf = (field: PartnerRecordField): Input | undefined => {
    const column = columns[field];
    return column === undefined ? undefined : { value: values[field], column };
  };

  const text = (field: PartnerRecordField, required: boolean): string | undefined => {
    const c = cell(values[field]);
    if (c === undefined) report('invalid_type', { field, valueKind: kindOf(values[field]) }, field, inputOf(field));
    else if (c !== '') return c;
    else if (required) report('missing_field', { field }, field, inputOf(field));
    return undefined;
  };

  const id = text('id', true);
  const name = text('name', true);

  // Category: free text through the resolver.
  const categoryText = text('category', true);
  let node: CategoryNode | undefined;
  let implied: Readonly<Record<string, unknown>> = {};
  if (categoryText !== undefined) {
    const match = resolvePartnerType(categoryText);
    const input = inputOf('category');
    if (match === undefined) {
      const suggestion = suggestPartnerCategory(categoryText);
      report(
        'unknown_category',
        suggestion === undefined ? { value: shown(categoryText) } : { value: shown(categoryText), suggestion },
        'category',
        input,
      );
    } else {
      node = nodes.get(match.type.category);
      implied = match.type;
      if (match.alternatives.length > 0) {
        warn(
          'ambiguous_category',
          { text: categoryText, category: match.type.category, alternatives: match.alternatives },
          input,
        );
      }
      const status = node as NodeStatus | undefined;
      if (status?.status === 'deprecated') {
        warn('deprecated_category', { category: match.type.category, replacedBy: status.replacedBy }, input);
      }
    }
  }

  // Function: optional, but when given it must agree with the category.
  const functionText = text('function', false);
  if (functionText !== undefined) {
    const fn = resolvePartnerFunction(functionText);
    const input = inputOf('function');
    if (fn === undefined) {
      const suggestion = suggestPartnerFunction(functionText);
      report(
        'unknown_function',
        suggestion === undefined ? { value: shown(functionText) } : { value: shown(functionText), suggestion },
        'function',
        input,
      );
    } else if (node !== undefined && fn !== node.function) {
      report('function_mismatch', { value: shown(functionText), category: node.id, expected: node.function }, 'function', input);
    }
  }

  // Subtypes: each field belongs to one category. A blank cell is no value (CSV exports
  // carry every column on every row), so only a non-blank value on the wrong row is an error.
  let subtype: readonly [SubtypeField, string] | undefined;
  for (const [field, owner] of subtypeOwners) {
    const f = field as SubtypeField;
    const value = text(f, false);
    const input = inputOf(f);
    if (value === undefined) continue;
    if (node !== undefined && node.id !== owner.id) {
      report('subtype_not_allowed', { field: f, category: node.id, owner: owner.id as PartnerCategory }, f, input);
      continue;
    }
    const resolved = resolveSubtypeValue(f, value);
    if (resolved === undefined) {
      const suggestion = suggestSubtypeValue(f, value);
      const expected = owner.subtype?.values ?? [];
      const params = { field: f, value: shown(value), category: owner.id as PartnerCategory, expected };
      report('invalid_subtype', suggestion === undefined ? params : { ...params, suggestion }, f, input);
      continue;
    }
    const impliedValue = implied[f];
    if (typeof impliedValue === 'string' && impliedValue !== resolved && categoryText !== undefined) {
      report('subtype_conflict', { field: f, value: resolved, implied: impliedValue, text: shown(categoryText) }, f, input);
      continue;
    }
    subtype = [f, resolved];
  }
  if (subtype === undefined && node?.subtype != null) {
    const impliedValue = implied[node.subtype.field];
    if (typeof impliedValue === 'string') subtype = [node.subtype.field, impliedValue];
  }

  const managedByText = text('managedBy', false);
  const managementText = text('management', false);
  let management: string | undefined;
  if (managementText !== undefined) {
    management = resolveManagementOption(managementText);
    if (management === undefined) {
      const suggestion = suggestManagementOption(managementText);
      report(
        'unknown_management',
        suggestion === undefined ? { value: shown(managementText) } : { value: shown(managementText), suggestion },
        'management',
        inputOf('management'),
      );
    }
  }
  const region = text('region', false);
  const tier = text('tier', false);
  const vertical = text('vertical', false);
  const country = text('country', false);

  if (issues.length > 0 || node === undefined || id === undefined || name === undefined) {
    return { ok: false, issues };
  }

  const record: Record<string, unknown> = { id, name, category: node.id, function: node.function };
  if (subtype !== undefined) record[subtype[0]] = subtype[1];
  if (managedByText !== undefined) record['managedBy'] = resolveUnit(managedByText) ?? managedByText;
  if (management !== undefined) record['management'] = management;
  if (region !== undefined) record['region'] = region;
  if (tier !== undefined) record['tier'] = tier;
  if (vertical !== undefined) record['vertical'] = vertical;
  if (country !== undefined) record['country'] = country;
  record['custom'] = custom;
  return { ok: true, record: record as PartnerRecord, warnings };
}

function located(
  code: string,
  params: object,
  index: number,
  field: string | undefined,
  input: Input | undefined,
  message: string,
): object {
  const at: Record<string, unknown> = { code, index, path: field === undefined ? [] : [field] };
  if (input !== undefined && field !== undefined && input.column !== field) at['column'] = input.column;
  at['received'] = input?.value;
  return { ...at, ...params, message };
}
