/** Benchmark output: one JSON object per line on stdout; everything else (progress) goes to stderr. */
export type Unit = 'ms' | 's' | 'us' | 'rows' | 'MB' | 'KB' | 'x';

export function report(metric: string, value: number, unit: Unit, floor?: number): void {
  const line: Record<string, unknown> = {
    metric,
    value: Number(value.toFixed(unit === 'us' || unit === 'x' ? 2 : 1)),
    unit,
  };
  if (floor !== undefined) line.floor = floor;
  process.stdout.write(`${JSON.stringify(line)}\n`);
  if (floor !== undefined && value >= floor)
    progress(`  ${metric} = ${line.value} ${unit} misses its floor (< ${floor} ${unit})`);
}

export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns the median in ms. */
export async function medianMs(runs: number, fn: () => unknown, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
