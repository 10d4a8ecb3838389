/**
 * Finds import-boundary violations in library source. Kept apart from the test that
 * runs it over `src/`, so the rules themselves can be tested on synthetic source.
 *
 * Imports are read with the TypeScript parser, not a regex, so an `import` inside a
 * comment or a TSDoc example is never mistaken for a real one.
 */
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import ts from 'typescript';

/**
 * The layers of `src/`, bottom-up. A file may import its own layer or a lower one.
 *
 * taxonomy and locales share rank 0: locales are keyed by taxonomy ids (locales →
 * taxonomy), and the lookups in `taxonomy/lookup.ts` return labels in a locale, English
 * by default (taxonomy → locales). They are one layer split by concern, not two layers.
 */
export const layerRank: Readonly<Record<string, number>> = {
  taxonomy: 0,
  locales: 0,
  resolve: 1,
  schema: 2,
  rules: 3,
  segment: 4,
  inventory: 5,
  render: 6,
  cli: 7,
};

/**
 * crosswalk maps external vocabularies onto our ids, so it needs only the taxonomy (and
 * the locales, which share the taxonomy's layer, for the messages of user vocabularies).
 * Anything above the taxonomy layer may import it; it may import only taxonomy and locales.
 */
const crosswalk = 'crosswalk';
const crosswalkMayImport: ReadonlySet<string> = new Set(['taxonomy', 'locales', crosswalk]);

/** The only folder allowed to touch Node builtins. */
const nodeOnlyLayer = 'cli';

/** The package's own name: importing it from inside src is importing src/index.ts. */
const packageName = 'partner-taxonomy';

/** zod entry points whose `z` is the whole classic API and defeats tree-shaking. */
const heavyZod = /^zod(\/v4(\/classic)?|\/v3)?$/;

const builtins: ReadonlySet<string> = new Set(
  builtinModules.flatMap((name) => [name, name.split('/')[0] ?? name]),
);

/** One import or re-export found in a file. */
export interface ImportRef {
  readonly line: number;
  readonly specifier: string;
  /** Local names bound by a named import (`{ z }` or `{ z as zod }` gives `z`). */
  readonly named: readonly string[];
  /** Whether the import has a default binding (`import z from 'zod'`). */
  readonly hasDefault: boolean;
}

/** One broken rule, located for the failure message. */
export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Formats a violation as `file:line message`, the shape editors link to. */
export const formatViolation = (v: Violation): string => `${v.file}:${v.line} ${v.message}`;

/**
 * Lists every static import, re-export, `import()` and `require()` with a string
 * specifier in a TypeScript source text.
 */
export function findImports(source: string, fileName = 'source.ts'): ImportRef[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const refs: ImportRef[] = [];
  const lineOf = (node: ts.Node): number =>
    file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      refs.push({
        line: lineOf(node),
        specifier: node.moduleSpecifier.text,
        named:
          bindings !== undefined && ts.isNamedImports(bindings)
            ? bindings.elements.map((el) => (el.propertyName ?? el.name).text)
            : [],
        hasDefault: clause?.name !== undefined,
      });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      refs.push({ line: lineOf(node), specifier: node.moduleSpecifier.text, named: [], hasDefault: false });
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      refs.push({
        line: lineOf(node),
        specifier: node.moduleReference.expression.text,
        named: [],
        hasDefault: true,
      });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      refs.push({ line: lineOf(node), specifier: node.arguments[0].text, named: [], hasDefault: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return refs;
}

/** The top folder under `src/` of a path such as `src/rules/engine.ts`, or `''` at the root. */
function layerOf(srcPath: string): string {
  const parts = srcPath.split('/');
  return parts.length > 2 ? (parts[1] ?? '') : '';
}

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtins.has(specifier);
}

/**
 * Checks one file's imports against the boundary rules.
 * @param file - The file's path from the repository root, with `/`, e.g. `src/rules/engine.ts`.
 * @param source - Its TypeScript text.
 * @returns The violations, in source order; empty when the file is clean.
 */
export function checkSource(file: string, source: string): Violation[] {
  const violations: Violation[] = [];
  const fromLayer = layerOf(file);
  const report = (line: number, message: string): void => {
    violations.push({ file, line, message });
  };

  if (fromLayer !== '' && fromLayer !== crosswalk && !(fromLayer in layerRank)) {
    report(1, `src/${fromLayer}/ is not a known layer: add it to layerRank in test/support/import-scanner.ts`);
  }

  for (const ref of findImports(source, file)) {
    const { specifier, line } = ref;

    // (i) Node builtins only under src/cli/: the main entry must run in a browser.
    if (isNodeBuiltin(specifier) && fromLayer !== nodeOnlyLayer) {
      report(line, `imports Node builtin '${specifier}'; only src/${nodeOnlyLayer}/ may (the main entry must bundle for the browser)`);
      continue;
    }

    // (iv) zod the shakeable way: `import * as z from 'zod/mini'`, never `{ z }` or a default.
    if (heavyZod.test(specifier) && (ref.named.includes('z') || ref.hasDefault)) {
      report(line, `imports z from '${specifier}'; use \`import * as z from 'zod/mini'\` so unused schemas tree-shake`);
      continue;
    }

    if (specifier === packageName || specifier.startsWith(`${packageName}/`)) {
      report(line, `imports '${specifier}' (src/index.ts) from inside src; import the module itself`);
      continue;
    }
    if (!specifier.startsWith('.')) continue;

    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    const targetTs = target.replace(/\.(c|m)?js$/, '.$1ts');

    // (ii) The index is the public surface; importing it from inside makes cycles.
    if (targetTs === 'src/index.ts' || target === 'src' || target === 'src/index') {
      report(line, `imports src/index.ts ('${specifier}'); import the module itself`);
      continue;
    }

    // (iii) Layers: downward or sideways only.
    const toLayer = layerOf(targetTs);
    if (fromLayer === '' || toLayer === '' || toLayer === fromLayer) continue;
    if (fromLayer === crosswalk) {
      if (!crosswalkMayImport.has(toLayer)) {
        report(line, `crosswalk may import only taxonomy and locales, but imports src/${toLayer}/ ('${specifier}')`);
      }
      continue;
    }
    const fromRank = layerRank[fromLayer];
    if (fromRank === undefined) continue; // reported above as an unknown layer
    const toRank = toLayer === crosswalk ? 0.5 : layerRank[toLayer];
    if (toRank === undefined) {
      report(line, `imports src/${toLayer}/, which is not a known layer ('${specifier}')`);
    } else if (toRank > fromRank) {
      report(line, `upward import: src/${fromLayer}/ (layer ${fromRank}) imports src/${toLayer}/ ('${specifier}'); move the shared code down a layer`);
    }
  }
  return violations;
}

/** Whether a path under src/ is library source (not a test of any kind). */
export const isLibrarySource = (path: string): boolean =>
  path.endsWith('.ts') && !/\.test(-d|-prop)?\.ts$/.test(path);
