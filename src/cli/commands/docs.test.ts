import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { en } from '../../locales/en.js';
import { sv } from '../../locales/sv.js';
import { taxonomySkos } from '../../render/taxonomy-skos.js';
import { runCli } from '../run-cli.js';

describe('docs --format skos', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docs-skos-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    { asked: [], languages: ['en', 'sv'], locales: [en, sv] },
    { asked: ['--locale', 'sv'], languages: ['sv', 'en'], locales: [sv, en] },
  ])('writes every shipped language in one file, the asked one first ($languages)', async ({ asked, languages, locales }) => {
    const file = join(dir, `taxonomy-${languages[0]}.jsonld`);
    const say = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runCli(['docs', '--format', 'skos', '--out', file, ...asked])).toBe(0);
    } finally {
      say.mockRestore();
    }
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc).toEqual(taxonomySkos({ locales }));
    const integrator = doc['@graph'].find((c: { notation?: string }) => c.notation === 'system-integrator');
    expect(Object.keys(integrator.prefLabel)).toEqual(languages);
  });
});
