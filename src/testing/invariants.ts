/**
 * Invariant checks for matchings (part of `mentorschap/testing`): what every matching of a
 * programme must satisfy, checked from the programme and `scorePair` alone, independently of how
 * the matching was made. Hosts use them in their own property tests.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Matching } from '../matching/matching.js'
import type { EmployeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import { scorePair } from '../pairing/score-pair.js'
import type { Programme } from '../programme/programme.js'

const count = <K>(xs: readonly K[]): Map<K, number> => {
  const m = new Map<K, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return m
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

/** Every mentee exactly once, in pairs or unmatched; nobody else. */
const coverageProblems = (p: Programme, m: Matching): readonly string[] => {
  const mentees = new Set<string>(p.mentees.map((t) => t.employeeId))
  const seen = count<string>([...m.pairs.map((x) => x.menteeId), ...m.unmatched.map((u) => u.menteeId)])
  const out: string[] = []
  for (const id of mentees) if (seen.get(id) !== 1) out.push(`mentee ${id} appears ${seen.get(id) ?? 0} times in pairs and unmatched`)
  for (const id of seen.keys()) if (!mentees.has(id)) out.push(`${id} is not a mentee of the programme`)
  const share = mentees.size === 0 ? 1 : m.pairs.length / mentees.size
  if (!close(m.coverage, share)) out.push(`coverage ${m.coverage} is not ${m.pairs.length} / ${mentees.size}`)
  const total = m.pairs.reduce((s, x) => s + x.score, 0)
  if (!close(m.totalScore, total)) out.push(`totalScore ${m.totalScore} is not the sum of the pair scores ${total}`)
  return out
}

/** Every pair eligible (pool, forbidden, require criteria) with its true score; locked flags right. */
const pairProblems = (org: Organisation, p: Programme, m: Matching): readonly string[] => {
  const locked = new Set(p.locked.map((x) => JSON.stringify([x.mentorId, x.menteeId])))
  const out: string[] = []
  for (const x of m.pairs) {
    const key = JSON.stringify([x.mentorId, x.menteeId])
    if (x.locked !== locked.has(key)) out.push(`pair ${x.mentorId} -> ${x.menteeId} has locked ${x.locked}`)
    const s = scorePair(org, p, x.mentorId, x.menteeId, p.asOf)
    if (E.isLeft(s)) out.push(`pair ${x.mentorId} -> ${x.menteeId} cannot be scored: ${s.left.code}`)
    else if (!s.right.eligible) {
      out.push(`pair ${x.mentorId} -> ${x.menteeId} is not eligible: ${s.right.violations.map((v) => v.code).join(', ')}`)
    } else if (!close(s.right.score, x.score)) out.push(`pair ${x.mentorId} -> ${x.menteeId} has score ${x.score}, not ${s.right.score}`)
  }
  const pairs = new Set(m.pairs.map((x) => JSON.stringify([x.mentorId, x.menteeId])))
  for (const key of locked) if (!pairs.has(key)) out.push(`locked pair ${key} is missing`)
  return out
}

/** No mentor beyond capacity minus existing; loads that count existing pairs too. */
const capacityProblems = (org: Organisation, p: Programme, m: Matching): readonly string[] => {
  const existing = count<string>(p.existing.map((x) => x.mentorId))
  const placed = count<string>(m.pairs.map((x) => x.mentorId))
  const out: string[] = []
  for (const [id, n] of placed) {
    const capacity = org.index.employeeById.get(id as EmployeeId)?.mentorCapacity ?? 0
    const room = Math.max(0, capacity - (existing.get(id) ?? 0))
    if (n > room) out.push(`mentor ${id} has ${n} mentees in the matching, but only ${room} places`)
  }
  for (const id of new Set<string>([...p.mentors, ...existing.keys()])) {
    const want = (existing.get(id) ?? 0) + (placed.get(id) ?? 0)
    if (m.mentorLoad[id] !== want || !Object.hasOwn(m.mentorLoad, id)) out.push(`mentorLoad of ${id} is ${m.mentorLoad[id]}, not ${want}`)
  }
  return out
}

/** Reasons for every unmatched mentee, and `no-eligible-mentor` exactly when nobody in the pool is eligible. */
const reasonProblems = (org: Organisation, p: Programme, m: Matching): readonly string[] => {
  const out: string[] = []
  for (const u of m.unmatched) {
    if (u.reasons.length === 0) out.push(`unmatched mentee ${u.menteeId} has no reason`)
    const none = u.reasons.some((r) => r.code === 'no-eligible-mentor')
    const eligible = p.mentors.some((id) => {
      const s = scorePair(org, p, id, u.menteeId, p.asOf)
      return E.isRight(s) && s.right.eligible
    })
    if (none === eligible) out.push(`unmatched mentee ${u.menteeId}: no-eligible-mentor is ${none}, but eligible mentors exist is ${eligible}`)
  }
  const compared = m.comparedToOptimal !== undefined
  if (compared !== (m.strategy !== 'optimal')) out.push(`comparedToOptimal is ${compared ? 'present' : 'absent'} for ${m.strategy}`)
  if (m.comparedToOptimal !== undefined && m.comparedToOptimal.coverageLost < 0) out.push('comparedToOptimal.coverageLost is negative')
  return out
}

/**
 * Every way `matching` breaks the rules of `programme`, as text (empty when none): each mentee
 * exactly once (paired or unmatched), coverage and total score as stated, every pair eligible
 * (in the pool, not forbidden, every `require` criterion met) with its `scorePair` score, locked
 * pairs present and flagged, no mentor beyond capacity minus existing pairs, `mentorLoad` counting
 * existing and new pairs, a reason for every unmatched mentee (`no-eligible-mentor` exactly when
 * nobody in the pool is eligible), `comparedToOptimal` present exactly for `stable` and `greedy`.
 * @example
 * matchingViolations(org, programme, matching) // []
 * @since 0.1.0
 */
export const matchingViolations = (org: Organisation, programme: Programme, matching: Matching): readonly string[] => [
  ...coverageProblems(programme, matching),
  ...pairProblems(org, programme, matching),
  ...capacityProblems(org, programme, matching),
  ...reasonProblems(org, programme, matching),
]

/**
 * Throw (for use in a test or a fast-check property) when `matching` breaks a rule of
 * `programme`; see {@link matchingViolations} for the rules. Returns `true` otherwise.
 * @example
 * import fc from 'fast-check'
 * import * as E from 'fp-ts/lib/Either.js'
 * fc.assert(fc.property(arbOrganisationWithProgramme(), ({ org, programme }) => {
 *   const m = match(org, programme)
 *   return E.isRight(m) && assertMatchingInvariants(org, programme, m.right)
 * }))
 * @since 0.1.0
 */
export const assertMatchingInvariants = (org: Organisation, programme: Programme, matching: Matching): true => {
  const problems = matchingViolations(org, programme, matching)
  if (problems.length > 0) throw new Error(`The matching breaks ${problems.length} rule(s):\n- ${problems.join('\n- ')}`)
  return true
}
