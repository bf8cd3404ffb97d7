/**
 * `scorePair`: whether a mentor and a mentee may be paired in a programme, how well they fit, and
 * why (CONTRACT section 4).
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue } from '../errors/issue.js'
import { render } from '../i18n/messages.js'
import { parseIsoDate, type IsoDate } from '../model/date.js'
import { lookupEmployee } from '../model/lookup.js'
import type { Employee, Organisation } from '../model/organisation.js'
import { preview } from '../programme/preview.js'
import type { MenteeRequest, Programme } from '../programme/programme.js'
import { pairScoreOf, prepareRules } from './breakdown.js'
import { existingLoads, menteeInput, mentorInput, pairContext } from './context.js'
import type { InvalidScoringInput, PairScore, ScoreError } from './pair-score.js'
import { bindRules, type BoundRule } from './rules.js'

/**
 * Check a scoring date.
 * @internal
 */
export const checkScoringDate = (asOf: unknown): E.Either<InvalidScoringInput, IsoDate> => {
  const date = typeof asOf === 'string' ? parseIsoDate(asOf) : undefined
  return date === undefined
    ? E.left({ code: 'invalid-scoring-input', issues: [issue('scoring-invalid-date', ['asOf'], { value: preview(asOf) })] })
    : E.right(date)
}

/**
 * Bind the criteria of a programme, as a scoring error when they do not bind.
 * @internal
 */
export const bindForScoring = (programme: Programme): E.Either<InvalidScoringInput, readonly BoundRule[]> => {
  const bound = bindRules(programme)
  return E.isLeft(bound) ? E.left({ code: 'invalid-scoring-input', issues: bound.left }) : bound
}

interface Pair {
  readonly mentor: Employee
  readonly mentee: Employee
  readonly request: MenteeRequest
}

const lookupPair = (
  org: Organisation,
  programme: Programme,
  mentorId: string,
  menteeId: string,
): E.Either<ScoreError, Pair> => {
  const mentor = lookupEmployee(org, mentorId)
  if (E.isLeft(mentor)) return mentor
  const mentee = lookupEmployee(org, menteeId)
  if (E.isLeft(mentee)) return mentee
  if (mentorId === menteeId) {
    return E.left({ code: 'same-employee', id: menteeId, message: render('en', 'same-employee', { id: menteeId }) })
  }
  const request = programme.mentees.find((r) => r.employeeId === menteeId)
  return request === undefined
    ? E.left({ code: 'not-a-mentee', id: menteeId, message: render('en', 'not-a-mentee', { id: menteeId }) })
    : E.right({ mentor: mentor.right, mentee: mentee.right, request })
}

/**
 * Score mentor `mentorId` for mentee `menteeId` in `programme` on `asOf`: every criterion that
 * applies (with `not-reporting-line` always required) gives a breakdown row; the pair is eligible
 * when every `require` row is fully met, the mentor is one of the programme's mentors and the
 * pair is not forbidden. An eligible pair's score is the sum of its rows' contributions (CONTRACT
 * section 4); an ineligible one lists its violations and the hints that would lift them. The
 * mentor may be anyone in the organisation (a what-if: outside the pool the hint is to add them);
 * the mentee must be a mentee of the programme.
 * @example
 * scorePair(org, programme, 'e1', 'e5', '2026-11-01')
 * // Right({ eligible: true, mentorId: 'e1', menteeId: 'e5', score: 0.6666666666666666, breakdown: [...] })
 * @since 0.1.0
 */
export const scorePair = (
  org: Organisation,
  programme: Programme,
  mentorId: string,
  menteeId: string,
  asOf: string,
): E.Either<ScoreError, PairScore> => {
  const date = checkScoringDate(asOf)
  if (E.isLeft(date)) return date
  const pair = lookupPair(org, programme, mentorId, menteeId)
  if (E.isLeft(pair)) return pair
  const rules = bindForScoring(programme)
  if (E.isLeft(rules)) return rules
  const { mentor, mentee, request } = pair.right
  const ctx = pairContext(org, programme, date.right)
  const prepared = prepareRules(rules.right, ctx, [mentorInput(mentor, existingLoads(programme))], [
    menteeInput(mentee, request),
  ])
  return E.right(
    pairScoreOf(prepared, 0, 0, {
      mentorId: mentor.id,
      menteeId: mentee.id,
      inPool: programme.mentors.includes(mentor.id),
      forbidden: programme.forbidden.some((p) => p.mentorId === mentor.id && p.menteeId === mentee.id),
      existing: programme.existing.some((p) => p.mentorId === mentor.id && p.menteeId === mentee.id),
    }),
  )
}
