/**
 * Who may act on a mentor role, and the guards of its transitions.
 * @module
 */
import { match } from 'ts-pattern'
import type { Actor } from '../machine/actor.js'
import { parseIsoDate, type IsoDate } from '../model/date.js'
import type { EmployeeId } from '../model/ids.js'
import { unknownEmployee } from '../model/lookup.js'
import type { Employee, Organisation } from '../model/organisation.js'
import { readinessOf } from './assess.js'
import { issue } from '../errors/issue.js'
import { preview } from '../programme/preview.js'
import type { MentorRoleContext, MentorRoleEvent, MentorRoleRequirement, MentorRoleState } from './mentor-role-types.js'

const MOMENT = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/

/**
 * The calendar date of a moment (an ISO date or date-time), or `undefined` when it is none.
 * @example
 * dateOfMoment('2026-03-01T09:30:00Z') // '2026-03-01'
 * @since 0.1.0
 */
export const dateOfMoment = (at: unknown): IsoDate | undefined => {
  const m = typeof at === 'string' ? MOMENT.exec(at) : null
  return m === null ? undefined : parseIsoDate(m[1] ?? '')
}

/** The date of a moment a guard has already checked. @internal */
export const dayOf = (at: string): IsoDate => at.slice(0, 10) as IsoDate

/**
 * The moment of an event must be an ISO date or date-time (checked before the table is asked).
 * @internal
 */
export const validMoment = (event: { readonly at: string }): MentorRoleRequirement[] =>
  dateOfMoment(event.at) !== undefined ? [] : [{ code: 'invalid-moment', value: preview(event.at) }]

/**
 * Whether `managerId` manages `employeeId`, directly or higher up the reporting line (S1).
 * @example
 * managesFromAbove(org, 'e0', 'e1') // true when e0 is e1's manager, or their manager's manager...
 * @since 0.1.0
 */
export const managesFromAbove = (org: Organisation, managerId: string, employeeId: string): boolean => {
  const { pre, post } = org.index
  const [a, b] = [managerId as EmployeeId, employeeId as EmployeeId]
  const [preA, preB, postA, postB] = [pre.get(a), pre.get(b), post.get(a), post.get(b)]
  if (preA === undefined || preB === undefined || postA === undefined || postB === undefined) return false
  return preA < preB && postB < postA
}

/**
 * Whether the actor holds their role for this person: a manager in the person's reporting line,
 * the person themself as `mentor`, or any HR administrator.
 * @internal
 */
export const holdsRole = (actor: Actor, state: MentorRoleState, ctx: MentorRoleContext): boolean =>
  match(actor)
    .with({ role: 'manager' }, (a) => managesFromAbove(ctx.org, a.employeeId, state.employeeId))
    .with({ role: 'mentor' }, (a) => a.employeeId === state.employeeId)
    .with({ role: 'hr' }, () => true)
    .otherwise(() => false)

/**
 * {@link holdsRole} in the shape of an edge's `permits`.
 * @internal
 */
export const mayAct = (actor: Actor, state: MentorRoleState, _event: unknown, ctx: MentorRoleContext): boolean =>
  holdsRole(actor, state, ctx)

/**
 * Interest from a conversation or noted by the manager is recorded by the manager; `self` only by
 * the person themself (S12).
 * @internal
 */
export const mayRecordInterest = (
  actor: Actor,
  state: MentorRoleState,
  event: Extract<MentorRoleEvent, { type: 'record-interest' }> | undefined,
  ctx: MentorRoleContext,
): boolean => holdsRole(actor, state, ctx) && (event === undefined || (actor.role === 'mentor') === (event.source === 'self'))

/** The employee with the machine's own records laid over the organisation's. */
const overlaid = (employee: Employee, state: MentorRoleState, capacity: number | undefined): Employee => ({
  ...employee,
  mentorInterest: state.interest ?? employee.mentorInterest,
  trainings: [...employee.trainings, ...state.trainings],
  mentorCapacity: capacity ?? employee.mentorCapacity,
})

/**
 * The approval guard: the readiness gaps under the programme's policy on the day of the event (or
 * `ctx.asOf`, or the last change), with the interest and trainings this machine recorded laid over
 * the organisation's records. The same rules as `assessReadiness` (its shared core, without
 * copying the organisation to lay the records over it).
 * @internal
 */
export const readinessGaps = (
  state: MentorRoleState,
  event: Extract<MentorRoleEvent, { type: 'approve' }> | undefined,
  ctx: MentorRoleContext,
): readonly MentorRoleRequirement[] => {
  const employee = ctx.org.index.employeeById.get(state.employeeId)
  if (employee === undefined) return [unknownEmployee(state.employeeId)]
  const asOf = dateOfMoment(event?.at ?? ctx.asOf ?? state.since)
  if (asOf === undefined) {
    return [{ code: 'invalid-readiness-input', issues: [issue('invalid-as-of', ['asOf'], { value: preview(ctx.asOf) })] }]
  }
  return readinessOf(overlaid(employee, state, event?.capacity), ctx.policy, asOf, 0).gaps
}

/**
 * The mentees of a state: none before `active`.
 * @example
 * menteesOf(state).length // the current load
 * @since 0.1.0
 */
export const menteesOf = (state: MentorRoleState): readonly EmployeeId[] => ('mentees' in state ? state.mentees : [])

/**
 * Taking on a mentee: someone in the organisation, not the mentor, not yet their mentee, and room
 * left under the capacity (without an event, only the room is judged).
 * @internal
 */
export const mayTakeOn = (
  state: Extract<MentorRoleState, { status: 'ready' | 'active' }>,
  event: Extract<MentorRoleEvent, { type: 'take-on-mentee' }> | undefined,
  ctx: MentorRoleContext,
): readonly MentorRoleRequirement[] => {
  const load = menteesOf(state).length
  const room: MentorRoleRequirement[] =
    load < state.capacity ? [] : [{ code: 'no-capacity', required: load + 1, actual: state.capacity }]
  if (event === undefined) return room
  const id = event.menteeId
  return [
    ...(ctx.org.index.employeeById.has(id as EmployeeId) ? [] : [unknownEmployee(id)]),
    ...(id === state.employeeId ? [{ code: 'mentor-is-mentee', employeeId: id } as const] : []),
    ...(menteesOf(state).includes(id as EmployeeId) ? [{ code: 'mentee-already-assigned', menteeId: id } as const] : []),
    ...room,
  ]
}

/**
 * Releasing a mentee: only one of this mentor's mentees.
 * @internal
 */
export const mayRelease = (
  state: MentorRoleState,
  event: Extract<MentorRoleEvent, { type: 'release-mentee' }> | undefined,
): readonly MentorRoleRequirement[] =>
  event === undefined || menteesOf(state).includes(event.menteeId as EmployeeId)
    ? []
    : [{ code: 'mentee-not-assigned', menteeId: event.menteeId }]

/**
 * Withdrawing: only without mentees (release them first).
 * @internal
 */
export const mayWithdraw = (state: MentorRoleState): readonly MentorRoleRequirement[] => {
  const count = menteesOf(state).length
  return count === 0 ? [] : [{ code: 'mentor-has-mentees', count }]
}
