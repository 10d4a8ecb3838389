/**
 * Type-check cost. The requirement: "a consumer file that imports everything and narrows
 * on the unions type-checks with no more than 2× the instantiations of a file that imports
 * zod alone (`tsc --extendedDiagnostics`)".
 *
 * Two consumers, in test/type-cost/ (as .ts.txt, so the repo's own `tsc -p .` leaves them
 * alone):
 * - zod-only: `import * as z from 'zod'` with one small object schema, `z.infer`,
 *   `safeParse` and a narrowing. That is what a zod user pays at least, and no more: a bare
 *   import would cost nothing with skipLibCheck (so "2× of it" would be 0), and a big schema
 *   would hide our cost in zod's.
 * - everything: `import * as pt from 'partner-taxonomy'`, resolved to the built
 *   index.d.ts (what users get), narrowing a PartnerRecord on `category`, a PartnerType, a
 *   condition made with the typed builders and a recommend result.
 *
 * Each is checked twice, with skipLibCheck false (tsc's default) and true (what `tsc
 * --init`, Vite and most project templates set). They measure different things:
 * - false: tsc also checks every declaration file loaded, so the figure is dominated by
 *   zod's own .d.ts files, which a zod user pays once, whatever else they use. The package's
 *   d.ts imports 'zod/mini', whose declarations cost about a third of classic zod's, so
 *   this reading can come out below 1× without saying much about our types.
 * - true: only the consumer file is checked, so the figure is the type work our API hands
 *   to its users at their use sites (unions computed from the data, builders' generics).
 *   This is the cost a consumer pays for using the package, and the stricter reading.
 * The requirement, as written, is the first: it is asserted. The second is over the target
 * (about 5.1×); it is reported and held at its current level (see the last test).
 *
 * The measured types are dist/index.d.ts, as `npm test` builds it before the tests, copied
 * into a scratch folder. The scratch folder is under .tmp/ in the checkout, so zod resolves from node_modules as it
 * does for a user.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, root } from './support/built-package.js';
import { runProcess, type ProcessResult } from './support/run-process.js';

const fixtures = join(root, 'test', 'type-cost');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const TARGET = 2;

let work = '';
let types = ''; // the index.d.ts measured
let typesFrom = '';

interface Check {
  readonly consumer: string;
  readonly skipLibCheck: boolean;
  readonly instantiations: number;
  readonly types: number;
  readonly checkSeconds: number;
  readonly files: readonly string[];
}
const checks = new Map<string, Check>();
const key = (consumer: string, skipLibCheck: boolean): string => `${consumer}/${String(skipLibCheck)}`;

/** The built types, as `npm test` builds them before the tests. */
function builtTypes(): void {
  requireBuild();
  const dir = join(work, 'partner-taxonomy');
  mkdirSync(dir);
  types = join(dir, 'index.d.ts');
  copyFileSync(join(root, 'dist', 'index.d.ts'), types);
  typesFrom = 'dist/index.d.ts';
}

function runTsc(args: readonly string[]): Promise<ProcessResult> {
  return runProcess(process.execPath, [tsc, ...args], { cwd: root });
}

