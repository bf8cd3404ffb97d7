/**
 * What fresh memory costs on this machine: `npm run bench -- memory`. Fills a never-used 8 MB
 * `Float64Array` (one write per 4 KiB page) and then the same array again, five times, and prints
 * the median time and the cost per page. On the virtual machine the figures in
 * docs/performance.md were taken on, a page the process touches for the first time costs about
 * 15 microseconds (the host backs guest memory lazily), against well under one on common
 * hardware; solvers that allocate their scratch arrays per call feel it (see "Memory on this
 * machine" in docs/performance.md).
 */
const PAGE = 4096
const BYTES = 8 << 20

const touch = (a: Float64Array): number => {
  const start = performance.now()
  for (let i = 0; i < a.length; i += PAGE / 8) a[i] = 1
  return performance.now() - start
}

const median = (xs: readonly number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? NaN

const keep: Float64Array[] = []
const fresh: number[] = []
const again: number[] = []
for (let k = 0; k < 5; k++) {
  const a = new Float64Array(BYTES / 8)
  keep.push(a)
  fresh.push(touch(a))
  again.push(touch(a))
}
const pages = BYTES / PAGE
const f = median(fresh)
const g = median(again)
console.log(`8 MB never used before: ${f.toFixed(1)} ms (${((1000 * f) / pages).toFixed(2)} µs a page)`)
console.log(`the same 8 MB again:    ${g.toFixed(2)} ms (${((1000 * g) / pages).toFixed(3)} µs a page)`)
console.log(`(${keep.length} arrays kept alive, so none of them reuses another's memory)`)
