import { describe, expect, it } from 'vitest';
import { sv } from '../locales/sv.js';
import { parsePartnerRecords } from '../schema/parse-partner-records.js';
import { partnerCategories } from '../taxonomy/ids.js';
import { typicalManagement } from '../taxonomy/typical-management.js';
import { defaultRules } from './default-rules.js';
import { createRuleEngine } from './engine.js';
import { defaultEngine, explainWhyNot, recommend, recommendAll } from './recommend.js';

// The article's table, written out as it reads in TAXONOMY.md, independently of data.ts.
const table = {
  'formal-program': [
    'isv-ihv', 'platform', 'system-integrator', 'cloud-reseller', 'solution-reseller',
    'value-added-distributor', 'authorized-service', 'consulting-deployment',
  ],
  'formal-support': ['developer-community', 'sales-agent', 'epc', 'interoperability'],
  'one-to-one': ['oem'],
  sla: ['logistics-3pl', 'training-certification', 'financing'],
  'marketing-pr': ['government-agency', 'standards-body', 'open-source-community', 'academia', 'industry-analyst'],
} as const;

describe('recommend with the default rules', () => {
  it.each(Object.entries(table).flatMap(([option, categories]) => categories.map((c) => [c, option] as const)))(
    '%s → %s, from the article',
    (category, option) => {
      const result = recommend({ category });
      expect(result.option).toBe(option);
      expect(result.needs).toEqual([]);
      expect(result.trace.find((t) => t.outcome === 'chosen')).toMatchObject({ source: 'article', option });
    },
  );

  it('covers all 22 categories and agrees with typicalManagement', () => {
    expect(Object.values(table).flat().length + 1).toBe(partnerCategories.length); // + msp-cmsp
    for (const category of partnerCategories) {
      for (const stage of [undefined, 'pre-offer', 'post-offer'] as const) {
        const type = stage === undefined ? { category } : { category, stage };
        if (category !== 'msp-cmsp' && stage !== undefined) continue;
        expect(recommend(type).option, `${category} ${stage}`).toBe(typicalManagement(type as never));
      }
    }
  });

  it('follows the msp-cmsp stage, and explains it', () => {
    const pre = recommend({ category: 'msp-cmsp', stage: 'pre-offer' });
    expect(pre).toMatchObject({ option: 'one-to-one', decidedBy: 'article:msp-cmsp:pre-offer' });
    expect(pre.reason).toBe('msp-cmsp with stage pre-offer is typically managed by one-to-one management (source article)');
    expect(recommend({ category: 'msp-cmsp', stage: 'post-offer' }).option).toBe('formal-program');
  });

  it('is undecided without a stage: both candidates, and a trace that says the stage is needed', () => {
    const result = recommend({ category: 'msp-cmsp' });
    expect(result.option).toBeUndefined();
    expect(result.needs).toEqual(['stage']);
    expect(result.candidates.map((c) => [c.option, c.status])).toEqual([
      ['formal-program', 'pending'],
      ['one-to-one', 'pending'],
    ]);
    expect(result.trace.every((t) => t.outcome === 'pending' && t.needs?.includes('stage'))).toBe(true);
    expect(result.reason).toBe("'stage' is needed to choose between 'formal-program' and 'one-to-one'");
  });

  it('lets the specific developer-community rule win, and shows the influencer rule it beat', () => {
    const result = recommend({ category: 'developer-community' });
    expect(result.option).toBe('formal-support');
    expect(result.trace).toEqual([
      expect.objectContaining({ rule: 'article:developer-community', outcome: 'chosen' }),
      expect.objectContaining({ rule: 'article:influencer', outcome: 'outranked', outrankedBy: 'article:developer-community', option: 'marketing-pr' }),
    ]);
  });

  it('is undecided, never throwing, for records without a usable category', () => {
    for (const record of [{}, { category: 'resellr' }, null, 42, 'oem', [], { category: { toString: 1 } }]) {
      const result = recommend(record as never);
      expect(result.option).toBeUndefined();
      expect(result.needs).toContain('category');
    }
  });

  it('takes parsed records as they come', () => {
    const { records } = parsePartnerRecords([{ id: '1', name: 'A', category: 'CMSP', stage: 'Post offer' }]);
    expect(recommend(records[0]!).option).toBe('formal-program');
  });
});

