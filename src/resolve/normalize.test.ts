import { describe, expect, it } from 'vitest';
import { matchKey } from './normalize.js';

describe('matchKey', () => {
  it.each([
    ['Systemintegratör', 'systemintegrator'],
    ['  SYSTEM-INTEGRATORS ', 'system integrator'],
    ['Value-Added Distributor', 'value added distributor'],
    ['Marketing & PR', 'marketing pr'],
    ['Marknadsföring och PR', 'marknadsforing pr'],
    ['Platform Partners', 'platform'],
    ['MSP/CMSP', 'msp cmsp'],
    ['3PL', '3pl'],
    ['E.P.C.', 'epc'],
    ['a', ''],
    ['Business', 'business'],
    ['', ''],
    ['— !!', ''],
  ])('%j → %j', (text, key) => {
    expect(matchKey(text)).toBe(key);
  });
});
