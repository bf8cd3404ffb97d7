import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { addDays, type IsoDate } from '../../src/model/date.js'
import { FORMALITY_LEVELS } from '../../src/programme/formality.js'
import { assessReadiness } from '../../src/readiness/assess.js'
import { explainMentorRoleRefusal, mentorRole } from '../../src/readiness/mentor-role.js'
import type { MentorRoleState } from '../../src/readiness/mentor-role-types.js'
import { ctxOf, drive, hr, initial, manager, org, self, SUBJECTS } from './mentor-role-fixture.js'

const formal = ctxOf('formal')
const approveOn = (s: MentorRoleState, at: string, ctx = formal, capacity?: number) =>
  mentorRole.transition(s, capacity === undefined ? { type: 'approve', at } : { type: 'approve', at, capacity }, manager, ctx)
const arbDay = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2025-06-01' as IsoDate, n))

describe('mentorRole: approval is guarded by assessReadiness', () => {
  it('the failed requirements of approve are exactly the readiness gaps on the day of the event', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUBJECTS), fc.constantFrom(...FORMALITY_LEVELS), arbDay, (id, level, day) => {
        const ctx = ctxOf(level)
        const encouraged = drive(initial(id), [[{ type: 'encourage', at: '2025-06-01' }, manager]], ctx)
        const readiness = assessReadiness(org, id, ctx.policy, day)
        if (E.isLeft(readiness)) throw new Error('fixture')
        const r = approveOn(encouraged, day, ctx)
        if (readiness.right.status === 'ready') expect(r).toMatchObject({ _tag: 'Right', right: { status: 'ready' } })
        else expect(r).toEqual(E.left({ code: 'guard-failed', event: 'approve', failed: readiness.right.gaps }))
      }),
    )
  })

  it('interest and training recorded by the machine count for approval', () => {
    const e2 = self('e2')
    const asked = drive(initial('e2'), [[{ type: 'record-interest', at: '2026-02-01', source: 'self', interested: true }, e2]])
    const training = drive(asked, [[{ type: 'start-training', at: '2026-02-10' }, hr]])
    expect(approveOn(training, '2026-03-01')).toEqual(
      E.left({ code: 'guard-failed', event: 'approve', failed: [{ code: 'training-missing', required: 'coaching-techniques' }] }),
    )
    const trained = drive(training, [[{ type: 'complete-training', at: '2026-03-15' }, e2]])
    expect(trained).toMatchObject({ status: 'interested', trainings: [{ kind: 'coaching-techniques', completedOn: '2026-03-15' }] })
    expect(approveOn(trained, '2026-04-01')).toMatchObject({
      _tag: 'Right',
      right: { status: 'ready', approval: { by: 'm1', on: '2026-04-01', level: 'formal' }, capacity: 1 },
    })
  })

  it('completing a training returns to where it started: encouraged stays encouraged', () => {
    const s = drive(initial('e4'), [
      [{ type: 'encourage', at: '2026-02-01' }, manager],
      [{ type: 'start-training', at: '2026-02-02', kind: 'first-aid' }, self('e4')],
      [{ type: 'complete-training', at: '2026-02-03' }, manager],
    ])
    expect(s).toMatchObject({ status: 'encouraged', encouragement: { by: 'm1', on: '2026-02-01' } })
    expect(s.trainings).toEqual([{ kind: 'first-aid', completedOn: '2026-02-03' }])
  })

  it('a capacity given at approval is used, and 0 fails the capacity rule', () => {
    expect(approveOn(initial('e1'), '2026-03-01', formal, 0)).toEqual(
      E.left({ code: 'guard-failed', event: 'approve', failed: [{ code: 'no-capacity', required: 1, actual: 0 }] }),
    )
    expect(approveOn(initial('e1'), '2026-03-01', formal, 1)).toMatchObject({ _tag: 'Right', right: { capacity: 1 } })
  })
})

