import type { PartnerCategory, PartnerFunction } from '../taxonomy/types.js';

/**
 * How an outside value relates to the taxonomy. The first four are SKOS mapping relations,
 * read from the outside value: `exact` (same meaning), `broader` (the outside value means
 * more than the target: "Technology Partner" covers more than ISVs), `narrower` (it means
 * less), `related`. Two more say what a picklist value is when it maps to no concept:
 * `unclassified` (a partner, but the value does not say which category, such as HubSpot's
 * "Partner") and `none` (not a partner at all, such as "Prospect").
 * @example const relation: MappingRelation = 'broader';
 * @category Crosswalk
 */
export type MappingRelation = 'exact' | 'broader' | 'narrower' | 'related' | 'unclassified' | 'none';

/**
 * What a mapping points at: a category or a whole function.
 * @example const target: MappingTarget = { kind: 'category', id: 'system-integrator' };
 * @category Crosswalk
 */
export type MappingTarget =
  | {
      /** A category of the taxonomy. */
      readonly kind: 'category';
      /** Its id. */
      readonly id: PartnerCategory;
    }
  | {
      /** A whole partner function. */
      readonly kind: 'function';
      /** Its id. */
      readonly id: PartnerFunction;
    };

/**
 * What every {@link Mapping} holds, whatever its relation: the value, why it maps as it
 * does, and whose judgement that is.
 * @example const base: MappingBase<'Partner'> = { value: 'Partner', rationale: 'A partner of any kind.', source: 'user' };
 * @category Crosswalk
 */
export interface MappingBase<V extends string> {
  /** The outside value, as the vocabulary spells it. */
  readonly value: V;
  /** Why the value maps as it does, in one line (English for the shipped vocabularies). */
  readonly rationale: string;
  /** Whose judgement the mapping is: this project's (shipped vocabularies) or its user's. */
  readonly source: 'project' | 'user';
}

/**
 * One value of an outside vocabulary and where it lands in the taxonomy. Every mapping is
 * this project's judgement (`source: 'project'`) or its user's (`'user'`), with a
 * one-line rationale; the source article maps no outside vocabulary.
 *
 * When rows are parsed with a vocabulary, a value becomes a category only when it says
 * which one (`exact` or `narrower` to a category). A partner value that does not
 * (`broader` or `related` to a category, any relation to a function, `unclassified`)
 * makes the row an unclassified partner, with `candidates` as its likely categories; a
 * `none` value makes it a skipped row.
 * @example salesforceAccountType.mappings.find((m) => m.value === 'Prospect')?.relation // 'none'
 * @category Crosswalk
 */
export type Mapping<V extends string = string> =
  | (MappingBase<V> & {
      /** How the value relates to its target, read from the value. */
      readonly relation: 'exact' | 'broader' | 'narrower' | 'related';
      /** The category or function the value maps to. */
      readonly target: MappingTarget;
      /**
       * The categories the value most often means, best first, when it does not name one
       * category itself; by default the target category alone.
       */
      readonly candidates?: readonly PartnerCategory[];
    })
  | (MappingBase<V> & {
      /** A partner, but the value says not of which category. */
      readonly relation: 'unclassified';
      /** No single concept. */
      readonly target: null;
      /** The categories the value most often means, best first; may be empty. */
      readonly candidates?: readonly PartnerCategory[];
    })
  | (MappingBase<V> & {
      /** Not a partner at all. */
      readonly relation: 'none';
      /** No concept. */
      readonly target: null;
    });

/**
 * An outside vocabulary: its values (a literal union for the shipped ones) and a mapping
 * for each, including an explicit `none` for values that are not partners.
 * @example salesforceAccountType.values.length // 7
 * @category Crosswalk
 */
export interface Vocabulary<V extends string = string> {
  /** A short name, as `--vocabulary` takes it: `'salesforce'`, `'hubspot'`, your own. */
  readonly id: string;
  /** The vocabulary's name for people, e.g. `'Salesforce Account Type'`. */
  readonly label: string;
  /** Every value of the vocabulary, in its own order. */
  readonly values: readonly V[];
  /** One mapping per value. */
  readonly mappings: readonly Mapping<V>[];
}
