import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { partnerRecordJsonSchema } from '../src/index.js';

describe('partner-record.schema.json', () => {
  it('is the schema the code exports (run `npm run build` to refresh it)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../partner-record.schema.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(partnerRecordJsonSchema());
  });
});
