import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every public name is semver surface and a page in the API docs: each must say what it
// is (a summary) and show how to use it (an @example), as STYLE.md asks; and every member
// of a public interface or type must say what it holds.
function publicApi(): { readonly checker: ts.TypeChecker; readonly exports: readonly ts.Symbol[] } {
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
  return { checker, exports: checker.getExportsOfModule(moduleSymbol) };
}

const { checker, exports } = publicApi();
const resolved = (exported: ts.Symbol): ts.Symbol =>
  exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
const fileOf = (node: ts.Node): string => node.getSourceFile().fileName.replace(/.*\/src\//, 'src/');

/** Whether a node has a doc comment with a summary (tags alone do not say what it holds). */
const hasSummary = (node: ts.Node): boolean =>
  ts.getJSDocCommentsAndTags(node).some((d) => ts.isJSDoc(d) && (typeof d.comment === 'string' ? d.comment.trim() !== '' : d.comment !== undefined));

function undocumentedExports(): string[] {
  const missing: string[] = [];
  for (const exported of exports) {
    const declaration = resolved(exported).declarations?.[0];
    if (declaration === undefined) continue;
    const documented = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
    const summary = hasSummary(documented);
    const example = ts.getJSDocTags(documented).some((t) => t.tagName.text === 'example');
    if (!summary || !example) {
      missing.push(`${exported.name} (${fileOf(declaration)})${summary ? '' : ' no summary'}${example ? '' : ' no @example'}`);
    }
  }
  return missing.sort();
}

/**
 * Every property and method written in a public interface or type alias, as
 * `Type.member (file)`, with whether it has a doc comment: the members of the type's object
 * types (each member of a union too) and of object types nested in a member's type
 * (`InventoryReport.required.missing`), but not the parameters of a function type, which
 * its own comment describes, nor the object types that only select or match a shape: the
 * pattern of `Extract<…, { subtype: object }>` or of a conditional type's `extends`, and
 * the object of an indexed access. Members a type inherits are checked where they are
 * written.
 */
const shapeKeeping: ReadonlySet<string> = new Set(['Readonly', 'Partial', 'Required', 'Array', 'ReadonlyArray', 'Simplify']);

function publicMembers(): { readonly name: string; readonly documented: boolean }[] {
  const members: { name: string; documented: boolean }[] = [];
  const visit = (node: ts.Node, path: string): void => {
    if (ts.isFunctionTypeNode(node) || ts.isConstructorTypeNode(node) || ts.isIndexedAccessTypeNode(node)) return;
    if (ts.isConditionalTypeNode(node)) {
      visit(node.trueType, path);
      visit(node.falseType, path);
      return;
    }
    // Wrappers keep the shape they are given; any other generic (Extract, Pick, …) is given
    // a pattern or a source to select from, not a shape of its own.
    if (ts.isTypeReferenceNode(node) && !shapeKeeping.has(node.typeName.getText())) return;
    if ((ts.isPropertySignature(node) || ts.isMethodSignature(node)) && node.name !== undefined) {
      const name = `${path}.${node.name.getText()}`;
      members.push({ name: `${name} (${fileOf(node)}:${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1})`, documented: hasSummary(node) });
      if (ts.isPropertySignature(node) && node.type !== undefined) visit(node.type, name);
      return;
    }
    node.forEachChild((child) => visit(child, path));
  };
  for (const exported of exports) {
    for (const declaration of resolved(exported).declarations ?? []) {
      if (ts.isInterfaceDeclaration(declaration)) declaration.members.forEach((m) => visit(m, exported.name));
      else if (ts.isTypeAliasDeclaration(declaration)) visit(declaration.type, exported.name);
    }
  }
  return members;
}

describe('public API docs', () => {
  it('gives every export a summary and an example', () => {
    expect(undocumentedExports()).toEqual([]);
  }, 60_000);

  it('says what every member of a public interface or type holds', () => {
    const members = publicMembers();
    const undocumented = members.filter((m) => !m.documented).map((m) => m.name);
    expect(members.length).toBeGreaterThan(200);
    expect(undocumented, `${undocumented.length} of ${members.length} public members have no doc comment:\n${undocumented.join('\n')}`).toEqual([]);
  }, 60_000);
});
