/**
 * The method every bench shares: tasks timed with tinybench in rounds, the order reversed
 * on odd rounds so a change in machine load falls on every task alike, and medians.
 */
import { Bench } from 'tinybench';

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * The A/B method of the *-ab.mjs scripts: `runOne(which)` runs build 0 (A) or 1 (B) once;
 * each round runs both, in alternating order, after a warm-up round.
 * @returns Each build's wall and CPU milliseconds (user + system, all threads), a round each.
 */
export function abRounds(rounds, runOne) {
  const wall = [[], []];
  const cpu = [[], []];
  for (let round = -1; round < rounds; round++) {
    for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const started = performance.now();
      const used = process.cpuUsage();
      runOne(which);
      const { user, system } = process.cpuUsage(used);
      if (round < 0) continue;
      wall[which].push(performance.now() - started);
      cpu[which].push((user + system) / 1000);
    }
  }
  return { wall, cpu };
}

/**
 * B's time over A's, worked out within each round: "B/A median (min–max), A … ms, B … ms".
 */
export function abReport([a, b]) {
  const ratios = b.map((t, i) => t / a[i]);
  const f = (x) => x.toFixed(2);
  return `B/A ${f(median(ratios))} (${f(Math.min(...ratios))}–${f(Math.max(...ratios))}), A ${median(a).toFixed(0)} ms, B ${median(b).toFixed(0)} ms`;
}

/**
 * Times `tasks` ({ id, run }, where `run` returns a number, or a promise of one, that is
 * kept so no work can be optimised away) over `rounds` rounds.
 * @returns A Map from task id to { msPerOp: one mean latency per round, samples }.
 */
export async function runRounds(tasks, { rounds, time, warmupTime, iterations = 5, warmupIterations = 2, log = () => {} }) {
  const timings = new Map(tasks.map((t) => [t.id, { msPerOp: [], samples: 0 }]));
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, warmupTime, iterations, warmupIterations, throws: true });
    const order = round % 2 === 0 ? tasks : [...tasks].reverse();
    for (const { id, run } of order) {
      bench.add(id, run.constructor.name === 'AsyncFunction' ? async () => void (sink += await run()) : () => void (sink += run()));
    }
    await bench.run();
    for (const task of bench.tasks) {
      const t = timings.get(task.name);
      t.msPerOp.push(task.result.latency.mean);
      t.samples += task.result.latency.samplesCount;
    }
    log(`round ${round + 1}/${rounds} done`);
  }
  if (sink === 0) throw new Error('no work was done');
  return timings;
}