describe('heuristics', () => {
  it('do nothing without a context', () => {
    const result = recommend({ category: 'system-integrator' });
    expect(result.trace.map((t) => t.source)).toEqual(['article']);
  });

  it('turn a powerful partner to one-to-one, visibly', () => {
    const result = recommend({ category: 'system-integrator' }, { power: 'partner' });
    expect(result.option).toBe('one-to-one');
    expect(result.trace).toEqual([
      expect.objectContaining({ rule: 'heuristic:partner-power', source: 'heuristic', outcome: 'chosen' }),
      expect.objectContaining({ rule: 'article:system-integrator', outcome: 'outranked' }),
    ]);
    expect(recommend({ category: 'academia' }, { power: 'partner' }).option).toBe('marketing-pr');
    expect(recommend({ category: 'system-integrator' }, { power: 'vendor' }).option).toBe('formal-program');
  });

  it('give a diverse segment formal support instead of a program', () => {
    expect(recommend({ category: 'solution-reseller' }, { homogeneity: 0.2 }).option).toBe('formal-support');
    expect(recommend({ category: 'solution-reseller' }, { homogeneity: 0.9 }).option).toBe('formal-program');
    expect(recommend({ category: 'logistics-3pl' }, { homogeneity: 0.2 }).option).toBe('sla');
  });

  it('let a stated industry convention win over the article', () => {
    const result = recommend({ category: 'value-added-distributor' }, { convention: 'sla' });
    expect(result).toMatchObject({ option: 'sla', decidedBy: 'heuristic:convention:sla' });
  });

  it('can be switched off', () => {
    const articleOnly = createRuleEngine({ rules: defaultRules({ heuristics: false }) });
    expect(articleOnly.decide({ category: 'system-integrator' }, { power: 'partner' })).toBe('formal-program');
  });
});

describe('recommendAll and the default engine', () => {
  it('recommends for a batch, with one context or one per record', () => {
    const records = [{ category: 'oem' }, { category: 'solution-reseller' }];
    expect(recommendAll(records).map((r) => r.option)).toEqual(['one-to-one', 'formal-program']);
    const perRecord = recommendAll(records, (_, i) => (i === 1 ? { homogeneity: 0.1 } : {}));
    expect(perRecord.map((r) => r.option)).toEqual(['one-to-one', 'formal-support']);
    expect(recommendAll(null as never)).toEqual([]);
  });

  it('gives the same option from decide as from recommend', () => {
    const engine = defaultEngine();
    for (const category of partnerCategories) {
      for (const context of [undefined, { power: 'partner' as const }, { homogeneity: 0.1 }]) {
        expect(engine.decide({ category }, context)).toBe(engine.recommend({ category }, context).option);
      }
    }
  });

  it('shares one default engine per language, English unless asked', () => {
    expect(defaultEngine()).toBe(defaultEngine());
    expect(defaultEngine(sv)).toBe(defaultEngine(sv));
    expect(defaultEngine(sv)).not.toBe(defaultEngine());
    expect(defaultEngine(sv).recommend({ category: 'oem' }).reason).toBe(
      createRuleEngine({ rules: defaultRules({ locale: sv }), locale: sv }).recommend({ category: 'oem' }).reason,
    );
    expect(defaultEngine().recommend({ category: 'oem' }).reason).toBe(recommend({ category: 'oem' }).reason);
  });

  it('writes reasons in Swedish with Swedish rules', () => {
    const engine = createRuleEngine({ rules: defaultRules({ locale: sv }), locale: sv });
    // Labels, not ids, and the glossary's wording ("vanligtvis genom individuell hantering").
    expect(engine.recommend({ category: 'oem' }).reason).toBe(
      'enligt källartikeln hanteras kategorin OEM vanligtvis genom individuell hantering (en-till-en)',
    );
    expect(engine.recommend({ category: 'msp-cmsp' }).reason).toBe(
      'fas behövs för att välja mellan formellt partnerprogram och individuell hantering (en-till-en)',
    );
  });
});

describe('explainWhyNot', () => {
  it('names the failing test with actual and expected values', () => {
    const why = explainWhyNot({ category: 'oem' }, 'formal-program');
    expect(why.recommended).toBe('one-to-one');
    const oemRule = why.rules.find((r) => r.rule === 'article:platform');
    expect(oemRule).toMatchObject({
      status: 'failed',
      failures: [{ path: 'when', field: 'category', operator: 'equals', expected: 'platform', actual: 'oem' }],
    });
  });

  it('says when a rule held but was outranked', () => {
    const why = explainWhyNot({ category: 'developer-community' }, 'marketing-pr');
    expect(why.rules.find((r) => r.rule === 'article:influencer')).toMatchObject({
      status: 'outranked',
      outrankedBy: 'article:developer-community',
      reasons: ['article:influencer also applies, but article:developer-community ranks higher'],
    });
  });

  it('points at the missing stage', () => {
    const why = explainWhyNot({ category: 'msp-cmsp', stage: 'pre-offer' }, 'formal-program');
    expect(why.rules.find((r) => r.rule === 'article:msp-cmsp:post-offer')?.failures).toEqual([
      { path: 'when.all[1]', field: 'stage', operator: 'equals', expected: 'post-offer', actual: 'pre-offer' },
    ]);
  });

  it('says so when no rule recommends the option', () => {
    const engine = createRuleEngine({ rules: [] });
    expect(engine.explainWhyNot({ category: 'oem' }, 'sla')).toMatchObject({ rules: [], reason: 'no rule recommends sla' });
  });
});
