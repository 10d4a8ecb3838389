import * as z from 'zod/mini';
import { enVocabularyText } from '../locales/en-vocabulary.js';
import type { Locale, ValueKind } from '../locales/types.js';
import { deepFreeze } from '../taxonomy/deep-freeze.js';
import { isPartnerCategory, isPartnerFunction } from '../taxonomy/guards.js';
import type { Mapping, Vocabulary } from './types.js';

/**
 * A problem in a user vocabulary, with its path (`mappings[2].target.id`) and message.
 * @example const problem: VocabularyProblem = { path: 'mappings[0].target.id', message: "'resellr' is not a partner category" };
 * @category Crosswalk
 */
export interface VocabularyProblem {
  /** Where in the file, e.g. `mappings[2].target.id`; empty for the file as a whole. */
  readonly path: string;
  /** What is wrong, in the chosen locale. */
  readonly message: string;
}

const text = () => z.string().check(z.minLength(1));
const vocabularySchema = /* @__PURE__ */ z.object({
  id: text(),
  label: z.optional(z.string()),
  values: z.array(text()),
  mappings: z.array(
    z.object({
      value: text(),
      relation: z.enum(['exact', 'broader', 'narrower', 'related', 'unclassified', 'none']),
      target: z.nullable(z.object({ kind: z.enum(['category', 'function']), id: text() })),
      candidates: z.optional(z.array(text())),
      rationale: z.optional(z.string()),
    }),
  ),
});

const pathOf = (keys: readonly PropertyKey[]): string =>
  keys.reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : path === '' ? String(key) : `${path}.${String(key)}`), '');

/**
 * Checks and loads your own vocabulary (say, your CRM's custom partner picklist) from
 * JSON: `{ id, label?, values: [...], mappings: [{ value, relation, target, candidates?,
 * rationale? }] }`. Every value must have a mapping (`unclassified` for a partner value
 * that names no category, `none` for values that are not partners), targets and
 * candidates must be real ids, and every problem is listed with its path. Other keys
 * (such as the `count` that `draftVocabulary` writes) are allowed and ignored.
 * @param data - Parsed JSON.
 * @param options - The message locale.
 * @returns The frozen vocabulary (mappings marked `source: 'user'`), or every problem.
 * @example parseVocabulary({ id: 'crm', values: ['VAR'], mappings: [{ value: 'VAR', relation: 'exact', target: { kind: 'category', id: 'solution-reseller' } }] }).ok // true
 * @category Crosswalk
 */
export function parseVocabulary(
  data: unknown,
  options: { readonly locale?: Pick<Locale, 'valueKinds' | 'vocabularyProblems'> } = {},
): { readonly ok: true; readonly vocabulary: Vocabulary } | { readonly ok: false; readonly problems: readonly VocabularyProblem[] } {
  const locale = options.locale ?? enVocabularyText;
  const t = locale.vocabularyProblems;
  // What belongs at a path, in the locale's words: a kind of value, or the values allowed.
  const expected = (issue: z.core.$ZodIssue): string | undefined => {
    if (issue.code === 'invalid_value') return issue.values.map((v) => `'${String(v)}'`).join(', ');
    if (issue.code !== 'invalid_type') return undefined;
    return Object.hasOwn(locale.valueKinds, issue.expected) ? locale.valueKinds[issue.expected as ValueKind] : issue.expected;
  };
  const parsed = vocabularySchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const what = expected(issue);
        return { path: pathOf(issue.path), message: t.shape(what === undefined ? {} : { expected: what }) };
      }),
    };
  }
  const { id, label, values, mappings } = parsed.data;
  const problems: VocabularyProblem[] = [];
  const firstIndex = new Map<string, number>();
  values.forEach((value, i) => {
    const first = firstIndex.get(value);
    if (first !== undefined) problems.push({ path: `values[${i}]`, message: t.duplicateValue({ value, firstIndex: first }) });
    else firstIndex.set(value, i);
  });
  mappings.forEach((m, i) => {
    if (!firstIndex.has(m.value)) problems.push({ path: `mappings[${i}].value`, message: t.unlistedValue({ value: m.value }) });
    const targetless = m.relation === 'none' || m.relation === 'unclassified';
    if (targetless && m.target !== null) problems.push({ path: `mappings[${i}].target`, message: t.targetForNone({ relation: m.relation }) });
    if (!targetless && m.target === null) problems.push({ path: `mappings[${i}].target`, message: t.missingTarget({ relation: m.relation }) });
    m.candidates?.forEach((candidate, j) => {
      if (!isPartnerCategory(candidate)) problems.push({ path: `mappings[${i}].candidates[${j}]`, message: t.unknownTarget({ id: candidate, kind: 'category' }) });
    });
    if (m.relation === 'none' && m.candidates !== undefined) problems.push({ path: `mappings[${i}].candidates`, message: t.candidatesForNone() });
    if (m.target !== null) {
      const known = m.target.kind === 'category' ? isPartnerCategory(m.target.id) : isPartnerFunction(m.target.id);
      if (!known) problems.push({ path: `mappings[${i}].target.id`, message: t.unknownTarget({ id: m.target.id, kind: m.target.kind }) });
    }
  });
  values.forEach((value, i) => {
    if (!mappings.some((m) => m.value === value)) problems.push({ path: `values[${i}]`, message: t.unmappedValue({ value }) });
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    vocabulary: deepFreeze({
      id,
      label: label ?? id,
      values,
      mappings: mappings.map(({ candidates, ...m }) => ({ ...m, ...(candidates === undefined ? {} : { candidates }), rationale: m.rationale ?? '', source: 'user' }) as Mapping),
    }),
  };
}
