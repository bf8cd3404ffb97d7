/**
 * The score matrix: every mentor x mentee score of a programme at once, for the matcher.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue } from '../errors/issue.js'
import { employeeId, type EmployeeId } from '../model/ids.js'
import { lookupEmployee } from '../model/lookup.js'
import type { Employee, Organisation } from '../model/organisation.js'
import type { Programme } from '../programme/programme.js'
import { pairScoreOf, prepareRules, type PreparedRule } from './breakdown.js'
import { candidateLists, candidatesOf, type CandidateLists, type Candidates } from './candidates.js'
import { existingLoads, menteeInput, mentorInput, scoringContext } from './context.js'
import { fillMatrix } from './matrix-fill.js'
import type { MenteeInput } from './criterion.js'
import type { PairScore, ScoreError } from './pair-score.js'
import { bindForScoring, checkScoringDate } from './score-pair.js'

/**
 * All scores of a programme. Rows are mentees (`menteeIds`, in programme order), columns are
 * mentors (`mentorIds`, in programme order); `data[i * cols + j]` is the score of mentor `j` for
 * mentee `i`, or `-Infinity` when the pair is ineligible. `{ rows, cols, data }` is the dense
 * form `solveAssignment` takes with `maximize: true` and `capacities`; `candidateLists()` gives
 * the sparse form. Scores are bit-identical to `scorePair` on the same date.
 *
 * - `capacities[j]`: the places mentor `j` has left: `mentorCapacity` minus `existing` pairs (at
 *   least 0). Locked pairs are not subtracted: the matcher places them.
 * - `lockedMentor[i]`: the column of mentee `i`'s locked mentor, or -1.
 * - `eligibleCount[i]`: how many mentors are eligible for mentee `i`.
 * - `exclusionCriteria`, `exclusions`: for "why unmatched". `exclusionCriteria` are the `require`
 *   criteria in rule order followed by `forbidden` and `already-paired` (the programme's `existing`
 *   pairs, which are not proposed again); `exclusions[i * exclusionCriteria.length + c]`
 *   counts the mentors that criterion `c` excludes for mentee `i` (a mentor failing two criteria
 *   is counted under both).
 * - `candidates(i)`: mentee `i`'s eligible mentors (ascending columns) with their scores.
 * - `candidateLists()`: every row's candidates at once, compressed (CSR).
 * - `pairScore(i, j)`: the full {@link PairScore} with breakdown, built on demand (for indices
 *   out of range: an ineligible score with empty ids and no rows).
 * - `exclusionsOf(i)`: mentee `i`'s exclusion counts by criterion name.
 * @example
 * import { solveAssignment } from 'mentorschap/solve'
 * const built = buildScoreMatrix(org, programme)
 * if (built._tag === 'Right') {
 *   const m: ScoreMatrix = built.right
 *   m.mentorIds // ['e1', 'e2']: the columns; m.menteeIds the rows
 *   solveAssignment(m, { maximize: true, capacities: m.capacities })
 *   // Right({ assignment: Int32Array [0], cardinality: 1, total: 0.6666666666666666 }): e5 gets e1
 *   m.pairScore(0, 0) // the score of e1 for e5, with its breakdown
 * }
 * @since 0.1.0
 */
export interface ScoreMatrix {
  readonly mentorIds: readonly EmployeeId[]
  readonly menteeIds: readonly EmployeeId[]
  readonly rows: number
  readonly cols: number
  readonly data: Float64Array
  readonly capacities: Int32Array
  readonly lockedMentor: Int32Array
  readonly eligibleCount: Int32Array
  readonly exclusionCriteria: readonly string[]
  readonly exclusions: Int32Array
  readonly candidates: (i: number) => Candidates
  readonly candidateLists: () => CandidateLists
  readonly pairScore: (i: number, j: number) => PairScore
  readonly exclusionsOf: (i: number) => readonly { readonly criterion: string; readonly mentors: number }[]
}

/** Look every id of the programme up once; the first unknown one is the error. */
const lookupAll = (org: Organisation, ids: readonly string[]): E.Either<ScoreError, readonly Employee[]> => {
  const found: Employee[] = []
  for (const id of ids) {
    const e = lookupEmployee(org, id)
    if (E.isLeft(e)) return e
    found.push(e.right)
  }
  return E.right(found)
}

/** The programme's mentees as the criteria see them; the first unknown id is the error. */
const lookupMentees = (org: Organisation, programme: Programme): E.Either<ScoreError, readonly MenteeInput[]> => {
  const found: MenteeInput[] = []
  for (const request of programme.mentees) {
    const e = lookupEmployee(org, request.employeeId)
    if (E.isLeft(e)) return e
    found.push(menteeInput(e.right, request))
  }
  return E.right(found)
}

const overlapIssues = (programme: Programme): E.Either<ScoreError, true> => {
  const mentees = new Set(programme.mentees.map((m) => m.employeeId))
  const issues = programme.mentors.flatMap((id, j) => (mentees.has(id) ? [issue('mentee-is-mentor', ['mentors', j], { id })] : []))
  return issues.length === 0 ? E.right(true) : E.left({ code: 'invalid-scoring-input', issues })
}

