import { crosswalk } from '../crosswalk/crosswalk.js';
import { readMapping } from '../crosswalk/read-mapping.js';
import type { Vocabulary } from '../crosswalk/types.js';
import { shown } from '../locales/shown.js';
import type { MessageParams } from '../locales/types.js';
import { resolveGenericLabel } from '../resolve/generic-labels.js';
import { resolvePartnerFunction } from '../resolve/resolve-names.js';
import { resolvePartnerType, suggestPartnerCategory } from '../resolve/resolve-partner-type.js';
import { categoryById } from '../taxonomy/category-index.js';
import type { NodeStatus } from '../taxonomy/node-types.js';
import type { CategoryNode, PartnerCategory, PartnerFunction, PartnerType } from '../taxonomy/types.js';
import type { UnclassifiedCode } from './issues.js';

/**
 * What a category cell makes of its row. One function decides it for every row, so the
 * order below is the whole policy: a vocabulary's mapping first (the user chose it), then
 * a category that text names with one reading, then the readings that leave a partner
 * without a category, and only then an error.
 * @internal
 */
export type CategoryReading =
  | {
      readonly kind: 'category';
      readonly node: CategoryNode;
      /** The category and the subtype the text implies ("ISV" → `kind: 'isv'`). */
      readonly type: PartnerType;
    }
  | {
      readonly kind: 'unclassified';
      readonly code: UnclassifiedCode;
      readonly params: MessageParams[UnclassifiedCode];
      readonly candidates: readonly PartnerCategory[];
      readonly function: PartnerFunction | undefined;
      readonly vocabulary?: string;
    }
  | { readonly kind: 'skipped'; readonly params: MessageParams['not_a_partner'] }
  | {
      readonly kind: 'error';
      readonly code: 'unknown_category' | 'unmapped_value';
      readonly params: MessageParams['unknown_category' | 'unmapped_value'];
    };

const noCandidates: readonly PartnerCategory[] = Object.freeze([]);

/**
 * Reads a trimmed category cell, with the vocabulary the column speaks, if any.
 * @internal
 */
export function readCategory(text: string, vocabulary: Vocabulary | undefined, known: readonly Vocabulary[] = []): CategoryReading {
  if (text === '') {
    return { kind: 'unclassified', code: 'missing_category', params: {}, candidates: noCandidates, function: undefined };
  }
  const value = shown(text);
  const mapping = vocabulary === undefined ? undefined : crosswalk(vocabulary, text);
  if (mapping !== undefined && vocabulary !== undefined) {
    const reading = readMapping(mapping);
    if (reading.kind === 'category') return category(reading.category, { category: reading.category });
    if (reading.kind === 'not-partner') {
      return { kind: 'skipped', params: { value, vocabulary: vocabulary.id, rationale: mapping.rationale } };
    }
    const { candidates } = reading;
    return {
      kind: 'unclassified',
      code: 'unclassified_value',
      params: { value, vocabulary: vocabulary.id, rationale: mapping.rationale, candidates },
      candidates,
      function: reading.function,
      vocabulary: vocabulary.id,
    };
  }

  const match = resolvePartnerType(text);
  if (match !== undefined && match.alternatives.length === 0) return category(match.type.category, match.type);
  if (match !== undefined) {
    const candidates = [match.type.category, ...match.alternatives];
    return unclassified('ambiguous_category', { value, candidates }, candidates);
  }
  const fn = resolvePartnerFunction(text);
  if (fn !== undefined) return { ...unclassified('function_only', { value, function: fn }, noCandidates), function: fn };
  const generic = resolveGenericLabel(text);
  if (generic !== undefined) {
    return { ...unclassified('generic_category', { value, candidates: generic.candidates }, generic.candidates), function: generic.function };
  }

  const suggestion = suggestPartnerCategory(text);
  const vocabularies = known.filter((v) => v.id !== vocabulary?.id && crosswalk(v, text) !== undefined).map((v) => v.id);
  const hints = {
    ...(suggestion === undefined ? {} : { suggestion }),
    ...(vocabularies.length === 0 ? {} : { vocabularies }),
  };
  return vocabulary === undefined
    ? { kind: 'error', code: 'unknown_category', params: { value, ...hints } }
    : { kind: 'error', code: 'unmapped_value', params: { value, vocabulary: vocabulary.id, ...hints } };
}

function category(id: PartnerCategory, type: PartnerType): CategoryReading {
  return { kind: 'category', node: categoryById.get(id) as CategoryNode, type };
}

function unclassified(
  code: UnclassifiedCode,
  params: MessageParams[UnclassifiedCode],
  candidates: readonly PartnerCategory[],
): CategoryReading & { kind: 'unclassified' } {
  return { kind: 'unclassified', code, params, candidates, function: undefined };
}

/**
 * The category's replacement, when the taxonomy has deprecated it.
 * @internal
 */
export function replacementOf(node: CategoryNode): string | undefined {
  const status = node as NodeStatus;
  return status.status === 'deprecated' ? status.replacedBy : undefined;
}
