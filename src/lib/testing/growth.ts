// Cost judged by growth, not by a time budget (a shared 2-core machine makes
// budgets flaky): the same work on an input ten times bigger takes about 10×
// the CPU time when it is linear (a little more for n log n) and about 100×
// when it is quadratic. Tests only.

/** A growth under this is linear or n log n; a quadratic step reads about 100. */
export const LINEAR_LIMIT = 30;

/**
 * CPU milliseconds this process has used. Not the wall clock: on a machine
 * shared with other test runs (load average 20 on 2 cores), wall time
 * stretched a round now and then and a linear step read 32-73× growth.
 */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds per call, the best of three rounds of at least 15 ms each. */
function costOf(run: () => void): number {
  let best = Infinity;
  for (let round = 0; round < 3; round += 1) {
    const started = cpuNow();
    let calls = 0;
    do {
      run();
      calls += 1;
    } while (cpuNow() - started < 15);
    best = Math.min(best, (cpuNow() - started) / calls);
  }
  return best;
}

/**
 * How much longer `step` takes on `make(10 × size)` than on `make(size)`: the
 * lowest of up to three readings, stopping at the first under LINEAR_LIMIT.
 * A linear step reads 7-26 here, by the garbage collector's and the caches'
 * whims, and once 32 with a browser test running beside it; a quadratic one
 * reads about 100 every time, so the retries cannot pass it.
 */
export function growth<Input>(step: (input: Input) => unknown, make: (size: number) => Input, size: number): number {
  const small = make(size);
  const large = make(size * 10);
  step(small);
  let lowest = Infinity;
  for (let reading = 0; reading < 3 && lowest >= LINEAR_LIMIT; reading += 1)
    lowest = Math.min(lowest, costOf(() => step(large)) / costOf(() => step(small)));
  return lowest;
}
