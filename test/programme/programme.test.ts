import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defineCriterion } from '../../src/pairing/criterion.js'
import { DEFAULT_CRITERIA } from '../../src/pairing/defaults.js'
import { defaultPolicy } from '../../src/programme/defaults.js'
import { parseProgramme } from '../../src/programme/parse-programme.js'
import { orgOf, person } from '../pairing/build.js'

const org = orgOf([
  person({ id: 'e0' }),
  person({ id: 'e1', managerId: 'e0', startDate: '2015-01-01', capacity: 1 }),
  person({ id: 'e2', managerId: 'e0', startDate: '2016-01-01', capacity: 2 }),
  person({ id: 'e3', managerId: 'e0', startDate: '2024-01-01', interested: null }),
  person({ id: 'e5', managerId: 'e1', startDate: '2026-03-01' }),
  person({ id: 'e6', managerId: 'e0', startDate: '2026-04-01' }),
  person({ id: 'e9', managerId: 'e0', startDate: '2025-04-01' }),
])

const base = {
  schemaVersion: 1,
  id: 'p-2026-onboarding',
  name: 'Onboarding buddies',
  formality: 'structured',
  asOf: '2026-11-01',
  mentees: [{ employeeId: 'e5', purpose: 'onboarding' }, { employeeId: 'e6', purpose: 'development', topics: ['strategy'] }],
}

const issues = (input: unknown, options?: Parameters<typeof parseProgramme>[2]) => {
  const r = parseProgramme(input, org, options)
  return E.isLeft(r) ? r.left.issues.map((i) => ({ code: i.code, path: i.path })) : []
}

