/**
 * What every strategy solves: the score matrix of the canonical programme, the locked pairs placed
 * and checked, and the places each mentor has left for new pairs.
 * @module
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue, type Issue } from '../errors/issue.js'
import type { EmployeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import type { CandidateLists } from '../pairing/candidates.js'
import type { ScoreMatrix } from '../pairing/score-matrix.js'
import type { Programme } from '../programme/programme.js'

/**
 * A programme ready to solve. Rows and columns are those of `matrix` (mentees and mentors in id
 * order). `locked[i]` is the column of row `i`'s locked mentor or -1; `free` the rows without one,
 * ascending; `room[j]` the places mentor `j` has for new pairs; `before[j]` the mentees mentor `j`
 * has before any new pair (existing and locked), where the load-balance penalty starts;
 * `candidates` every row's eligible mentors and scores, compressed (the matrix read once).
 * @example
 * instance.free.length + instance.locked.filter((j) => j >= 0).length === instance.matrix.rows // true
 * @internal
 */
export interface Instance {
  readonly matrix: ScoreMatrix
  readonly candidates: CandidateLists
  readonly locked: Int32Array
  readonly free: Int32Array
  readonly room: Int32Array
  readonly before: Int32Array
}

const indexOf = (ids: readonly EmployeeId[]): ReadonlyMap<string, number> => new Map(ids.map((id, k) => [id as string, k] as const))

/**
 * Duplicate mentees or mentors of a programme built by hand (`parseProgramme` refuses them).
 * @example
 * duplicateIssues(programme) // [{ code: 'duplicate-mentee', path: ['mentees', 2, 'employeeId'], ... }]
 * @internal
 */
export const duplicateIssues = (p: Programme): readonly Issue[] => {
  const found: Issue[] = []
  const scan = (ids: readonly string[], code: 'duplicate-mentee' | 'duplicate-mentor', path: (k: number) => Issue['path']) => {
    const first = new Map<string, number>()
    ids.forEach((id, k) => {
      const f = first.get(id)
      if (f === undefined) first.set(id, k)
      else found.push(issue(code, path(k), { id, first: f }))
    })
  }
  scan(p.mentees.map((m) => m.employeeId), 'duplicate-mentee', (k) => ['mentees', k, 'employeeId'])
  scan(p.mentors, 'duplicate-mentor', (k) => ['mentors', k])
  return found
}

/** The problems of one locked pair whose mentee and mentor are both in the programme. */
const cellIssues = (m: ScoreMatrix, i: number, j: number, at: number): readonly Issue[] => {
  if ((m.data[i * m.cols + j] ?? -Infinity) !== -Infinity) return []
  const score = m.pairScore(i, j)
  if (score.eligible) return []
  const ids = { mentorId: score.mentorId, menteeId: score.menteeId }
  return score.violations.map((v) =>
    v.code === 'requirement-unmet'
      ? issue('locked-breaks-requirement', ['locked', at], { ...ids, criterion: v.criterion })
      : issue('locked-and-forbidden', ['locked', at], ids),
  )
}

interface Placed {
  readonly locked: Int32Array
  readonly issues: readonly Issue[]
}

/** Place the locked pairs of `original` (paths refer to its order) on the canonical matrix. */
const placeLocked = (m: ScoreMatrix, original: Programme): Placed => {
  const row = indexOf(m.menteeIds)
  const col = indexOf(m.mentorIds)
  const existing = new Set(original.existing.map((p) => JSON.stringify([p.mentorId, p.menteeId])))
  const locked = new Int32Array(m.rows).fill(-1)
  const firstAt = new Map<number, number>()
  const found: Issue[] = []
  original.locked.forEach((p, k) => {
    const i = row.get(p.menteeId)
    const j = col.get(p.mentorId)
    if (i === undefined) found.push(issue('locked-mentee-not-in-programme', ['locked', k, 'menteeId'], { id: p.menteeId }))
    if (j === undefined) found.push(issue('locked-mentor-not-in-pool', ['locked', k, 'mentorId'], { id: p.mentorId }))
    if (existing.has(JSON.stringify([p.mentorId, p.menteeId]))) found.push(issue('locked-and-existing', ['locked', k], p))
    if (i === undefined || j === undefined) return
    const first = firstAt.get(i)
    if (first !== undefined) {
      found.push(issue('mentee-locked-twice', ['locked', k, 'menteeId'], { menteeId: p.menteeId, first }))
      return
    }
    firstAt.set(i, k)
    locked[i] = j
    found.push(...cellIssues(m, i, j, k))
  })
  return { locked, issues: found }
}