describe('mentorRole: mentees and capacity', () => {
  const readyWith = (capacity: number): MentorRoleState => {
    const r = approveOn(initial('e1'), '2026-03-01', ctxOf('spontaneous'), capacity)
    return E.isRight(r) ? r.right : initial('e1')
  }
  const takeOn = (s: MentorRoleState, menteeId: string, at = '2026-04-01') =>
    mentorRole.transition(s, { type: 'take-on-mentee', at, menteeId }, manager, formal)

  it('taking on mentees moves ready -> active -> full exactly at capacity, and releasing moves back', () => {
    const mentees = ['e2', 'e3', 'e4', 'e5', 'b0']
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (capacity) => {
        let s = readyWith(capacity)
        for (const [i, id] of mentees.slice(0, capacity).entries()) {
          const r = takeOn(s, id)
          if (E.isLeft(r)) throw new Error(r.left.code)
          s = r.right
          expect(s.status).toBe(i + 1 === capacity ? 'full' : 'active')
        }
        expect(mentorRole.allowedEvents(s, manager, formal)).not.toContain('take-on-mentee')
        for (const [i, id] of mentees.slice(0, capacity).entries()) {
          s = drive(s, [[{ type: 'release-mentee', at: '2026-05-01', menteeId: id }, self('e1')]])
          expect(s.status).toBe(i + 1 === capacity ? 'ready' : 'active')
        }
      }),
    )
  })

  it('refuses unknown, own and duplicate mentees, and mentees not assigned', () => {
    const active = drive(readyWith(3), [[{ type: 'take-on-mentee', at: '2026-04-01', menteeId: 'e2' }, manager]])
    const failed = (menteeId: string) => E.left({ code: 'guard-failed', event: 'take-on-mentee', failed: [expect.objectContaining({ id: menteeId })] })
    expect(takeOn(active, 'nobody')).toEqual(failed('nobody'))
    expect(takeOn(active, 'e1')).toEqual(E.left({ code: 'guard-failed', event: 'take-on-mentee', failed: [{ code: 'mentor-is-mentee', employeeId: 'e1' }] }))
    expect(takeOn(active, 'e2')).toEqual(E.left({ code: 'guard-failed', event: 'take-on-mentee', failed: [{ code: 'mentee-already-assigned', menteeId: 'e2' }] }))
    expect(mentorRole.transition(active, { type: 'release-mentee', at: '2026-05-01', menteeId: 'e3' }, manager, formal)).toEqual(
      E.left({ code: 'guard-failed', event: 'release-mentee', failed: [{ code: 'mentee-not-assigned', menteeId: 'e3' }] }),
    )
    expect(takeOn(readyWith(0), 'e2')).toEqual(
      E.left({ code: 'guard-failed', event: 'take-on-mentee', failed: [{ code: 'no-capacity', required: 1, actual: 0 }] }),
    )
  })

  it('a paused mentor keeps their mentees, may release them, withdraws only without them, and resumes by load', () => {
    const full = drive(readyWith(1), [[{ type: 'take-on-mentee', at: '2026-04-01', menteeId: 'e2' }, manager]])
    const paused = drive(full, [[{ type: 'pause', at: '2026-04-02', reason: 'parental leave' }, self('e1')]])
    expect(paused).toMatchObject({ status: 'paused', mentees: ['e2'], reason: 'parental leave' })
    expect(drive(paused, [[{ type: 'resume', at: '2026-06-01' }, manager]]).status).toBe('full')
    expect(mentorRole.transition(paused, { type: 'withdraw', at: '2026-04-03' }, self('e1'), formal)).toEqual(
      E.left({ code: 'guard-failed', event: 'withdraw', failed: [{ code: 'mentor-has-mentees', count: 1 }] }),
    )
    const emptied = drive(paused, [[{ type: 'release-mentee', at: '2026-04-03', menteeId: 'e2' }, hr]])
    expect(emptied).toMatchObject({ status: 'paused', mentees: [] })
    expect(drive(emptied, [[{ type: 'resume', at: '2026-06-01' }, manager]]).status).toBe('ready')
    expect(drive(emptied, [[{ type: 'withdraw', at: '2026-06-01' }, self('e1')]]).status).toBe('withdrawn')
  })
})

