import { describe, expect, it } from 'vitest';
import { createFieldSlots, read, toNumber } from './field-slots.js';
import { noContext } from './field-access.js';

describe('toNumber', () => {
  it.each([
    [12, 12],
    [0, 0],
    ['12', 12],
    [' 12.5 ', 12.5],
    ['0', 0],
    [' 0 ', 0],
    ['-3', -3],
  ])('reads %j as %d', (value, expected) => {
    expect(toNumber(value)).toBe(expected);
  });

  it.each([[''], ['   '], ['\t'], ['12 apples'], [null], [undefined], [true], [{}]])('reads %j as NaN', (value) => {
    expect(toNumber(value)).toBeNaN();
  });
});

describe('field slots', () => {
  it('gives one slot per field and one per number, however often asked', () => {
    const slots = createFieldSlots();
    const tier = slots.value('tier');
    expect(slots.value('tier')).toBe(tier);
    const revenue = slots.number('custom.revenue');
    expect(slots.number('custom.revenue')).toBe(revenue);
    expect(new Set([tier, revenue, slots.value('custom.revenue')]).size).toBe(3);
  });

  it('reads record, custom, derived and context fields when the frame is made', () => {
    const slots = createFieldSlots();
    const tier = slots.value('tier');
    const region = slots.value('region');
    const fn = slots.value('function');
    const revenue = slots.number('custom.revenue');
    const segment = slots.value('custom.segment');
    const power = slots.value('context.power');
    const frame = slots.frame(
      { category: 'oem', tier: 'Gold', region: '', custom: { revenue: ' 2500 ', segment: 'Enterprise' } },
      { power: 'partner' },
    );
    expect(read(frame, tier)).toBe('Gold');
    expect(read(frame, region)).toBeNull(); // blank is absent
    expect(read(frame, fn)).toBe('solution');
    expect(read(frame, revenue)).toBe(2500);
    expect(read(frame, segment)).toBe('Enterprise');
    expect(read(frame, power)).toBe('partner');
  });

  it('reads only own custom fields, whatever their names', () => {
    const slots = createFieldSlots();
    const ctor = slots.value('custom.constructor');
    const own = slots.value('custom.toString');
    const custom = Object.assign(Object.create({ constructor: 'inherited' }) as object, { toString: 'mine' });
    const frame = slots.frame({ category: 'oem', custom }, noContext);
    expect(read(frame, ctor)).toBeNull();
    expect(read(frame, own)).toBe('mine');
  });

  it('reads no custom field of a record without a custom object', () => {
    const slots = createFieldSlots();
    const score = slots.number('custom.score');
    const frame = slots.frame({ category: 'oem', custom: 'not an object' }, noContext);
    expect(read(frame, slots.value('custom.score'))).toBeNull();
    expect(read(frame, score)).toBeNaN();
  });

  it('reads what a plan names, with the field behind each number, and leaves the rest null', () => {
    const slots = createFieldSlots();
    const tier = slots.value('tier');
    const score = slots.number('custom.score');
    const plan = slots.plan([score]);
    const frame = slots.frame({ category: 'oem', tier: 'Gold', custom: { score: '70' } }, noContext, plan);
    expect(read(frame, score)).toBe(70);
    expect(read(frame, slots.value('custom.score'))).toBe('70');
    expect(read(frame, tier)).toBeNull();
  });

  it('reads slots added after an earlier frame', () => {
    const slots = createFieldSlots();
    slots.value('tier');
    slots.frame({ category: 'oem' }, noContext);
    const region = slots.value('region');
    expect(read(slots.frame({ category: 'oem', region: 'EMEA' }, noContext), region)).toBe('EMEA');
  });
});
