/**
 * The organisation and helpers of the mentor-role tests.
 *
 * b0 (top) manages m1 (team t1), m2 (team t2) and hr1; m1 manages e1..e4, m2 manages e5.
 * - e1: interested (performance review), seasoned, trained, capacity 2
 * - e2: nothing recorded, two years in the team, not trained, capacity 1
 * - e3: said no (performance review), capacity 3
 * - e4: nothing recorded, seasoned, trained, capacity 2
 */
import * as E from 'fp-ts/lib/Either.js'
import { expect } from 'vitest'
import type { Actor } from '../../src/machine/actor.js'
import { defaultPolicy } from '../../src/programme/defaults.js'
import type { FormalityLevel } from '../../src/programme/formality.js'
import { mentorRole } from '../../src/readiness/mentor-role.js'
import type { MentorRoleContext, MentorRoleEvent, MentorRoleState } from '../../src/readiness/mentor-role-types.js'
import { employee, orgOf, team } from './fixture.js'

export const org = orgOf(
  [
    employee({ id: 'b0', team: 'lead', managerId: null }),
    employee({ id: 'm1', team: 't1', managerId: 'b0' }),
    employee({ id: 'm2', team: 't2', managerId: 'b0' }),
    employee({ id: 'hr1', team: 'lead', managerId: 'b0' }),
    employee({ id: 'e1', team: 't1', managerId: 'm1', capacity: 2, interest: { interested: true, recordedOn: '2025-06-01' } }),
    employee({ id: 'e2', team: 't1', managerId: 'm1', teamSince: '2024-01-15', trainings: [], interest: null, capacity: 1 }),
    employee({ id: 'e3', team: 't1', managerId: 'm1', capacity: 3, interest: { interested: false, recordedOn: '2025-06-01' } }),
    employee({ id: 'e4', team: 't1', managerId: 'm1', capacity: 2, interest: null }),
    employee({ id: 'e5', team: 't2', managerId: 'm2' }),
  ],
  [team('lead', 'Leadership', 'b0'), team('t1', 'Payments', 'm1'), team('t2', 'Risk', 'm2')],
)

export const SUBJECTS = ['e1', 'e2', 'e3', 'e4'] as const
export const EMPLOYEES = ['b0', 'm1', 'm2', 'hr1', 'e1', 'e2', 'e3', 'e4', 'e5'] as const

export const ctxOf = (level: FormalityLevel, asOf?: string): MentorRoleContext =>
  asOf === undefined ? { org, policy: defaultPolicy(level) } : { org, policy: defaultPolicy(level), asOf }

export const manager: Actor = { role: 'manager', employeeId: 'm1' }
export const self = (id: string): Actor => ({ role: 'mentor', employeeId: id })
export const hr: Actor = { role: 'hr', employeeId: 'hr1' }

export const initial = (id: string): MentorRoleState => {
  const s = mentorRole.initial(org, id)
  if (E.isLeft(s)) throw new Error(`no employee ${id}`)
  return s.right
}

/** Apply events in turn; every one must be accepted. */
export const drive = (
  state: MentorRoleState,
  steps: readonly (readonly [MentorRoleEvent, Actor])[],
  ctx: MentorRoleContext = ctxOf('formal'),
): MentorRoleState =>
  steps.reduce((s, [event, actor]) => {
    const r = mentorRole.transition(s, event, actor, ctx)
    expect(r, `${event.type} by ${actor.role} in ${s.status}`).toMatchObject({ _tag: 'Right' })
    return E.isRight(r) ? r.right : s
  }, state)

export const deepFreeze = <T>(x: T): T => {
  if (typeof x === 'object' && x !== null) for (const v of Object.values(x)) deepFreeze(v)
  return Object.freeze(x)
}
