// A copy of the working tree as git sees it (tracked files, and new files git does not
// ignore), with node_modules linked rather than copied: a place to build, version or
// pack the package without touching the checkout. Used by `npm run release:dry` and by
// the consumer test.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Copies the checkout at `root` into `dir` (created if needed) and links its node_modules.
 * @param {string} root
 * @param {string} dir
 */
export function stageCheckout(root, dir) {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    // A file deleted but not yet staged is still listed.
    .filter((path) => path !== '' && existsSync(join(root, path)));
  for (const path of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(root, path), join(dir, path));
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'junction');
}