describe('mentorRole: time comes from the events', () => {
  const s = initial('e1') // interested since 2025-06-01

  it('an event on an earlier day than the last change is out-of-order; the same day is fine', () => {
    expect(mentorRole.transition(s, { type: 'encourage', at: '2025-05-31' }, manager, formal)).toEqual(
      E.left({ code: 'out-of-order', at: '2025-05-31', last: '2025-06-01' }),
    )
    expect(mentorRole.transition(s, { type: 'encourage', at: '2025-06-01T08:00:00Z' }, manager, formal)).toMatchObject({
      _tag: 'Right',
      right: { since: '2025-06-01T08:00:00Z' },
    })
  })

  it('a moment that is not an ISO date or date-time fails the guard', () => {
    for (const at of ['2026-02-30', 'yesterday', '2026-03-01 10:00', '']) {
      expect(mentorRole.transition(s, { type: 'encourage', at }, manager, formal)).toEqual(
        E.left({ code: 'guard-failed', event: 'encourage', failed: [{ code: 'invalid-moment', value: JSON.stringify(at) }] }),
      )
    }
  })

  it('interest recorded at a date-time keeps its date', () => {
    const r = mentorRole.transition(s, { type: 'record-interest', at: '2026-02-03T10:15:00+01:00', source: 'goal-setting', interested: false }, manager, formal)
    expect(r).toMatchObject({ _tag: 'Right', right: { status: 'not-interested', interest: { source: 'goal-setting', recordedOn: '2026-02-03' } } })
  })
})

describe('mentorRole: initial, allowedEvents, explanations', () => {
  it('starts from the recorded interest, and refuses unknown people', () => {
    expect(initial('e1')).toMatchObject({ status: 'interested', since: '2025-06-01', interest: { source: 'performance-review' } })
    expect(initial('e3').status).toBe('not-interested')
    expect(initial('e4')).toEqual({ status: 'not-asked', employeeId: 'e4', since: null, interest: null, trainings: [] })
    expect(mentorRole.initial(org, 'nobody')).toMatchObject(E.left({ code: 'unknown-employee', id: 'nobody' }))
  })

  it('tells each person what they may do now', () => {
    const ready = drive(initial('e1'), [[{ type: 'approve', at: '2026-03-01' }, manager]])
    expect(mentorRole.allowedEvents(ready, manager, formal)).toEqual(['take-on-mentee', 'pause', 'withdraw'])
    expect(mentorRole.allowedEvents(ready, self('e1'), formal)).toEqual(['pause', 'withdraw'])
    expect(mentorRole.allowedEvents(ready, { role: 'mentee', employeeId: 'e2' }, formal)).toEqual([])
    const e2 = initial('e2')
    expect(mentorRole.allowedEvents(e2, manager, formal)).toEqual(['record-interest', 'encourage'])
    const encouraged = drive(e2, [[{ type: 'encourage', at: '2026-03-01' }, manager]])
    expect(mentorRole.allowedEvents(encouraged, manager, ctxOf('formal', '2026-03-01'))).not.toContain('approve')
    expect(mentorRole.allowedEvents(encouraged, manager, ctxOf('spontaneous', '2026-03-01'))).toContain('approve')
    expect(mentorRole.allowedEvents(encouraged, manager, ctxOf('spontaneous', 'not a date'))).not.toContain('approve')
  })

  it('explains refusals in English and Dutch, readiness gaps included', () => {
    const r = approveOn(drive(initial('e2'), [[{ type: 'encourage', at: '2026-03-01' }, manager]]), '2026-03-01')
    if (E.isRight(r)) throw new Error('expected a refusal')
    expect(explainMentorRoleRefusal(r.left, 'nl')).toContain('Nog geen training coachingstechnieken gevolgd')
    expect(explainMentorRoleRefusal(r.left, 'nl')).toMatch(/^"Goedkeuren" kan nog niet: /)
    expect(explainMentorRoleRefusal(r.left, 'en')).toContain('Not yet trained in coaching techniques')
    expect(explainMentorRoleRefusal(r.left, 'nl', formal.policy)).toContain('(vereist voor een formeel programma)')
    expect(explainMentorRoleRefusal({ code: 'actor-not-permitted', role: 'mentee', event: 'take-on-mentee' }, 'nl')).toBe(
      'Een mentee mag hier niet "mentee toevoegen".',
    )
  })
})
