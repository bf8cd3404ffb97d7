import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { buildScoreMatrix } from '../../src/pairing/score-matrix.js'
import { scorePair } from '../../src/pairing/score-pair.js'
import { arbWorld } from './arbitraries.js'
import { orgOf, person, programmeOf, request, rule } from './build.js'
import { right } from './laws.js'

describe('buildScoreMatrix', () => {
  it('the matrix equals scorePair on every pair of random small programmes (scores bit for bit)', () => {
    fc.assert(
      fc.property(arbWorld(2, 9), (w) => {
        const m = right(buildScoreMatrix(w.org, w.programme, { asOf: w.asOf }))
        expect([m.rows, m.cols]).toEqual([w.programme.mentees.length, w.programme.mentors.length])
        for (let i = 0; i < m.rows; i++) {
          let eligible = 0
          for (let j = 0; j < m.cols; j++) {
            const s = right(scorePair(w.org, w.programme, m.mentorIds[j]!, m.menteeIds[i]!, w.asOf))
            const cell = m.data[i * m.cols + j]
            expect(cell).toBe(s.eligible ? s.score : -Infinity)
            expect(m.pairScore(i, j)).toEqual(s)
            if (s.eligible) eligible++
          }
          expect(m.eligibleCount[i]).toBe(eligible)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('counts, per mentee, the mentors each require criterion, the forbidden list and the existing pairs exclude', () => {
    fc.assert(
      fc.property(arbWorld(2, 9), (w) => {
        const m = right(buildScoreMatrix(w.org, w.programme, { asOf: w.asOf }))
        for (let i = 0; i < m.rows; i++) {
          const expected = new Map<string, number>(m.exclusionCriteria.map((c) => [c, 0]))
          for (let j = 0; j < m.cols; j++) {
            const s = right(scorePair(w.org, w.programme, m.mentorIds[j]!, m.menteeIds[i]!, w.asOf))
            for (const r of s.breakdown) if (r.mode === 'require' && r.raw < 1) expected.set(r.criterion, (expected.get(r.criterion) ?? 0) + 1)
            if (!s.eligible && s.violations.some((v) => v.code === 'forbidden')) expected.set('forbidden', (expected.get('forbidden') ?? 0) + 1)
            const running = w.programme.existing.some((e) => e.mentorId === m.mentorIds[j] && e.menteeId === m.menteeIds[i])
            if (running) expected.set('already-paired', (expected.get('already-paired') ?? 0) + 1)
          }
          expect(m.exclusionsOf(i)).toEqual([...expected].map(([criterion, mentors]) => ({ criterion, mentors })))
        }
      }),
    )
  })

  it('candidate lists hold exactly the finite cells, row by row', () => {
    fc.assert(
      fc.property(arbWorld(2, 9), (w) => {
        const m = right(buildScoreMatrix(w.org, w.programme, { asOf: w.asOf }))
        const csr = m.candidateLists()
        for (let i = 0; i < m.rows; i++) {
          const cells: [number, number][] = []
          for (let j = 0; j < m.cols; j++) {
            const v = m.data[i * m.cols + j]!
            if (v !== -Infinity) cells.push([j, v])
          }
          const row = m.candidates(i)
          expect([...row.mentors].map((j, k) => [j, row.scores[k]])).toEqual(cells)
          const from = csr.offsets[i]!
          const to = csr.offsets[i + 1]!
          expect([...csr.mentors.subarray(from, to)].map((j, k) => [j, csr.scores[from + k]])).toEqual(cells)
        }
      }),
    )
  })

  it('capacities subtract existing pairs, and locked mentees point at their mentor', () => {
    const org = orgOf([
      person({ id: 'a', capacity: 3 }),
      person({ id: 'b', capacity: 1 }),
      person({ id: 'x', startDate: '2025-01-01' }),
      person({ id: 'y', startDate: '2025-01-01' }),
    ])
    const p = programmeOf({
      mentees: [request('x'), request('y')],
      mentors: ['a', 'b'],
      criteria: [rule('same-team', 'prefer')],
      existing: [{ mentorId: 'a' as never, menteeId: 'y' as never }, { mentorId: 'b' as never, menteeId: 'y' as never }],
      locked: [{ mentorId: 'b' as never, menteeId: 'y' as never }],
    })
    const m = right(buildScoreMatrix(org, p))
    expect([...m.capacities]).toEqual([2, 0])
    expect([...m.lockedMentor]).toEqual([-1, 1])
  })

  it('pairScore out of range is an empty ineligible score, not a throw', () => {
    const org = orgOf([person({ id: 'a' }), person({ id: 'x', startDate: '2025-01-01' })])
    const m = right(buildScoreMatrix(org, programmeOf({ mentees: [request('x')], mentors: ['a'], criteria: [] })))
    expect(m.pairScore(0, 0).eligible).toBe(true)
    for (const [i, j] of [[1, 0], [0, 1], [-1, 0]] as const) expect(m.pairScore(i, j)).toMatchObject({ eligible: false, breakdown: [] })
  })

  it('refuses a programme whose mentee is also a mentor, and unknown ids', () => {
    const org = orgOf([person({ id: 'a' }), person({ id: 'x' })])
    const both = programmeOf({ mentees: [request('x')], mentors: ['a', 'x'], criteria: [] })
    const e = buildScoreMatrix(org, both)
    expect(E.isLeft(e) && e.left.code === 'invalid-scoring-input' && e.left.issues.map((i) => i.code)).toEqual(['mentee-is-mentor'])
    const ghost = programmeOf({ mentees: [request('x')], mentors: ['ghost'], criteria: [] })
    const g = buildScoreMatrix(org, ghost)
    expect(E.isLeft(g) && g.left.code).toBe('unknown-employee')
  })
})
