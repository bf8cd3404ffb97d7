/**
 * `match` refuses with data: bad options, duplicate ids, locked pairs that do not fit, unknown
 * employees. It never throws and never drops a locked pair silently.
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { match } from '../../src/matching/match.js'
import { employeeId } from '../../src/model/ids.js'
import { defineCriterion } from '../../src/pairing/criterion.js'
import { z } from 'zod'
import { orgOf, pair, person, programmeOf, request, rule } from '../pairing/build.js'
import { hostWorld } from './support.js'

const org = orgOf([
  person({ id: 'boss' }),
  person({ id: 'm1', capacity: 1, managerId: 'boss' }),
  person({ id: 'm2', capacity: 2, managerId: 'boss' }),
  person({ id: 't1', startDate: '2025-01-01', managerId: 'm1' }),
  person({ id: 't2', startDate: '2025-01-01', managerId: 'boss' }),
  person({ id: 't3', startDate: '2025-01-01', managerId: 'boss' }),
])
const base = { mentees: [request('t1'), request('t2'), request('t3')], mentors: ['m1', 'm2'], criteria: [rule('same-team', 'prefer')] }

const codes = (r: ReturnType<typeof match>): readonly string[] =>
  E.isLeft(r) && 'issues' in r.left ? r.left.issues.map((i) => `${i.code} ${i.path.join('.')}`) : []

describe('match: refusals', () => {
  it('reports every bad option at once, with its path', () => {
    const bad = { strategy: 'best', loadBalance: -1, speed: 3 } as never
    expect(codes(match(org, programmeOf(base), bad))).toEqual([
      'match-unknown-option options.speed',
      'match-invalid-strategy options.strategy',
      'match-invalid-load-balance options.loadBalance',
    ])
    expect(codes(match(org, programmeOf(base), 'optimal' as never))).toEqual(['match-invalid-options options'])
    expect(codes(match(org, programmeOf(base), { loadBalance: Number.NaN }))).toEqual(['match-invalid-load-balance options.loadBalance'])
  })

  it('refuses load balance with the stable strategy rather than ignore it', () => {
    expect(codes(match(org, programmeOf(base), { strategy: 'stable', loadBalance: 0.1 }))).toEqual([
      'match-load-balance-with-stable options.loadBalance',
    ])
    expect(E.isRight(match(org, programmeOf(base), { strategy: 'stable', loadBalance: 0 }))).toBe(true)
  })

  it('refuses locked pairs beyond capacity, in a reporting line, forbidden, twice for a mentee or outside the programme', () => {
    const p = programmeOf({
      ...base,
      locked: [pair('m1', 't2'), pair('m1', 't3'), pair('m1', 't1'), pair('m2', 't2'), pair('m2', 'boss'), pair('nobody', 't3')],
      forbidden: [pair('m1', 't3')],
    })
    expect(codes(match(org, p))).toEqual([
      'locked-and-forbidden locked.1',
      'locked-breaks-requirement locked.2',
      'mentee-locked-twice locked.3.menteeId',
      'locked-mentee-not-in-programme locked.4.menteeId',
      'locked-mentor-not-in-pool locked.5.mentorId',
      'over-capacity locked.1',
    ])
  })

  it('refuses a locked pair beyond the places existing pairs leave', () => {
    const p = programmeOf({ ...base, locked: [pair('m2', 't2'), pair('m2', 't3')], existing: [pair('m2', 'boss')] })
    const r = match(org, p)
    expect(codes(r)).toEqual(['over-capacity locked.1'])
    expect(E.isLeft(r) && 'issues' in r.left ? r.left.issues[0]?.params : undefined).toEqual({ mentorId: 'm2', capacity: 2, existing: 1, locked: 2 })
  })

  it('refuses duplicate mentees and mentors of a programme built by hand', () => {
    const p = programmeOf({ ...base, mentees: [request('t1'), request('t2'), request('t1')], mentors: ['m1', 'm2', 'm1'] })
    expect(codes(match(org, p))).toEqual(['duplicate-mentee mentees.2.employeeId', 'duplicate-mentor mentors.2'])
  })

  it('refuses an unknown employee with unknown-employee', () => {
    const r = match(org, programmeOf({ ...base, mentors: ['m1', 'ghost'] }))
    expect(E.isLeft(r) && r.left.code).toBe('unknown-employee')
  })

  it('never throws, whatever the options', () => {
    fc.assert(
      fc.property(hostWorld(8, 4, 4), fc.anything(), ({ org: o, programme }, options) => {
        const r = match(o, programme, options as never)
        expect(E.isRight(r) || r.left.code === 'invalid-match-input').toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('keeps ids as given: a mentor id that only differs in case is another employee', () => {
    const r = match(org, programmeOf({ ...base, mentors: ['M1'] }))
    expect(E.isLeft(r) && r.left.code === 'unknown-employee' ? r.left.id : undefined).toBe(employeeId('M1'))
  })

  it('refuses scores that are not numbers (a host kernel gone wrong) with the first pair and the count', () => {
    const broken = defineCriterion({
      name: 'broken',
      statements: [],
      params: z.strictObject({}),
      mentorFacts: () => 0,
      menteeFacts: () => 0,
      evaluate: () => ({ raw: 0, reason: {} }),
      kernel: () => (_mentee, _mentors, count, out) => out.fill(Number.NaN, 0, count),
    })
    const p = programmeOf({ ...base, criteria: [rule('broken', 'prefer')], custom: { broken } })
    const r = match(org, p)
    expect(codes(r)).toEqual(['match-invalid-score '])
    expect(E.isLeft(r) && 'issues' in r.left ? r.left.issues[0]?.params : undefined).toMatchObject({ value: 'NaN', count: 5 })
  })
})
