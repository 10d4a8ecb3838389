// One command as its own process under /usr/bin/time, as the command line benches run it.
import { spawnSync } from 'node:child_process';

/**
 * Runs `node …args` under /usr/bin/time.
 * @returns Wall seconds, CPU seconds (user + system, every thread) and peak RSS in MB.
 */
export function measure(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  const cpu = ['User', 'System'].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)?.[1] ?? NaN), 0);
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
  return { seconds, cpu, peak, status: run.status };
}
