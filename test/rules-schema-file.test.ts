import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleFileJsonSchema } from '../src/rules/rule-schema.js';

describe('rules.schema.json', () => {
  it('is the schema the code exports (run `npm run build` to refresh it)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../rules.schema.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(ruleFileJsonSchema());
  });
});
