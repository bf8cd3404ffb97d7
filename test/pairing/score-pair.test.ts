import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { applyHints } from '../../src/pairing/apply-hints.js'
import { totalWeight } from '../../src/pairing/formula.js'
import { scorePair } from '../../src/pairing/score-pair.js'
import { effectiveRules } from '../../src/pairing/rules.js'
import { arbWorld } from './arbitraries.js'
import { person, orgOf, programmeOf, request, rule } from './build.js'
import { managesByChain, pairsOf, right, scoreAll } from './laws.js'

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0)

describe('scorePair laws', () => {
  it('contributions add up to the score (within 1e-9), and the score is 1 when the total weight is 0', () => {
    fc.assert(
      fc.property(arbWorld(), (w) => {
        for (const s of scoreAll(w)) {
          if (!s.eligible) continue
          const total = totalWeight(s.breakdown)
          if (total === 0) expect(s.score).toBe(1)
          else expect(Math.abs(sum(s.breakdown.map((r) => r.contribution)) - s.score)).toBeLessThanOrEqual(1e-9)
        }
      }),
    )
  })

  it('the score stays in [0, 1] and every raw in [0, 1]', () => {
    fc.assert(
      fc.property(arbWorld(), (w) => {
        for (const s of scoreAll(w)) {
          if (s.eligible) expect(s.score >= 0 && s.score <= 1).toBe(true)
          for (const r of s.breakdown) expect(r.raw >= 0 && r.raw <= 1).toBe(true)
        }
      }),
    )
  })

  it('the order of the criteria does not matter', () => {
    fc.assert(
      fc.property(arbWorld(), fc.infiniteStream(fc.nat()), (w, randoms) => {
        const shuffled = [...w.programme.criteria]
          .map((r) => ({ r, k: randoms.next().value }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.r)
        const other = { ...w, programme: { ...w.programme, criteria: shuffled } }
        const a = scoreAll(w)
        const b = scoreAll(other)
        a.forEach((s, k) => {
          const t = b[k]
          expect(t?.eligible).toBe(s.eligible)
          if (s.eligible && t?.eligible) expect(Math.abs(s.score - t.score)).toBeLessThanOrEqual(1e-9)
          const byName = (rows: typeof s.breakdown) => [...rows].sort((x, y) => x.criterion.localeCompare(y.criterion))
          expect(byName(t?.breakdown ?? []).map((r) => [r.criterion, r.raw])).toEqual(byName(s.breakdown).map((r) => [r.criterion, r.raw]))
        })
      }),
    )
  })

  it('multiplying every weight by the same positive factor leaves the score unchanged', () => {
    fc.assert(
      fc.property(arbWorld(), fc.double({ min: 0.01, max: 100, noNaN: true }), (w, factor) => {
        const criteria = w.programme.criteria.map((r) => ({ ...r, weight: r.weight * factor }))
        const scaled = scoreAll({ ...w, programme: { ...w.programme, criteria } })
        scoreAll(w).forEach((s, k) => {
          const t = scaled[k]
          expect(t?.eligible).toBe(s.eligible)
          if (s.eligible && t?.eligible) expect(Math.abs(s.score - t.score)).toBeLessThanOrEqual(1e-9)
        })
      }),
    )
  })

  it('a violated require makes the pair ineligible whatever the weights', () => {
    fc.assert(
      fc.property(arbWorld(), fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 9, maxLength: 9 }), (w, weights) => {
        const criteria = w.programme.criteria.map((r, k) => ({ ...r, weight: weights[k] ?? 1 }))
        for (const s of scoreAll({ ...w, programme: { ...w.programme, criteria } })) {
          const violated = s.breakdown.some((r) => r.mode === 'require' && r.raw < 1)
          if (violated) expect(s.eligible).toBe(false)
        }
      }),
    )
  })

  it('applying the hints of an ineligible pair makes it eligible (when every violation is fixable)', () => {
    fc.assert(
      fc.property(arbWorld(), (w) => {
        for (const p of pairsOf(w)) {
          const s = right(scorePair(w.org, w.programme, p.mentorId, p.menteeId, w.asOf))
          if (s.eligible) continue
          const fixable = s.violations.every((v) => (v.code === 'requirement-unmet' ? v.fixable : v.code !== 'already-paired'))
          const running = w.programme.existing.some((e) => e.mentorId === p.mentorId && e.menteeId === p.menteeId)
          expect(fixable).toBe(!running && s.violations.every((v) => v.code !== 'requirement-unmet' || v.criterion !== 'not-reporting-line'))
          if (!fixable) continue
          const after = applyHints(w.org, w.programme, w.asOf, s.hints)
          const t = right(scorePair(after.org, after.programme, p.mentorId, p.menteeId, after.asOf))
          expect(t.eligible, JSON.stringify({ hints: s.hints, after: t })).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('a manager is never eligible as mentor of anyone in their reporting line (in either direction)', () => {
    fc.assert(
      fc.property(arbWorld(), (w) => {
        const noListed = { ...w.programme, criteria: w.programme.criteria.filter((r) => r.criterion !== 'not-reporting-line') }
        for (const programme of [w.programme, noListed]) {
          for (const p of pairsOf(w)) {
            const line = managesByChain(w.org, p.mentorId, p.menteeId) || managesByChain(w.org, p.menteeId, p.mentorId)
            const s = right(scorePair(w.org, programme, p.mentorId, p.menteeId, w.asOf))
            if (line) expect(s.eligible).toBe(false)
          }
        }
      }),
    )
  })

  it('not-reporting-line applies as require even when a programme lists it otherwise', () => {
    const rules = effectiveRules({ criteria: [rule('not-reporting-line', 'prefer', 5)] })
    expect(rules.map((r) => r.rule.mode)).toEqual(['require'])
  })
})

describe('scorePair', () => {
  const org = orgOf([
    person({ id: 'boss' }),
    person({ id: 'anouk', managerId: 'boss', startDate: '2015-03-01' }),
    person({ id: 'bram', managerId: 'boss', startDate: '2025-09-01' }),
  ])
  const programme = programmeOf({
    mentees: [request('bram')],
    mentors: ['anouk'],
    criteria: [rule('same-team', 'prefer', 3), rule('shared-language', 'avoid', 1)],
    forbidden: [],
  })

  it('scores a pair: prefer adds weight * raw / W and avoid weight * (1 - raw) / W', () => {
    const s = right(scorePair(org, programme, 'anouk', 'bram', '2026-11-01'))
    // same team (raw 1, weight 3) and a shared language avoided (raw 1, weight 1): 3/4 + 0.
    expect(s).toMatchObject({ eligible: true, score: 0.75 })
  })

  it('a forbidden pair is ineligible with a violation of code forbidden and the hint to remove it', () => {
    const forbidden = { ...programme, forbidden: [{ mentorId: org.employees[1]!.id, menteeId: org.employees[2]!.id }] }
    const s = right(scorePair(org, forbidden, 'anouk', 'bram', '2026-11-01'))
    expect(s.eligible).toBe(false)
    if (!s.eligible) {
      expect(s.violations.map((v) => v.code)).toEqual(['forbidden'])
      expect(s.hints).toEqual([{ code: 'remove-forbidden', mentorId: 'anouk', menteeId: 'bram' }])
    }
  })

  it('the score is capped at 1 where rounding would carry the sum of full contributions above it', () => {
    // 0.347…/W + 7.909…/W is 1.0000000000000002 in floating point.
    const weights = [0.34705038837472785, 7.909070294197463]
    const p = { ...programme, criteria: [rule('same-team', 'prefer', weights[0]), rule('shared-language', 'prefer', weights[1])] }
    expect(right(scorePair(org, p, 'anouk', 'bram', '2026-11-01'))).toMatchObject({ eligible: true, score: 1 })
  })

  it('fails with unknown-employee, not-a-mentee, same-employee and an invalid date', () => {
    const code = (e: E.Either<{ code: string }, unknown>) => (E.isLeft(e) ? e.left.code : 'right')
    expect(code(scorePair(org, programme, 'nobody', 'bram', '2026-11-01'))).toBe('unknown-employee')
    expect(code(scorePair(org, programme, 'anouk', 'nobody', '2026-11-01'))).toBe('unknown-employee')
    expect(code(scorePair(org, programme, 'bram', 'anouk', '2026-11-01'))).toBe('not-a-mentee')
    expect(code(scorePair(org, programme, 'bram', 'bram', '2026-11-01'))).toBe('same-employee')
    expect(code(scorePair(org, programme, 'anouk', 'bram', '2026-02-30'))).toBe('invalid-scoring-input')
  })

  it('an unknown criterion in a hand-built programme is an error, not a throw', () => {
    const bad = { ...programme, criteria: [rule('no-such-thing', 'prefer', 1)] }
    const e = scorePair(org, bad, 'anouk', 'bram', '2026-11-01')
    expect(E.isLeft(e) && e.left.code === 'invalid-scoring-input' && e.left.issues[0]?.code).toBe('unknown-criterion')
  })
})
