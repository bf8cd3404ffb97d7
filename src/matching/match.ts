/**
 * `match`: propose who mentors whom in a programme (CONTRACT section 6).
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { match as when } from 'ts-pattern'
import type { Issue } from '../errors/issue.js'
import type { Organisation } from '../model/organisation.js'
import { buildScoreMatrix } from '../pairing/score-matrix.js'
import type { Programme } from '../programme/programme.js'
import { assemble, totalsOf } from './assemble.js'
import { canonicalProgramme } from './canonical.js'
import { solveGreedy } from './greedy.js'
import { duplicateIssues, instanceOf, type Instance } from './instance.js'
import type { ComparedToOptimal, Matching, MatchError, MatchOptions } from './matching.js'
import { solveOptimal } from './optimal.js'
import { readSettings, type Settings } from './options.js'
import { solveStableMatching } from './stable.js'

const invalid = (issues: readonly Issue[]): MatchError => ({ code: 'invalid-match-input', issues })

const solve = (inst: Instance, s: Settings): E.Either<readonly Issue[], Int32Array> =>
  when(s.strategy)
    .with('optimal', () => solveOptimal(inst, s.loadBalance))
    .with('greedy', () => E.right(solveGreedy(inst, s.loadBalance)))
    .with('stable', () => solveStableMatching(inst))
    .exhaustive()

/** What `assignment` gives up against the optimal one; shares and totals computed the same way. */
const compared = (inst: Instance, assignment: Int32Array, optimal: Int32Array): ComparedToOptimal => {
  const mine = totalsOf(inst, assignment)
  const best = totalsOf(inst, optimal)
  const rows = inst.matrix.rows
  return { coverageLost: rows === 0 ? 0 : (best.matched - mine.matched) / rows, scoreLost: best.total - mine.total }
}

/**
 * Propose who mentors whom in `programme` (CONTRACT section 6). `options.strategy`:
 * - `optimal` (default): as many mentees as any valid matching can place, and among those the
 *   highest total score, exactly as scored (no rounding); with `loadBalance` the highest total
 *   score minus the penalties (a mentor's k-th mentee costs `(k - 1) * loadBalance`).
 * - `stable`: mentee-proposing deferred acceptance, both sides ranking by score, ties by id: no
 *   mentee and mentor would both rather be together.
 * - `greedy`: the best remaining pair first, a fast baseline.
 *
 * Always: locked pairs are in, forbidden pairs and pairs breaking a `require` criterion are not,
 * no mentor gets more than their capacity minus their `existing` pairs. The same programme in any
 * order (of mentees, mentors, criteria, pairs) gives the same matching: the programme is put in
 * id order first and ties go to the lower id. `pairs` (new and locked) and `unmatched` come
 * sorted by mentee id; each unmatched mentee has its reasons. `stable` and `greedy` also report
 * `comparedToOptimal`. A locked pair that does not fit (beyond capacity, ineligible, outside the
 * programme), duplicate ids or bad options give a `Left` with every problem; see `docs/matching.md`.
 * @example
 * const m = match(org, programme, { strategy: 'optimal' })
 * // Right({ schemaVersion: 1, strategy: 'optimal', pairs: [{ mentorId: 'e1', menteeId: 'e5',
 * //   score: 0.6666666666666666, breakdown: [...], locked: false }], unmatched: [], mentorLoad: { e1: 1, e2: 0 },
 * //   totalScore: 0.6666666666666666, coverage: 1 })
 * @since 0.1.0
 */
export const match = (org: Organisation, programme: Programme, options?: MatchOptions): E.Either<MatchError, Matching> => {
  const settings = readSettings(options)
  const duplicates = duplicateIssues(programme)
  if (E.isLeft(settings) || duplicates.length > 0) {
    return E.left(invalid([...(E.isLeft(settings) ? settings.left : []), ...duplicates]))
  }
  const canonical = canonicalProgramme(programme)
  const matrix = buildScoreMatrix(org, canonical)
  if (E.isLeft(matrix)) return matrix
  const inst = instanceOf(org, matrix.right, programme)
  if (E.isLeft(inst)) return E.left(invalid(inst.left))
  const s = settings.right
  const solved = solve(inst.right, s)
  if (E.isLeft(solved)) return E.left(invalid(solved.left))
  const matching = assemble(inst.right, canonical, s.strategy, solved.right)
  if (s.strategy === 'optimal') return E.right(matching)
  const optimal = solveOptimal(inst.right, s.loadBalance)
  if (E.isLeft(optimal)) return E.left(invalid(optimal.left))
  return E.right({ ...matching, comparedToOptimal: compared(inst.right, solved.right, optimal.right) })
}
