/**
 * Shared helpers of the matching tests: run a strategy, permute a programme, check reasons from
 * `scorePair` alone.
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { match } from '../../src/matching/match.js'
import type { Matching, MatchStrategy } from '../../src/matching/matching.js'
import type { Organisation } from '../../src/model/organisation.js'
import { scorePair } from '../../src/pairing/score-pair.js'
import type { Programme } from '../../src/programme/programme.js'
import { arbOrganisationWithProgramme } from '../../src/testing/programme.js'

export const run = (org: Organisation, p: Programme, strategy: MatchStrategy, loadBalance = 0): Matching => {
  const m = match(org, p, { strategy, loadBalance })
  if (E.isLeft(m)) throw new Error(`match failed: ${JSON.stringify(m.left)}`)
  return m.right
}

/** Random programmes from the public arbitraries, small enough for brute force. */
export const hostWorld = (maxEmployees = 10, maxMentees = 5, maxMentors = 4) =>
  arbOrganisationWithProgramme({
    organisation: { minEmployees: 2, maxEmployees, maxDepth: 1 },
    programme: { maxMentees, maxMentors },
  })

const arbOrder = <T>(xs: readonly T[]): fc.Arbitrary<readonly T[]> =>
  fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length })

/** The same programme with every list in another order. */
export const arbPermuted = (p: Programme): fc.Arbitrary<Programme> =>
  fc
    .record({
      mentees: arbOrder(p.mentees),
      mentors: arbOrder(p.mentors),
      criteria: arbOrder(p.criteria),
      affinities: arbOrder(p.affinities),
      locked: arbOrder(p.locked),
      forbidden: arbOrder(p.forbidden),
      existing: arbOrder(p.existing),
    })
    .map((lists) => ({ ...p, ...lists }))

/** Problems with the reasons of `m`'s unmatched mentees, worked out from `scorePair` alone. */
export const reasonProblems = (org: Organisation, p: Programme, m: Matching): readonly string[] => {
  const out: string[] = []
  const capacity = (id: string) => org.index.employeeById.get(id as never)?.mentorCapacity ?? 0
  const count = (xs: readonly { mentorId: string }[], id: string) => xs.filter((x) => x.mentorId === id).length
  const roomBefore = (id: string) => Math.max(0, capacity(id) - count(p.existing, id)) - count(p.locked, id)
  for (const u of m.unmatched) {
    const scores = p.mentors.map((id) => ({ id, s: scorePair(org, p, id, u.menteeId, p.asOf) }))
    const eligible = scores.filter((x) => E.isRight(x.s) && x.s.right.eligible).map((x) => x.id as string)
    const excluded = new Map<string, number>()
    for (const x of scores) {
      if (E.isLeft(x.s) || x.s.right.eligible) continue
      for (const v of x.s.right.violations) {
        const c = v.code === 'requirement-unmet' ? v.criterion : v.code
        excluded.set(c, (excluded.get(c) ?? 0) + 1)
      }
    }
    const none = u.reasons.find((r) => r.code === 'no-eligible-mentor')
    const full = u.reasons.find((r) => r.code === 'mentors-at-capacity')
    const taken = u.reasons.find((r) => r.code === 'places-taken')
    if (eligible.length === 0) {
      const told = new Map((none?.excludedBy ?? []).map((x) => [x.criterion, x.mentors]))
      if (none === undefined || none.pool !== p.mentors.length) out.push(`${u.menteeId}: no-eligible-mentor missing or wrong pool`)
      if (JSON.stringify([...told].sort()) !== JSON.stringify([...excluded].sort())) out.push(`${u.menteeId}: excludedBy ${JSON.stringify([...told])} not ${JSON.stringify([...excluded])}`)
      continue
    }
    const fullIds = full?.mentorIds ?? []
    const takenIds = taken?.mentors.map((t) => t.mentorId) ?? []
    if (JSON.stringify([...fullIds, ...takenIds].sort()) !== JSON.stringify([...eligible].sort())) out.push(`${u.menteeId}: reasons do not name every eligible mentor once`)
    for (const id of fullIds) if (roomBefore(id) > 0) out.push(`${u.menteeId}: ${id} had places but is called full`)
    for (const t of taken?.mentors ?? []) {
      const newOnes = m.pairs.filter((x) => x.mentorId === t.mentorId && !x.locked).map((x) => x.menteeId as string)
      if (roomBefore(t.mentorId) <= 0) out.push(`${u.menteeId}: ${t.mentorId} had no places but is called taken`)
      if (JSON.stringify([...t.menteeIds].sort()) !== JSON.stringify(newOnes.sort())) out.push(`${u.menteeId}: ${t.mentorId} took ${JSON.stringify(newOnes)}`)
      if (newOnes.length !== roomBefore(t.mentorId)) out.push(`${u.menteeId}: ${t.mentorId} still has room`)
    }
  }
  return out
}
