import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { defaultPolicy } from '../../src/programme/defaults.js'
import { assessReadiness } from '../../src/readiness/assess.js'
import { employee, orgOf } from './fixture.js'

const asOf = '2026-11-01'

describe('assessReadiness', () => {
  it('finds a seasoned, willing, trained employee ready for a formal programme', () => {
    const org = orgOf([employee({ id: 'e1' })])
    expect(assessReadiness(org, 'e1', defaultPolicy('formal'), asOf)).toEqual(
      E.right({ employeeId: 'e1', status: 'ready', gaps: [], advice: [] }),
    )
  })

  it('lists every required gap with its figures, in rule order', () => {
    const org = orgOf([
      employee({ id: 'e1', teamSince: '2025-03-01', competencies: { didactics: 2 }, trainings: [], interest: null }),
    ])
    const r = assessReadiness(org, 'e1', defaultPolicy('formal'), asOf, { currentLoad: 1 })
    expect(r).toEqual(
      E.right({
        employeeId: 'e1',
        status: 'not-ready',
        gaps: [
          { code: 'interest-missing' },
          { code: 'tenure-below-minimum', required: 2, actual: 1, metOn: '2027-03-01' },
          { code: 'competency-below-minimum', competency: 'didactics', required: 3, actual: 2 },
          { code: 'training-missing', required: 'coaching-techniques' },
          { code: 'no-capacity', required: 2, actual: 1 },
        ],
        advice: [],
      }),
    )
  })

  it('puts advised rules in advice and lets them not block (structured)', () => {
    const org = orgOf([employee({ id: 'e1', competencies: { planning: 1 }, trainings: [] })])
    expect(assessReadiness(org, 'e1', defaultPolicy('structured'), asOf)).toEqual(
      E.right({
        employeeId: 'e1',
        status: 'ready',
        gaps: [],
        advice: [
          { code: 'competency-below-minimum', competency: 'planning', required: 3, actual: 1 },
          { code: 'training-missing', required: 'coaching-techniques' },
        ],
      }),
    )
  })

  it('checks nothing for spontaneous mentoring', () => {
    const org = orgOf([employee({ id: 'e1', teamSince: asOf, interest: { interested: false }, trainings: [], capacity: 0 })])
    expect(assessReadiness(org, 'e1', defaultPolicy('spontaneous'), asOf)).toEqual(
      E.right({ employeeId: 'e1', status: 'ready', gaps: [], advice: [] }),
    )
  })

  it('tells not-interested apart from interest-missing, and ignores records dated after asOf', () => {
    const policy = defaultPolicy('encouraged')
    const gapsOf = (interest: { interested: boolean; recordedOn?: string } | null) => {
      const r = assessReadiness(orgOf([employee({ id: 'e1', interest })]), 'e1', policy, asOf)
      return E.isRight(r) ? r.right.gaps : undefined
    }
    expect(gapsOf({ interested: false })).toEqual([{ code: 'not-interested' }])
    expect(gapsOf(null)).toEqual([{ code: 'interest-missing' }])
    expect(gapsOf({ interested: true, recordedOn: '2026-11-02' })).toEqual([{ code: 'interest-missing' }])
    expect(gapsOf({ interested: true, recordedOn: asOf })).toEqual([])
  })

  it('counts tenure from teamSince, with 29 February falling on 1 March', () => {
    const org = orgOf([employee({ id: 'e1', startDate: '2010-01-01', teamSince: '2024-02-29' })])
    const gaps = (date: string) => {
      const r = assessReadiness(org, 'e1', defaultPolicy('encouraged'), date)
      return E.isRight(r) ? r.right.gaps : undefined
    }
    expect(gaps('2025-02-28')).toEqual([{ code: 'tenure-below-minimum', required: 1, actual: 0, metOn: '2025-03-01' }])
    expect(gaps('2025-03-01')).toEqual([])
  })

  it('gives unknown-employee for an id not in the organisation', () => {
    const r = assessReadiness(orgOf([employee({ id: 'e1' })]), 'e9', defaultPolicy('formal'), asOf)
    expect(r).toEqual(E.left(expect.objectContaining({ code: 'unknown-employee', id: 'e9' })))
  })

  it('reports an invalid date and an invalid load together, with paths', () => {
    const r = assessReadiness(orgOf([employee({ id: 'e1' })]), 'e1', defaultPolicy('formal'), '2026-02-30', {
      currentLoad: -1,
    })
    expect(E.isLeft(r) && r.left.code === 'invalid-readiness-input' ? r.left.issues.map((i) => [i.code, i.path]) : r).toEqual([
      ['invalid-as-of', ['asOf']],
      ['invalid-current-load', ['options', 'currentLoad']],
    ])
  })

  it('never throws on hostile asOf or load values', () => {
    const org = orgOf([employee({ id: 'e1' })])
    for (const bad of [undefined, null, 3, {}, [], 'yesterday', '2026-1-1', Symbol('x')]) {
      const r = assessReadiness(org, 'e1', defaultPolicy('formal'), bad as unknown as string, {
        currentLoad: bad as unknown as number,
      })
      expect(E.isLeft(r)).toBe(true)
    }
  })
})
