/**
 * The README's TypeScript examples, type-checked against the source: a renamed export, a
 * changed option or a wrong literal in the README fails here instead of in a reader's
 * editor. Each ```ts block is its own module. Blocks that continue an earlier one (no
 * `import` line) get an import of the package's exports they use, and every block may use
 * `rows` and `file`, the README's stand-ins for the reader's data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import { root } from './support/built-package.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Each ```ts block of the README, with the line it starts on. */
function codeBlocks(markdown: string): { readonly line: number; readonly code: string }[] {
  const blocks: { line: number; code: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```ts') continue;
    const end = lines.indexOf('```', i + 1);
    blocks.push({ line: i + 1, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

// The stand-ins the README's examples use for the reader's own data.
const standIns = 'declare const rows: readonly Record<string, unknown>[];\ndeclare const file: string;\n';

// A block as a module, and how many lines come before its code.
function moduleOf(code: string): { readonly text: string; readonly before: number } {
  if (/^import /m.test(code)) return { text: `${standIns}${code}\n`, before: 2 };
  const used = Object.keys(library).filter((name) => new RegExp(`\\b${name}\\b`).test(code));
  return { text: `import { ${used.join(', ')} } from 'partner-taxonomy';\n${standIns}${code}\nexport {};\n`, before: 3 };
}

describe('README', () => {
  const blocks = codeBlocks(readme);

  it('has TypeScript examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it('type-checks every TypeScript example against the library', { timeout: 60_000 }, () => {
    const modules = new Map(blocks.map((block) => [join(root, `readme-line-${block.line}.ts`), { block, ...moduleOf(block.code) }]));
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
      lib: ['lib.es2022.d.ts'],
      paths: { 'partner-taxonomy': [join(root, 'src', 'index.ts')] },
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.readFile = (name) => modules.get(name)?.text ?? readFile(name);
    host.fileExists = (name) => modules.has(name) || fileExists(name);
    const program = ts.createProgram([...modules.keys()], options, host);
    // Each problem as README.md:<line>, the line of the README it is on.
    const problems = ts.getPreEmitDiagnostics(program).flatMap((d) => {
      const module = d.file === undefined ? undefined : modules.get(d.file.fileName);
      if (module === undefined) return [];
      const { line } = (d.file as ts.SourceFile).getLineAndCharacterOfPosition(d.start ?? 0);
      return [`README.md:${module.block.line + line + 1 - module.before}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`];
    });
    expect(problems).toEqual([]);
  });
});
