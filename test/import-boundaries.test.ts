import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSource, formatViolation, isLibrarySource } from './support/import-scanner.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function librarySources(): string[] {
  return readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .map((path) => `src/${path.split(sep).join('/')}`)
    .filter(isLibrarySource)
    .sort();
}

describe('import boundaries in src/', () => {
  const files = librarySources();

  it('finds the library sources', () => {
    expect(files).toContain('src/index.ts');
    expect(files).toContain('src/taxonomy/data.ts');
    expect(files.some((f) => f.includes('.test'))).toBe(false);
  });

  it('has no node: imports outside cli, no imports of the index, no upward imports and no heavy zod', () => {
    const violations = files.flatMap((file) =>
      checkSource(file, readFileSync(join(root, file), 'utf8')),
    );
    const report = violations.map(formatViolation).join('\n');
    expect(violations, `import boundary violations:\n${report}`).toEqual([]);
  });
});

describe('checkSource (the scanner itself)', () => {
  const messages = (file: string, source: string): string[] =>
    checkSource(file, source).map(formatViolation);

  it('accepts downward and same-layer imports', () => {
    const source = [
      "import { categoryNodes } from '../taxonomy/data.js';",
      "import { en } from '../locales/en.js';",
      "import type { Rule } from './types.js';",
      "export * from '../resolve/resolve.js';",
    ].join('\n');
    expect(checkSource('src/rules/engine.ts', source)).toEqual([]);
  });

  it('treats taxonomy and locales as one layer', () => {
    expect(checkSource('src/taxonomy/lookup.ts', "import { en } from '../locales/en.js';")).toEqual([]);
    expect(checkSource('src/locales/en.ts', "import { deepFreeze } from '../taxonomy/deep-freeze.js';")).toEqual([]);
  });

  it('reports an upward import with its file and line', () => {
    const source = "import { x } from './data.js';\n\nimport { createRuleEngine } from '../rules/engine.js';";
    expect(messages('src/taxonomy/lookup.ts', source)).toEqual([
      expect.stringMatching(/^src\/taxonomy\/lookup\.ts:3 upward import: src\/taxonomy\/ .* src\/rules\//),
    ]);
  });

  it('counts type-only imports, re-exports, dynamic imports and require', () => {
    const source = [
      "import type { Rule } from '../rules/types.js';",
      "export { render } from '../render/markdown.js';",
      "const m = await import('../segment/segment-by.js');",
      "const c = require('../cli/io.js');",
    ].join('\n');
    expect(checkSource('src/schema/partner-record.ts', source).map((v) => v.line)).toEqual([1, 2, 3, 4]);
  });

  it('ignores imports in comments and TSDoc examples', () => {
    const source = [
      '/**',
      " * @example import { readFileSync } from 'node:fs';",
      ' */',
      "// import { z } from 'zod';",
      'export const a = 1;',
    ].join('\n');
    expect(checkSource('src/taxonomy/data.ts', source)).toEqual([]);
  });

  it('reports Node builtins outside src/cli/, with or without node:', () => {
    const source = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import { readFile } from 'fs/promises';",
      "import process from 'process';",
    ].join('\n');
    expect(checkSource('src/render/html.ts', source).map((v) => v.line)).toEqual([1, 2, 3, 4]);
    expect(messages('src/render/html.ts', source)[0]).toMatch(/^src\/render\/html\.ts:1 imports Node builtin 'node:fs'/);
    expect(checkSource('src/cli/io.ts', source)).toEqual([]);
  });

  it('reports importing src/index.ts from inside src', () => {
    expect(messages('src/rules/engine.ts', "import { en } from '../index.js';")).toEqual([
      expect.stringMatching(/^src\/rules\/engine\.ts:1 imports src\/index\.ts/),
    ]);
    expect(checkSource('src/cli/main.ts', "import { en } from '..';")).toHaveLength(1);
    expect(checkSource('src/cli/main.ts', "import { en } from 'partner-taxonomy';")).toHaveLength(1);
  });

  it('lets crosswalk import only taxonomy and locales, and lets layers above taxonomy import crosswalk', () => {
    expect(checkSource('src/crosswalk/naics.ts', "import { isPartnerCategory } from '../taxonomy/guards.js';")).toEqual([]);
    expect(checkSource('src/crosswalk/naics.ts', "import { en } from '../locales/en.js';")).toEqual([]);
    expect(checkSource('src/crosswalk/naics.ts', "import { resolvePartnerType } from '../resolve/resolve.js';")).toHaveLength(1);
    expect(checkSource('src/render/skos.ts', "import { naics } from '../crosswalk/naics.js';")).toEqual([]);
    expect(checkSource('src/taxonomy/data.ts', "import { naics } from '../crosswalk/naics.js';")).toHaveLength(1);
  });

  it('reports `z` imported from the classic zod entry, and accepts the shakeable forms', () => {
    expect(messages('src/schema/partner-record.ts', "import { z } from 'zod';")).toEqual([
      expect.stringMatching(/^src\/schema\/partner-record\.ts:1 imports z from 'zod'/),
    ]);
    expect(checkSource('src/schema/a.ts', "import { z as zod } from 'zod';")).toHaveLength(1);
    expect(checkSource('src/schema/a.ts', "import z from 'zod';")).toHaveLength(1);
    expect(checkSource('src/schema/a.ts', "import { z } from 'zod/v4';")).toHaveLength(1);
    expect(checkSource('src/schema/a.ts', "import * as z from 'zod/mini';")).toEqual([]);
    expect(checkSource('src/schema/a.ts', "import type { ZodMiniType } from 'zod/mini';")).toEqual([]);
  });

  it('reports a folder that is not in the layer table', () => {
    expect(messages('src/utils/strings.ts', 'export const a = 1;')).toEqual([
      expect.stringMatching(/^src\/utils\/strings\.ts:1 src\/utils\/ is not a known layer/),
    ]);
  });

  it('tells library sources from tests', () => {
    expect(isLibrarySource('src/rules/engine.ts')).toBe(true);
    expect(isLibrarySource('src/rules/engine.test.ts')).toBe(false);
    expect(isLibrarySource('src/rules/engine.test-d.ts')).toBe(false);
    expect(isLibrarySource('src/rules/engine.test-prop.ts')).toBe(false);
    expect(isLibrarySource('src/rules/README.md')).toBe(false);
  });
});