/** Per mentee, the mentor columns of the given pairs (forbidden or existing); and the set of those cells. */
const pairCells = (
  programme: Programme,
  pairs: readonly { readonly mentorId: EmployeeId; readonly menteeId: EmployeeId }[],
  column: ReadonlyMap<EmployeeId, number>,
  row: ReadonlyMap<EmployeeId, number>,
) => {
  const lists: Set<number>[] = programme.mentees.map(() => new Set<number>())
  for (const p of pairs) {
    const i = row.get(p.menteeId)
    const j = column.get(p.mentorId)
    if (i !== undefined && j !== undefined) lists[i]?.add(j)
  }
  return { lists: lists.map((s) => Int32Array.from(s)), has: (i: number, j: number) => lists[i]?.has(j) ?? false }
}

const indexOf = (ids: readonly EmployeeId[]): ReadonlyMap<EmployeeId, number> => new Map(ids.map((id, k) => [id, k] as const))

const nobody = employeeId('')
const outOfRange: PairScore = { eligible: false, mentorId: nobody, menteeId: nobody, violations: [], hints: [], breakdown: [] }

const lockedColumns = (
  programme: Programme,
  row: ReadonlyMap<EmployeeId, number>,
  column: ReadonlyMap<EmployeeId, number>,
): Int32Array => {
  const locked = new Int32Array(row.size).fill(-1)
  for (const p of programme.locked) {
    const i = row.get(p.menteeId)
    if (i !== undefined) locked[i] = column.get(p.mentorId) ?? -1
  }
  return locked
}

const assemble = (programme: Programme, mentors: readonly Employee[], rules: readonly PreparedRule[]): ScoreMatrix => {
  const mentorIds = mentors.map((m) => m.id)
  const menteeIds = programme.mentees.map((m) => m.employeeId)
  const column = indexOf(mentorIds)
  const row = indexOf(menteeIds)
  const [rows, cols] = [menteeIds.length, mentorIds.length]
  const forbidden = pairCells(programme, programme.forbidden, column, row)
  const existing = pairCells(programme, programme.existing, column, row)
  const fill = fillMatrix(rules, rows, cols, [forbidden.lists, existing.lists])
  const loads = existingLoads(programme)
  const exclusionCriteria = [...rules.filter((r) => r.rule.mode === 'require').map((r) => r.rule.criterion), 'forbidden', 'already-paired']
  const pairScore = (i: number, j: number): PairScore => {
    const [menteeId, mentorId] = [menteeIds[i], mentorIds[j]]
    if (menteeId === undefined || mentorId === undefined) return outOfRange
    return pairScoreOf(rules, j, i, { mentorId, menteeId, inPool: true, forbidden: forbidden.has(i, j), existing: existing.has(i, j) })
  }
  return {
    mentorIds,
    menteeIds,
    rows,
    cols,
    ...fill,
    capacities: Int32Array.from(mentors, (m) => Math.max(0, m.mentorCapacity - (loads.get(m.id) ?? 0))),
    lockedMentor: lockedColumns(programme, row, column),
    exclusionCriteria,
    candidates: (i) => candidatesOf(fill.data, cols, i),
    candidateLists: () => candidateLists(fill.data, rows, cols, fill.eligibleCount),
    pairScore,
    exclusionsOf: (i) =>
      exclusionCriteria.map((criterion, c) => ({ criterion, mentors: fill.exclusions[i * exclusionCriteria.length + c] ?? 0 })),
  }
}

/**
 * Score every mentor of a programme for every mentee on `options.asOf` (default: the programme's
 * `asOf`), without re-deriving per-person facts for each pair: each criterion computes its facts
 * once per person, `require` criteria run first over whole rows, and only eligible pairs are
 * weighed. Breakdown rows are built on demand (`pairScore`). See {@link ScoreMatrix} for the
 * layout. Fails like `scorePair` on an unknown id, an invalid date or criteria that do not bind,
 * and when a mentee is also one of the mentors.
 * @example
 * const m = buildScoreMatrix(org, programme)
 * // Right({ rows: 10000, cols: 2000, data: Float64Array(20000000), ... })
 * @since 0.1.0
 */
export const buildScoreMatrix = (
  org: Organisation,
  programme: Programme,
  options?: { readonly asOf?: string },
): E.Either<ScoreError, ScoreMatrix> => {
  const date = checkScoringDate(options?.asOf ?? programme.asOf)
  if (E.isLeft(date)) return date
  const mentors = lookupAll(org, programme.mentors)
  if (E.isLeft(mentors)) return mentors
  const mentees = lookupMentees(org, programme)
  if (E.isLeft(mentees)) return mentees
  const overlap = overlapIssues(programme)
  if (E.isLeft(overlap)) return overlap
  const rules = bindForScoring(programme)
  if (E.isLeft(rules)) return rules
  const ctx = scoringContext(org, programme, date.right)
  const loads = existingLoads(programme)
  const prepared = prepareRules(
    rules.right,
    ctx,
    mentors.right.map((m) => mentorInput(m, loads)),
    mentees.right,
  )
  return E.right(assemble(programme, mentors.right, prepared))
}
