import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mergeHints, type Hint } from '../../src/pairing/hint.js'
import { scorePair } from '../../src/pairing/score-pair.js'
import { id, orgOf, pair, person, programmeOf, request, rule } from './build.js'
import { right } from './laws.js'

describe('hints', () => {
  const org = orgOf([
    person({ id: 'boss' }),
    // Joined the team on 1 March 2025: two years on 1 March 2027; not trained; didactics 2.
    person({ id: 'cas', managerId: 'boss', startDate: '2018-01-01', teamSince: '2025-03-01', trained: false, competencies: { didactics: 2 } }),
    person({ id: 'bram', managerId: 'boss', startDate: '2025-09-01', expertise: { sql: 3 } }),
    person({ id: 'dirk', managerId: 'boss', startDate: '2025-03-01' }),
  ])

  it('a formal mentor who is not ready gets one hint per gap', () => {
    const programme = programmeOf({ formality: 'formal', mentees: [request('bram')], mentors: ['cas'], criteria: [rule('mentor-ready', 'require')] })
    const s = right(scorePair(org, programme, 'cas', 'bram', '2026-11-01'))
    expect(s.eligible).toBe(false)
    if (s.eligible) return
    expect(new Set(s.hints)).toEqual(
      new Set<Hint>([
        { code: 'wait-until', date: '2027-03-01' as never },
        { code: 'raise-competency', employeeId: id('cas'), competency: 'didactics', to: 3 },
        { code: 'complete-training', employeeId: id('cas'), kind: 'coaching-techniques' },
      ]),
    )
  })

  it('more-experienced: lower minYears to the actual gap, or relax when the mentor started later', () => {
    const programme = programmeOf({
      mentees: [request('bram')],
      mentors: ['dirk', 'cas'],
      criteria: [rule('more-experienced', 'require', 0, { minYears: 2 })],
      forbidden: [pair('cas', 'bram')],
    })
    // dirk started 2025-03-01, six months before bram: 0 whole years ahead.
    const s = right(scorePair(org, programme, 'dirk', 'bram', '2026-11-01'))
    expect(!s.eligible && s.hints).toEqual([{ code: 'set-params', criterion: 'more-experienced', params: { minYears: 0 } }])
    const later = right(scorePair(org, { ...programme, mentees: [request('dirk')], mentors: [id('bram')] }, 'bram', 'dirk', '2026-11-01'))
    expect(!later.eligible && later.hints).toEqual([{ code: 'relax-criterion', criterion: 'more-experienced' }])
  })

  it('expertise-coverage: the mentor reaches the level needed in each uncovered area', () => {
    const programme = programmeOf({
      mentees: [request('bram', [], ['sql', 'go'])],
      mentors: ['dirk'],
      criteria: [rule('expertise-coverage', 'require', 0, { minLead: 1 })],
    })
    const s = right(scorePair(org, programme, 'dirk', 'bram', '2026-11-01'))
    expect(!s.eligible && s.hints).toEqual([
      { code: 'raise-expertise', employeeId: 'dirk', area: 'sql', to: 4 },
      { code: 'raise-expertise', employeeId: 'dirk', area: 'go', to: 1 },
    ])
  })

  it('mergeHints keeps one hint per subject, the larger change, and never loses a subject', () => {
    const arbHint = fc.oneof(
      fc.record({ code: fc.constant('raise-capacity' as const), employeeId: fc.constantFrom(id('a'), id('b')), to: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ code: fc.constant('wait-until' as const), date: fc.constantFrom('2027-01-01', '2026-12-01').map((d) => d as never) }),
    )
    fc.assert(
      fc.property(fc.array(arbHint), (hints: Hint[]) => {
        const merged = mergeHints(hints)
        const subject = (h: Hint) => (h.code === 'raise-capacity' ? h.employeeId : h.code)
        expect(new Set(merged.map(subject))).toEqual(new Set(hints.map(subject)))
        expect(merged.length).toBe(new Set(hints.map(subject)).size)
        for (const m of merged) {
          for (const h of hints.filter((x) => subject(x) === subject(m))) {
            if (m.code === 'raise-capacity' && h.code === 'raise-capacity') expect(m.to).toBeGreaterThanOrEqual(h.to)
            if (m.code === 'wait-until' && h.code === 'wait-until') expect(m.date >= h.date).toBe(true)
          }
        }
      }),
    )
  })
})
