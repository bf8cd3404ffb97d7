/**
 * Why a mentee stays unmatched, on a programme small enough to reason about by hand.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { explainMatching, explainUnmatched } from '../../src/matching/explain.js'
import { match } from '../../src/matching/match.js'
import type { Matching } from '../../src/matching/matching.js'
import { orgOf, pair, person, programmeOf, request, rule } from '../pairing/build.js'

// Mentors started in 2010; mentees in 2025, except `veteran` (2005), whom nobody is more
// experienced than. `full` has one place, taken by an existing mentee; `solo` has one place;
// `fan` is forbidden for `late`.
const org = orgOf([
  person({ id: 'full', capacity: 1, startDate: '2010-01-01' }),
  person({ id: 'solo', capacity: 1, startDate: '2010-01-01' }),
  person({ id: 'fan', capacity: 1, startDate: '2010-01-01' }),
  person({ id: 'early', startDate: '2025-01-01' }),
  person({ id: 'late', startDate: '2025-06-01' }),
  person({ id: 'veteran', startDate: '2005-01-01' }),
  person({ id: 'old', startDate: '2001-01-01' }),
])
const programme = programmeOf({
  mentees: [request('early'), request('late'), request('veteran')],
  mentors: ['full', 'solo', 'fan'],
  criteria: [rule('more-experienced', 'require', 0, { minYears: 1 })],
  existing: [pair('full', 'old')],
  locked: [pair('fan', 'early')],
  forbidden: [pair('fan', 'late'), pair('solo', 'veteran')],
})

const run = (): Matching => {
  const m = match(org, programme)
  if (E.isLeft(m)) throw new Error(JSON.stringify(m.left))
  return m.right
}

describe('match: reasons of the unmatched', () => {
  it('places the locked pair, gives solo its one place, and explains the other two mentees', () => {
    const m = run()
    // early is locked to fan; late can only go to solo (full has no place, fan is forbidden).
    expect(m.pairs.map((p) => [p.mentorId, p.menteeId, p.locked])).toEqual([
      ['fan', 'early', true],
      ['solo', 'late', false],
    ])
    expect(m.mentorLoad).toEqual({ fan: 1, full: 1, solo: 1 })
    expect(m.coverage).toBeCloseTo(2 / 3, 12)
    expect(m.unmatched).toEqual([
      {
        menteeId: 'veteran',
        reasons: [
          {
            code: 'no-eligible-mentor',
            pool: 3,
            excludedBy: [
              { criterion: 'more-experienced', mentors: 3 },
              { criterion: 'forbidden', mentors: 1 },
            ],
          },
        ],
      },
    ])
  })

  it('names mentors that are full before matching, and places that went to others', () => {
    const crowded = { ...programme, mentees: [...programme.mentees, request('early2')] }
    const org2 = orgOf([...org.employees, person({ id: 'early2', startDate: '2025-02-01' })])
    const m = match(org2, crowded)
    if (E.isLeft(m)) throw new Error('refused')
    // early2 and late both want solo's single place (full is full, fan is locked to early).
    const lost = m.right.unmatched.find((u) => u.menteeId !== 'veteran')
    const winner = m.right.pairs.find((p) => p.mentorId === 'solo')?.menteeId
    expect(lost?.reasons).toContainEqual({ code: 'places-taken', mentors: [{ mentorId: 'solo', menteeIds: [winner] }] })
    expect(lost?.reasons).toContainEqual({ code: 'mentors-at-capacity', mentorIds: lost?.menteeId === 'late' ? ['full'] : ['fan', 'full'] })
    const text = explainUnmatched(m.right, 'en')
    expect(text).toContain(`solo to ${winner}`)
    expect(text).toContain('placing this mentee would leave another one without a mentor')
    expect(explainUnmatched(m.right, 'nl')).toContain(`solo aan ${winner}`)
  })

  it('explains a matching in English and Dutch with every pair, every unmatched mentee and why', () => {
    const m = run()
    const en = explainMatching(m, 'en')
    const nl = explainMatching(m, 'nl')
    expect(en).toContain('2 of 3 mentees matched')
    expect(en).toContain('- fan mentors early')
    expect(en).toContain('locked')
    expect(en).toContain('none of the 3 mentors is eligible: more experienced rules out 3; 1 forbidden by the programme.')
    expect(nl).toContain('2 van 3 mentees gekoppeld')
    expect(nl).toContain('- solo begeleidt late')
    expect(nl).toContain('geen van de 3 mentoren komt in aanmerking')
    expect(en).not.toBe(nl)
  })
})
