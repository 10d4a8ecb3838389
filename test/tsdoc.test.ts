import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every public name is semver surface and a page in the API docs: each must say what it
// is (a summary) and show how to use it (an @example), as STYLE.md asks.
function undocumentedExports(): string[] {
  const entry = new URL('../src/index.ts', import.meta.url).pathname;
  const program = ts.createProgram([entry], {
    strict: true,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error('cannot read src/index.ts');
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (declaration === undefined) continue;
    const docs = ts.getJSDocCommentsAndTags(
      ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration,
    );
    const summary = docs.some((d) => ts.isJSDoc(d) && typeof d.comment === 'string' ? d.comment.trim() !== '' : ts.isJSDoc(d) && d.comment !== undefined);
    const example = ts.getJSDocTags(ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration).some((t) => t.tagName.text === 'example');
    if (!summary || !example) {
      const file = declaration.getSourceFile().fileName.replace(/.*\/src\//, 'src/');
      missing.push(`${exported.name} (${file})${summary ? '' : ' no summary'}${example ? '' : ' no @example'}`);
    }
  }
  return missing.sort();
}

describe('public API docs', () => {
  it('gives every export a summary and an example', () => {
    expect(undocumentedExports()).toEqual([]);
  }, 60_000);
});
