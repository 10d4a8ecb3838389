/**
 * The consumer matrix: every kind of user, served from the packed tarball rather than the
 * source tree. The package is packed from the checkout as `npm test` built it (dist/ and
 * the schema files), installed once into a throwaway root in the temp dir, and used from one small project per consumer
 * beneath it, each with its own package.json ("type") and, for TypeScript, its own
 * tsconfig: ESM `import`, CommonJS `require`, type checks under node16 (ESM and CJS) and
 * bundler resolution, an esbuild browser bundle run in an empty `vm` context, and the CLI
 * through the package's `bin`. The consumers' sources are in test/consumers/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, root } from './support/built-package.js';
import { runProcess } from './support/run-process.js';

const fixtures = join(root, 'test', 'consumers');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
// The zod the repo is tested with: the npm cache holds it after `npm ci`.
const zodPackage = JSON.parse(readFileSync(join(root, 'node_modules', 'zod', 'package.json'), 'utf8')) as { version: string };

let work = '';
let consumers = '';
let version = '';

interface Run {
  readonly consumer: string;
  readonly command: string;
  readonly cwd: string;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(consumer: string, command: string, args: readonly string[], cwd: string): Promise<Run> {
  const env = { NO_COLOR: '1', npm_config_update_notifier: 'false' };
  const result = await runProcess(command, args, { cwd, env }).catch((error: unknown) => {
    throw new Error(`consumer "${consumer}" could not run ${command}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return { consumer, command: [command, ...args].join(' '), cwd, ...result };
}

/** Which consumer ran what, in which folder, and everything it printed: the failure message. */
function report(r: Run): string {
  return [
    `consumer "${r.consumer}" ran: ${r.command}`,
    `in: ${r.cwd}`,
    `exit code: ${String(r.code)}`,
    `--- stdout ---\n${r.stdout.trimEnd()}`,
    `--- stderr ---\n${r.stderr.trimEnd()}`,
  ].join('\n');
}

function succeeded(r: Run): Run {
  if (r.code !== 0) throw new Error(report(r));
  return r;
}