describe('parseProgramme', () => {
  it('applies the defaults of CONTRACT section 5', () => {
    const r = parseProgramme(base, org)
    expect(E.isRight(r)).toBe(true)
    if (E.isLeft(r)) return
    const p = r.right
    expect(p.managerId).toBeNull()
    expect(p.policy).toEqual(defaultPolicy('structured'))
    expect(p.criteria).toEqual(DEFAULT_CRITERIA.structured)
    expect(p.mentees[0]).toEqual({ employeeId: 'e5', purpose: 'onboarding', developmentAreas: [], topics: [] })
    expect([p.affinities, p.locked, p.forbidden, p.existing]).toEqual([[], [], [], []])
    // Every employee ready for a structured programme (two years in the team, interest), not a mentee:
    // e0, e1 and e2; e3 has too little tenure and no recorded interest, e9 too little tenure.
    expect(p.mentors).toEqual(['e0', 'e1', 'e2'])
  })

  it('counts existing pairs as load when choosing the default mentors', () => {
    const r = parseProgramme({ ...base, existing: [{ mentorId: 'e1', menteeId: 'e9' }] }, org)
    expect(E.isRight(r) && r.right.mentors).toEqual(['e0', 'e2'])
  })

  it('parses the example of CONTRACT section 5 (with ids of this organisation)', () => {
    const r = parseProgramme(
      {
        ...base,
        managerId: 'e0',
        policy: { mentor: { tenure: { minYears: 1 } } },
        mentees: [{ employeeId: 'e5', purpose: 'onboarding', developmentAreas: ['typescript'], topics: ['approach', 'buy-in', 'next-step', 'strategy'] }],
        mentors: ['e1', 'e2'],
        criteria: [{ criterion: 'same-team', mode: 'prefer', weight: 3 }],
        affinities: [{ a: 'e1', b: 'e6', source: 'observed' }],
        locked: [{ mentorId: 'e2', menteeId: 'e5' }],
        forbidden: [{ mentorId: 'e1', menteeId: 'e5' }],
        existing: [{ mentorId: 'e1', menteeId: 'e9' }],
      },
      org,
    )
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) expect(r.right.policy.mentor.tenure.minYears).toBe(1)
  })

  it('reports every structural problem at once, with paths', () => {
    const found = issues({ ...base, schemaVersion: 2, formality: 'casual', extra: 1, mentees: [{ employeeId: 'e5' }], criteria: [{ criterion: 'same-team', mode: 'prefer', weight: 11 }] })
    expect(found).toEqual(
      expect.arrayContaining([
        { code: 'programme-unsupported-schema-version', path: ['schemaVersion'] },
        { code: 'programme-invalid-option', path: ['formality'] },
        { code: 'programme-unknown-key', path: ['extra'] },
        { code: 'programme-missing-field', path: ['mentees', 0, 'purpose'] },
        { code: 'programme-number-too-big', path: ['criteria', 0, 'weight'] },
      ]),
    )
  })

  it('reports references, duplicates and conflicts all at once', () => {
    const found = issues({
      ...base,
      managerId: 'boss',
      mentees: [...base.mentees, { employeeId: 'e5', purpose: 'onboarding' }, { employeeId: 'ghost', purpose: 'onboarding' }],
      mentors: ['e1', 'e1', 'e6', 'nobody'],
      criteria: [
        { criterion: 'same-team', mode: 'prefer', weight: 1 },
        { criterion: 'same-team', mode: 'avoid', weight: 1 },
        { criterion: 'charisma', mode: 'prefer', weight: 1 },
        { criterion: 'more-experienced', mode: 'require', params: { minYears: -1, extra: true } },
        { criterion: 'not-reporting-line', mode: 'prefer', weight: 2 },
      ],
      affinities: [{ a: 'e1', b: 'e1', source: 'observed' }, { a: 'e1', b: 'x', source: 'nominated' }],
      locked: [{ mentorId: 'e1', menteeId: 'e6' }, { mentorId: 'e2', menteeId: 'e6' }],
      forbidden: [{ mentorId: 'e1', menteeId: 'e6' }, { mentorId: 'e1', menteeId: 'e6' }, { mentorId: 'e5', menteeId: 'e5' }],
    })
    expect(found).toEqual(
      expect.arrayContaining([
        { code: 'unknown-employee', path: ['managerId'] },
        { code: 'duplicate-mentee', path: ['mentees', 2, 'employeeId'] },
        { code: 'unknown-employee', path: ['mentees', 3, 'employeeId'] },
        { code: 'duplicate-mentor', path: ['mentors', 1] },
        { code: 'mentee-is-mentor', path: ['mentors', 2] },
        { code: 'unknown-employee', path: ['mentors', 3] },
        { code: 'duplicate-criterion', path: ['criteria', 1, 'criterion'] },
        { code: 'unknown-criterion', path: ['criteria', 2, 'criterion'] },
        { code: 'programme-number-too-small', path: ['criteria', 3, 'params', 'minYears'] },
        { code: 'programme-unknown-key', path: ['criteria', 3, 'params', 'extra'] },
        { code: 'reporting-line-not-required', path: ['criteria', 4, 'mode'] },
        { code: 'self-affinity', path: ['affinities', 0] },
        { code: 'unknown-employee', path: ['affinities', 1, 'b'] },
        { code: 'locked-and-forbidden', path: ['locked', 0] },
        { code: 'mentee-locked-twice', path: ['locked', 1, 'menteeId'] },
        { code: 'duplicate-pair', path: ['forbidden', 1] },
        { code: 'self-pair', path: ['forbidden', 2] },
      ]),
    )
  })

  it('reports structural and referential problems of one file together', () => {
    const found = issues({
      ...base,
      extra: true,
      mentees: [{ employeeId: 'e5', purpose: 42 }, { employeeId: 'ghost', purpose: 'onboarding' }],
      mentors: ['nobody'],
    })
    expect(found).toEqual(
      expect.arrayContaining([
        { code: 'programme-unknown-key', path: ['extra'] },
        { code: 'programme-invalid-option', path: ['mentees', 0, 'purpose'] },
        { code: 'unknown-employee', path: ['mentees', 1, 'employeeId'] },
        { code: 'unknown-employee', path: ['mentors', 0] },
      ]),
    )
  })

  it('reports invalid policy overrides under policy', () => {
    const found = issues({ ...base, policy: { mentor: { tenure: { minYears: -3 } } } })
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((i) => i.path[0] === 'policy')).toBe(true)
  })

  it('reports locked pairs beyond a mentor capacity (with existing pairs) and locked pairs breaking a require', () => {
    const found = issues({
      ...base,
      mentors: ['e1', 'e2', 'e9'],
      criteria: [{ criterion: 'more-experienced', mode: 'require', params: { minYears: 1 } }],
      existing: [{ mentorId: 'e1', menteeId: 'e3' }],
      locked: [{ mentorId: 'e1', menteeId: 'e6' }, { mentorId: 'e9', menteeId: 'e5' }],
    })
    expect(found).toEqual([
      { code: 'over-capacity', path: ['locked', 0] },
      // e9 started 2025-04-01, less than a year before e5 (2026-03-01).
      { code: 'locked-breaks-requirement', path: ['locked', 1] },
    ])
  })

  it('a locked pair in the reporting line breaks not-reporting-line, listed or not', () => {
    expect(issues({ ...base, mentors: ['e1'], criteria: [], locked: [{ mentorId: 'e1', menteeId: 'e5' }] })).toEqual([
      { code: 'locked-breaks-requirement', path: ['locked', 0] },
    ])
  })

  it('accepts a criterion the host registered, checks its parameters, and refuses built-in names', () => {
    const floor = defineCriterion({
      name: 'same-floor',
      statements: [],
      params: z.strictObject({ floor: z.int().min(0) }),
      mentorFacts: (m) => m.employee.location,
      menteeFacts: (t) => t.employee.location,
      evaluate: ({ mentor, mentee }) => ({ raw: mentor === mentee ? 1 : 0, reason: {} }),
    })
    const criteria = [{ criterion: 'same-floor', mode: 'prefer', weight: 2, params: { floor: 3 } }]
    expect(issues({ ...base, criteria })).toEqual([{ code: 'unknown-criterion', path: ['criteria', 0, 'criterion'] }])
    expect(issues({ ...base, criteria }, { criteria: { 'same-floor': floor } })).toEqual([])
    expect(issues({ ...base, criteria: [{ ...criteria[0], params: { floor: 'x' } }] }, { criteria: { 'same-floor': floor } })).toEqual([
      { code: 'programme-invalid-type', path: ['criteria', 0, 'params', 'floor'] },
    ])
    expect(issues(base, { criteria: { 'same-team': floor } })).toEqual([{ code: 'reserved-criterion-name', path: [] }])
  })

  it('never throws on hostile input', () => {
    for (const input of [null, 42, 'x', [], {}, { ...base, mentees: null }, { ...base, criteria: [null] }, { ...base, locked: 'x' }, Object.create(null)]) {
      expect(E.isLeft(parseProgramme(input, org))).toBe(true)
    }
  })
})