/** Locked pairs beyond a mentor's places (capacity minus existing): the first one beyond, per mentor. */
const capacityIssues = (org: Organisation, m: ScoreMatrix, original: Programme, locked: Int32Array): readonly Issue[] => {
  const col = indexOf(m.mentorIds)
  const count = new Int32Array(m.cols)
  for (const j of locked) if (j >= 0) count[j] = (count[j] ?? 0) + 1
  const reported = new Set<number>()
  const found: Issue[] = []
  const seen = new Int32Array(m.cols)
  original.locked.forEach((p, k) => {
    const j = col.get(p.mentorId)
    if (j === undefined || reported.has(j)) return
    seen[j] = (seen[j] ?? 0) + 1
    if ((seen[j] ?? 0) <= (m.capacities[j] ?? 0)) return
    reported.add(j)
    const capacity = org.index.employeeById.get(p.mentorId)?.mentorCapacity ?? 0
    const existing = original.existing.filter((e) => e.mentorId === p.mentorId).length
    found.push(issue('over-capacity', ['locked', k], { mentorId: p.mentorId, capacity, existing, locked: count[j] ?? 0 }))
  })
  return found
}

/** Scores that are not numbers (a host's criterion kernel gone wrong): the first, and how many. */
const scoreIssues = (m: ScoreMatrix, c: CandidateLists): readonly Issue[] => {
  let count = 0
  let first = -1
  for (let k = 0; k < c.scores.length; k++) {
    if (Number.isFinite(c.scores[k])) continue
    if (count++ === 0) first = k
  }
  if (count === 0) return []
  let i = 0
  while ((c.offsets[i + 1] ?? 0) <= first) i++
  const ids = { menteeId: m.menteeIds[i] ?? '', mentorId: m.mentorIds[c.mentors[first] ?? 0] ?? '' }
  return [issue('match-invalid-score', [], { ...ids, value: String(c.scores[first]), count })]
}

/**
 * Check and place the locked pairs of `original` on the matrix of its canonical form, and work
 * out the places left: every problem at once.
 * @example
 * instanceOf(org, matrix, programme) // Right({ matrix, candidates, locked, free, room, before })
 * @internal
 */
export const instanceOf = (org: Organisation, m: ScoreMatrix, original: Programme): E.Either<readonly Issue[], Instance> => {
  const placed = placeLocked(m, original)
  const candidates = m.candidateLists()
  const found = [...placed.issues, ...capacityIssues(org, m, original, placed.locked), ...scoreIssues(m, candidates)]
  if (found.length > 0) return E.left(found)
  const room = Int32Array.from(m.capacities)
  const before = new Int32Array(m.cols)
  const existingCols = indexOf(m.mentorIds)
  for (const p of original.existing) {
    const j = existingCols.get(p.mentorId)
    if (j !== undefined) before[j] = (before[j] ?? 0) + 1
  }
  const free: number[] = []
  placed.locked.forEach((j, i) => {
    if (j < 0) free.push(i)
    else {
      room[j] = (room[j] ?? 0) - 1
      before[j] = (before[j] ?? 0) + 1
    }
  })
  return E.right({ matrix: m, candidates, locked: placed.locked, free: Int32Array.from(free), room, before })
}
