/**
 * The sparse forms of a score matrix: one mentee's eligible mentors, or every row compressed.
 * @module
 */

/**
 * One mentee's eligible mentors (ascending columns) and their scores.
 * @example
 * const c: Candidates = { mentors: Int32Array.of(0, 4), scores: Float64Array.of(0.7, 0.9) }
 * @since 0.1.0
 */
export interface Candidates {
  readonly mentors: Int32Array
  readonly scores: Float64Array
}

/**
 * Every mentee's candidates in compressed sparse rows: the candidates of mentee `i` are
 * `mentors[offsets[i] .. offsets[i + 1])` with `scores` at the same positions.
 * @example
 * const c: CandidateLists = { offsets: Int32Array.of(0, 2), mentors: Int32Array.of(0, 4), scores: Float64Array.of(0.7, 0.9) }
 * @since 0.1.0
 */
export interface CandidateLists {
  readonly offsets: Int32Array
  readonly mentors: Int32Array
  readonly scores: Float64Array
}

/**
 * The eligible (finite) cells of row `i` of a dense `rows x cols` matrix.
 * @example
 * candidatesOf(Float64Array.of(0.5, -Infinity), 2, 0) // { mentors: [0], scores: [0.5] }
 * @since 0.1.0
 */
export const candidatesOf = (data: Float64Array, cols: number, i: number): Candidates => {
  const row = data.subarray(i * cols, (i + 1) * cols)
  let n = 0
  for (const v of row) if (v !== -Infinity) n++
  const mentors = new Int32Array(n)
  const scores = new Float64Array(n)
  let k = 0
  row.forEach((v, j) => {
    if (v === -Infinity) return
    mentors[k] = j
    scores[k++] = v
  })
  return { mentors, scores }
}

/**
 * Every row's eligible cells, compressed; `counts[i]` is the number of eligible cells of row `i`.
 * @example
 * candidateLists(Float64Array.of(0.5, -Infinity), 1, 2, Int32Array.of(1)).offsets // [0, 1]
 * @since 0.1.0
 */
export const candidateLists = (data: Float64Array, rows: number, cols: number, counts: Int32Array): CandidateLists => {
  const offsets = new Int32Array(rows + 1)
  for (let i = 0; i < rows; i++) offsets[i + 1] = (offsets[i] ?? 0) + (counts[i] ?? 0)
  const total = offsets[rows] ?? 0
  const mentors = new Int32Array(total)
  const scores = new Float64Array(total)
  let k = 0
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = data[i * cols + j] ?? -Infinity
      if (v === -Infinity) continue
      mentors[k] = j
      scores[k++] = v
    }
  }
  return { offsets, mentors, scores }
}