/** A consumer's project: its own folder under the shared install, with its own package.json. */
function project(name: string, type: 'module' | 'commonjs', files: Readonly<Record<string, string>>): string {
  const dir = join(consumers, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true, type }, null, 2)}\n`);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

beforeAll(async () => {
  const started = Date.now();
  const lap = (() => {
    let last = started;
    return (): string => {
      const now = Date.now();
      const took = `${((now - last) / 1000).toFixed(1)} s`;
      last = now;
      return took;
    };
  })();
  work = mkdtempSync(join(tmpdir(), 'partner-taxonomy-consumers-'));

  // Pack the checkout as built, with npm's own rules (package.json's `files`).
  requireBuild();
  const packed = succeeded(await run('pack', 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
  const [pack] = JSON.parse(packed.stdout) as [{ filename: string; version: string; files: { path: string }[] }];
  const shipped = pack.files.map((f) => f.path);
  for (const file of ['package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']) {
    if (!shipped.includes(file)) throw new Error(`the tarball lacks ${file}; it holds: ${shipped.join(', ')}`);
  }
  version = pack.version;
  const tarball = join(work, pack.filename);
  const packTook = lap();

  // One install for every consumer: each resolves node_modules from this parent folder.
  consumers = join(work, 'consumers');
  mkdirSync(consumers);
  writeFileSync(join(consumers, 'package.json'), `${JSON.stringify({ name: 'consumers', private: true }, null, 2)}\n`);
  succeeded(
    await run(
      'install',
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball, `zod@${zodPackage.version}`],
      consumers,
    ),
  );
  console.info(`consumers: packed in ${packTook}, installed in ${lap()} (${pack.filename})`);
}, 240_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

// What the ESM and CJS consumers print for the same calls.
const expectedRuntime = {
  var: { type: { category: 'value-added-distributor' }, by: 'acronym', source: 'article', alternatives: ['solution-reseller'] },
  records: [{ id: 'P-1', category: 'msp-cmsp', stage: 'pre-offer' }],
  errors: [
    { code: 'unknown_category', index: 1, message: "category 'resellr' is not a partner category; did you mean 'solution-reseller'?" },
  ],
  warnings: 0,
  recommended: 'one-to-one',
  swedish: 'Systemintegratör',
};

/** Parses a consumer's JSON output, failing with the whole run when it is not JSON. */
function output(r: Run): Record<string, unknown> {
  succeeded(r);
  try {
    return JSON.parse(r.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`stdout is not JSON\n${report(r)}`);
  }
}

const installed = (...path: string[]): string => join(consumers, 'node_modules', 'partner-taxonomy', ...path);

describe.concurrent('consumers of the packed tarball', { timeout: 120_000 }, () => {
  it('esm: imports the package from an ES module', async () => {
    const dir = project('esm', 'module', { 'index.mjs': fixture('esm.mjs') });
    const r = await run('esm', process.execPath, ['index.mjs'], dir);
    const got = output(r);
    expect(got, report(r)).toMatchObject(expectedRuntime);
    expect(got.resolved, report(r)).toBe(pathToFileURL(installed('dist', 'index.js')).href);
  });

  it('cjs: requires the package from CommonJS', async () => {
    const dir = project('cjs', 'commonjs', { 'index.cjs': fixture('cjs.cjs') });
    const r = await run('cjs', process.execPath, ['index.cjs'], dir);
    const got = output(r);
    expect(got, report(r)).toMatchObject({ ...expectedRuntime, schemas: ['string', 'string'], version });
    expect(got.resolved, report(r)).toBe(installed('dist', 'index.cjs'));
  });

  // Each flavour type-checks the same file against the declarations its resolution picks,
  // with skipLibCheck off so the shipped declarations (and zod's) are checked too;
  // skipDefaultLibCheck leaves out only TypeScript's own lib files, the bulk of the time.
  // zod's declarations name `URL`, a global that comes from the DOM lib or @types/node;
  // every real project has one of them, so the consumers take the DOM lib. Bundler
  // resolution is checked once, with module esnext as most bundler templates have it:
  // module preserve resolves an `import` the same way, and each run costs seconds.
  const flavours = [
    { name: 'ts-node16-esm', type: 'module', module: 'node16', moduleResolution: 'node16', declarations: 'index.d.ts' },
    { name: 'ts-node16-cjs', type: 'commonjs', module: 'node16', moduleResolution: 'node16', declarations: 'index.d.cts' },
    { name: 'ts-bundler-esnext', type: 'module', module: 'esnext', moduleResolution: 'bundler', declarations: 'index.d.ts' },
  ] as const;

  for (const flavour of flavours) {
    it(`${flavour.name}: type-checks narrowing on the discriminated unions (module ${flavour.module}, ${flavour.type} package)`, async () => {
      const tsconfig = {
        compilerOptions: {
          module: flavour.module,
          moduleResolution: flavour.moduleResolution,
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          types: [],
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          noEmit: true,
        },
        files: ['narrow.ts'],
      };
      const dir = project(flavour.name, flavour.type, {
        'tsconfig.json': `${JSON.stringify(tsconfig, null, 2)}\n`,
        'narrow.ts': fixture('narrow.ts.txt'),
      });
      const r = await run(flavour.name, process.execPath, [tsc, '-p', 'tsconfig.json', '--listFiles', '--pretty', 'false'], dir);
      // --listFiles prints every file checked, as absolute paths; the rest are diagnostics.
      const lines = r.stdout.split('\n');
      const shown = { ...r, stdout: lines.filter((line) => !isAbsolute(line)).join('\n') };
      expect(r.code, report(shown)).toBe(0);
      expect(lines, report(shown)).toContain(installed('dist', flavour.declarations));
    });
  }

  it('browser: bundles with esbuild through the exports map, without Node builtins or the CLI, and runs', async () => {
    const where = 'consumer "browser" (esbuild, platform browser)';
    const dir = project('browser', 'module', { 'entry.js': fixture('browser.js') });
    // esbuild rejects when it cannot resolve an import, such as a Node builtin.
    const result = await build({
      entryPoints: ['entry.js'],
      absWorkingDir: dir,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    }).catch((error: unknown) => {
      throw new Error(`${where}: ${String(error)}`);
    });
    expect(result.errors, where).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs, where).toContain('../node_modules/partner-taxonomy/dist/index.js');
    // Only the entry, the package's ESM build and zod: no CLI, no csv-parse, no builtins.
    // dist/ holds one ESM file per module; the CLI (dist/cli.js) must never be reached.
    const allowed = /^(entry\.js|\.\.\/node_modules\/partner-taxonomy\/dist\/(?!cli\.js$)[\w/-]+\.js|\.\.\/node_modules\/zod\/.*)$/;
    expect(inputs.filter((input) => !allowed.test(input)), where).toEqual([]);
    expect(Object.values(result.metafile.outputs).flatMap((out) => out.imports), where).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code, where).not.toMatch(/["']node:/);

    // An empty context has no process, require, Buffer or other Node globals.
    const sandbox: { result?: unknown } = {};
    runInNewContext(code, sandbox, { filename: 'bundle.js', timeout: 10_000 });
    expect(sandbox.result, where).toEqual({
      var: 'value-added-distributor',
      records: ['msp-cmsp'],
      errors: ['unknown_category'],
      recommended: 'one-to-one',
    });
  });

  it('cli: runs the bin from node_modules/.bin', async () => {
    const dir = project('cli', 'commonjs', {
      'partners.csv': 'id,name,category\nP-1,Acme,SI\nP-2,Bolt,resellr\n',
      'good.csv': 'id,name,category\nP-1,Acme,SI\nP-2,Cloudy,VAD\n',
    });
    const bin = join(consumers, 'node_modules', '.bin', 'partner-taxonomy');
    const cli = (args: readonly string[]): Promise<Run> => run('cli', bin, args, dir);

    const [help, shownVersion, invalid, valid, lookup, noMatch] = await Promise.all([
      cli(['--help']),
      cli(['--version']),
      cli(['validate', 'partners.csv']),
      cli(['validate', 'good.csv']),
      cli(['lookup', 'VAR']),
      cli(['lookup', 'resellr']),
    ]);
    expect(help.code, report(help)).toBe(0);
    expect(help.stdout, report(help)).toContain('Usage:\n  partner-taxonomy <command> [options]');

    expect({ code: shownVersion.code, stdout: shownVersion.stdout.trim() }, report(shownVersion)).toEqual({ code: 0, stdout: version });

    expect(invalid.code, report(invalid)).toBe(1);
    expect(invalid.stdout, report(invalid)).toBe(
      "line 3, category: category 'resellr' is not a partner category; did you mean 'solution-reseller'?\n",
    );
    expect(invalid.stderr, report(invalid)).toContain('partners.csv: 2 rows: 1 record, 0 partners without a category, 0 rows skipped (not partners), 1 invalid row.');

    expect({ code: valid.code, stdout: valid.stdout }, report(valid)).toEqual({ code: 0, stdout: '' });

    expect(lookup.code, report(lookup)).toBe(0);
    expect(lookup.stdout, report(lookup)).toContain("'VAR' → value-added-distributor (matched by acronym");

    expect(noMatch.code, report(noMatch)).toBe(1);
  });
});
