import type { ManagementOption } from '../taxonomy/types.js';
import type { FailedTest } from './explain.js';
import type { RuleSource } from './types.js';

/**
 * One rule's part in a recommendation.
 * @example
 * ```ts
 * const entry: TraceEntry | undefined = recommend({ category: 'msp-cmsp', stage: 'pre-offer' }).trace[0];
 * entry?.rule // 'article:msp-cmsp:pre-offer'
 * entry?.outcome // 'chosen'
 * ```
 * @category Rules
 */
export interface TraceEntry {
  /** The rule's id. */
  readonly rule: string;
  /** Where the rule comes from; `'user'` when the rule does not say. */
  readonly source: RuleSource;
  /** The option the rule recommends. */
  readonly option: ManagementOption;
  /**
   * `chosen`: this rule decided; `outranked`: it fired but a higher-ranked rule decided;
   * `pending`: it may apply, but the record lacks the data (`needs`) to tell.
   */
  readonly outcome: 'chosen' | 'outranked' | 'pending';
  /** The rule's description: why it recommends what it does. */
  readonly reason: string;
  /**
   * For `outranked`: the rule that decided; absent when none did, because rules ranked
   * above this one lack data (the recommendation's `needs`).
   */
  readonly outrankedBy?: string;
  /** For `pending`: the fields the record lacks. */
  readonly needs?: readonly string[];
}

/**
 * An option some rule recommends for the record, with the best-ranked rule behind it.
 * @example
 * ```ts
 * const best: Candidate | undefined = recommend({ category: 'oem' }).candidates[0];
 * // { option: 'one-to-one', rule: 'article:oem', source: 'article', priority: 0, status: 'fired' }
 * ```
 * @category Rules
 */
export interface Candidate {
  /** An option some rule recommends for the record. */
  readonly option: ManagementOption;
  /** The id of the best-ranked rule that recommends it. */
  readonly rule: string;
  /** Where that rule comes from; `'user'` when the rule does not say. */
  readonly source: RuleSource;
  /** That rule's priority; 100 when the rule does not say. */
  readonly priority: number;
  /** `fired`: the rule's condition holds; `pending`: it may, once `needs` is known. */
  readonly status: 'fired' | 'pending';
}

/**
 * What the engine recommends for one record, and why.
 * @example
 * ```ts
 * const result: Recommendation = recommend({ category: 'msp-cmsp' });
 * result.option // undefined
 * result.needs // ['stage']
 * ```
 * @category Rules
 */
export interface Recommendation {
  /** The recommended option, or `undefined` when the rules cannot decide. */
  readonly option: ManagementOption | undefined;
  /** The rule that decided, when one did. */
  readonly decidedBy: string | undefined;
  /** One per option some rule recommends, best first. */
  readonly candidates: readonly Candidate[];
  /** Every rule that fired or may fire, in rank order. */
  readonly trace: readonly TraceEntry[];
  /** The fields the record lacks for a decision; empty when decided. */
  readonly needs: readonly string[];
  /** The decision in one sentence: the deciding rule's reason, or what is missing. */
  readonly reason: string;
}

/**
 * Why a record is not recommended an option: each rule that recommends it and what
 * stopped it.
 * @example
 * ```ts
 * const whyNot: WhyNot = explainWhyNot({ category: 'oem' }, 'sla');
 * whyNot.recommended // 'one-to-one'
 * whyNot.rules[0]?.status // 'failed'
 * ```
 * @category Rules
 */
export interface WhyNot {
  /** The option asked about. */
  readonly option: ManagementOption;
  /** What the record is recommended instead (which may be `option` itself). */
  readonly recommended: ManagementOption | undefined;
  /** Each rule that recommends `option`, in rank order; empty when none does. */
  readonly rules: readonly {
    /** The rule's id. */
    readonly rule: string;
    /** Where the rule comes from; `'user'` when the rule does not say. */
    readonly source: RuleSource;
    /**
     * `failed`: its condition does not hold (see `failures`); `outranked`: it holds but a
     * higher-ranked rule decided; `pending`: data is missing; `chosen`: it decided.
     */
    readonly status: 'failed' | 'outranked' | 'pending' | 'chosen';
    /** For `failed`: the tests that keep the condition from holding; empty otherwise. */
    readonly failures: readonly FailedTest[];
    /** For `outranked`: the rule that decided; absent when none did (the decision waits for data). */
    readonly outrankedBy?: string;
    /** Each failure, or the outranking, in words. */
    readonly reasons: readonly string[];
  }[];
  /** A sentence when no rule recommends the option at all. */
  readonly reason: string | undefined;
}
