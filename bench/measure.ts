import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  unit: 'ms';
  median: number;
  min: number;
  max: number;
  runs: number;
  note?: string;
}

/** Runs `fn` after `warmup` unmeasured runs, `runs` times, and reports median, min and max. */
export async function measure(
  name: string,
  fn: () => unknown,
  runs = 7,
  warmup = 2,
  note?: string,
): Promise<Figure> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    unit: 'ms',
    median: times[Math.floor(times.length / 2)]!,
    min: times[0]!,
    max: times.at(-1)!,
    runs,
    note,
  };
}