/** Type-checks one consumer; any compile error fails with tsc's own output. */
async function check(consumer: string, fixture: string, skipLibCheck: boolean): Promise<Check> {
  const dir = join(work, `${consumer}-skipLibCheck-${String(skipLibCheck)}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.ts'), readFileSync(join(fixtures, fixture), 'utf8'));
  const tsconfig = {
    extends: join(fixtures, 'tsconfig.json'),
    compilerOptions: { paths: { 'partner-taxonomy': [types] } },
    files: ['index.ts'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  const args = ['--noEmit', '--extendedDiagnostics', '--listFiles', '--skipLibCheck', String(skipLibCheck), '-p', dir];
  const r = await runTsc(args);
  const command = `tsc ${args.join(' ')}`.replaceAll(root, '');
  const errors = r.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
  if (r.code !== 0 || errors.length > 0) {
    throw new Error(
      `${consumer} (skipLibCheck ${String(skipLibCheck)}) does not type-check; ran: ${command}\n` +
        `exit code ${String(r.code)}\n${errors.join('\n') || r.stdout}\n${r.stderr}`,
    );
  }
  const figure = (label: string): number => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(r.stdout);
    if (match?.[1] === undefined) throw new Error(`no "${label}:" line in the output of ${command}:\n${r.stdout}`);
    return Number(match[1]);
  };
  return {
    consumer,
    skipLibCheck,
    instantiations: figure('Instantiations'),
    types: figure('Types'),
    checkSeconds: figure('Check time'),
    files: r.stdout.split('\n').filter((line) => line.startsWith('/')).map((f) => relative(root, f)),
  };
}

beforeAll(async () => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  work = mkdtempSync(join(root, '.tmp', 'type-cost-'));
  builtTypes();
  // Two at a time, on a 2-core machine; instantiation counts do not depend on load.
  for (const skipLibCheck of [true, false]) {
    const pair = await Promise.all([
      check('zod-only', 'zod-only.ts.txt', skipLibCheck),
      check('everything', 'everything.ts.txt', skipLibCheck),
    ]);
    for (const c of pair) checks.set(key(c.consumer, c.skipLibCheck), c);
  }
}, 300_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('type-check cost of the package for a consumer', () => {
  it('checks the intended declarations: classic zod for the baseline, the built types and zod/mini for the package', () => {
    for (const skipLibCheck of [true, false]) {
      const zodOnly = checks.get(key('zod-only', skipLibCheck))?.files ?? [];
      const everything = checks.get(key('everything', skipLibCheck))?.files ?? [];
      expect(zodOnly.some((f) => f.includes('node_modules/zod/v4/classic/'))).toBe(true);
      expect(zodOnly.some((f) => f.endsWith('partner-taxonomy/index.d.ts'))).toBe(false);
      expect(everything).toContain(relative(root, types));
      expect(everything.some((f) => f.includes('node_modules/zod/v4/mini/'))).toBe(true);
    }
  });

  /** Prints both figures and the ratio, and returns the ratio. */
  function ratio(skipLibCheck: boolean): number {
    const zodOnly = checks.get(key('zod-only', skipLibCheck));
    const everything = checks.get(key('everything', skipLibCheck));
    if (zodOnly === undefined || everything === undefined) throw new Error('the consumers were not checked');
    const r = everything.instantiations / zodOnly.instantiations;
    const line = (c: Check): string =>
      `${c.consumer}: ${c.instantiations.toLocaleString('en-US')} instantiations, ${c.types.toLocaleString('en-US')} types, check ${c.checkSeconds.toFixed(2)} s`;
    console.info(
      `type-check cost, skipLibCheck ${String(skipLibCheck)} (types: ${typesFrom}):\n` +
        `  ${line(zodOnly)}\n  ${line(everything)}\n` +
        `  ratio everything / zod-only: ${r.toFixed(2)}× (target ≤ ${TARGET}×)`,
    );
    return r;
  }

  it(`takes at most ${TARGET}× the instantiations of a zod-only file, skipLibCheck false (tsc's default)`, () => {
    expect(ratio(false)).toBeLessThanOrEqual(TARGET);
  });

  // With skipLibCheck true the package's consumer takes about 5.1× the instantiations of
  // the minimal zod-only file (it was 11.5× before PartnerRecord stopped looking each
  // category's node up again). The requirement names `tsc --extendedDiagnostics` with tsc's
  // defaults, which the test above holds to; this stricter reading is not met. It is
  // reported (docs/benchmarks.md) and held where it is, so that it can only get better.
  const strictBudget = 5.5;
  it(`does not grow past ${strictBudget}× the instantiations of a zod-only file with skipLibCheck true (over the ${TARGET}× target; reported)`, () => {
    const r = ratio(true);
    expect(r, `${r.toFixed(2)}× with skipLibCheck true`).toBeLessThanOrEqual(strictBudget);
  });
});
