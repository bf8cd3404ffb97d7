/** Timing for the benchmarks: the median of repeated runs after one untimed run. */

/** The median of `xs` (the mean of the two middle values for an even count). */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

/** Run `fn` once untimed, then `reps - 1` timed times (at least one): the median, every time, the last result. */
export const time = <T>(reps: number, fn: () => T): { readonly ms: number; readonly times: readonly number[]; readonly result: T } => {
  const times: number[] = []
  let result = fn()
  for (let k = 1; k < Math.max(2, reps); k++) {
    const t = performance.now()
    result = fn()
    times.push(performance.now() - t)
  }
  return { ms: median(times), times, result }
}
