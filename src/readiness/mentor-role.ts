/**
 * The mentor-role machine `mentorRole` (S10-S12, S15, S17): from not asked, through interest,
 * encouragement and training, to the manager's approval under a programme's policy, and then
 * mentees up to capacity, pauses and withdrawal. Built on the machine core (CONTRACT §8).
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { match, P } from 'ts-pattern'
import type { Locale } from '../i18n/locale.js'
import { CATALOGUES, render } from '../i18n/messages.js'
import type { Actor } from '../machine/actor.js'
import { explainFailed, explainRefusal } from '../machine/explain.js'
import { defineMachine, type Machine, type RefusalOf } from '../machine/machine.js'
import { lookupEmployee, type UnknownEmployee } from '../model/lookup.js'
import type { Employee, Organisation } from '../model/organisation.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import { explainGap } from './explain.js'
import { GAP_CODES } from './gap.js'
import { dateOfMoment, menteesOf, validMoment } from './mentor-role-rules.js'
import { MENTOR_ROLE_TABLE } from './mentor-role-table.js'
import type {
  MentorRoleContext,
  MentorRoleEvent,
  MentorRoleRequirement,
  MentorRoleState,
  MentorRoleTypes,
} from './mentor-role-types.js'

/**
 * The state of `employeeId` from the organisation's records: `interested` or `not-interested` with
 * the recorded interest (since its date), else `not-asked`.
 * @example
 * initialMentorRole(org, 'e1') // Right({ status: 'interested', interest: { source: 'performance-review', ... }, ... })
 * @since 0.1.0
 */
export const initialMentorRole = (org: Organisation, employeeId: string): E.Either<UnknownEmployee, MentorRoleState> =>
  E.map((e: Employee): MentorRoleState => {
    const base = { employeeId: e.id, trainings: [] }
    const i = e.mentorInterest
    if (i === null) return { ...base, status: 'not-asked', since: null, interest: null }
    return i.interested
      ? { ...base, status: 'interested', since: i.recordedOn, interest: { ...i, interested: true } }
      : { ...base, status: 'not-interested', since: i.recordedOn, interest: { ...i, interested: false } }
  })(lookupEmployee(org, employeeId))

const core = defineMachine<MentorRoleTypes, typeof initialMentorRole>({
  name: 'mentor-role',
  initial: initialMentorRole,
  initialStatuses: ['not-asked', 'interested', 'not-interested'],
  table: MENTOR_ROLE_TABLE,
})

/**
 * A refusal of the mentor-role machine.
 * @example
 * const r: MentorRoleRefusal = { code: 'actor-not-permitted', role: 'mentee', event: 'approve' }
 * @since 0.1.0
 */
export type MentorRoleRefusal = RefusalOf<MentorRoleTypes>

/**
 * The envelope first: a moment that is no ISO date or date-time fails (`invalid-moment`), an event
 * on an earlier day than the state's last change is `out-of-order` (events of one day may come in
 * any order); then the table decides.
 */
const transition = (
  state: MentorRoleState,
  event: MentorRoleEvent,
  actor: Actor,
  ctx: MentorRoleContext,
): E.Either<MentorRoleRefusal, MentorRoleState> => {
  const [day, last] = [dateOfMoment(event.at), dateOfMoment(state.since)]
  if (day === undefined) return E.left({ code: 'guard-failed', event: event.type, failed: validMoment(event) })
  if (last !== undefined && day < last) {
    return E.left({ code: 'out-of-order', at: event.at, last: String(state.since) })
  }
  return core.transition(state, event, actor, ctx)
}

/**
 * The mentor-role machine: `initial(org, employeeId)`, `transition(state, event, actor, ctx)`,
 * `allowedEvents(state, actor, ctx)` and `toMermaid()`. Managers act for people in their reporting
 * line, the person themself acts in the role `mentor`, `hr` for the programme; approval is judged
 * by `assessReadiness` under `ctx.policy`, its gaps being the failed requirements.
 * @example
 * const s0 = mentorRole.initial(org, 'e1') // Right({ status: 'interested', ... })
 * const manager = { role: 'manager', employeeId: 'e0' } as const
 * if (s0._tag === 'Right') {
 *   mentorRole.transition(s0.right, { type: 'approve', at: '2026-03-01' }, manager, { org, policy: defaultPolicy('structured') })
 *   // Right({ status: 'ready', approval: { by: 'e0', on: '2026-03-01', level: 'structured' }, capacity: 2, ... })
 *   mentorRole.transition(s0.right, { type: 'approve', at: '2026-03-01' }, manager, { org, policy: defaultPolicy('formal') })
 *   // Left({ code: 'guard-failed', event: 'approve', failed: [{ code: 'competency-below-minimum', ... }, { code: 'training-missing', ... }] })
 * }
 * @since 0.1.0
 */
export const mentorRole: Machine<MentorRoleTypes, typeof initialMentorRole> = { ...core, transition }

/**
 * A failed requirement of the mentor role in words: readiness gaps through {@link explainGap} (with
 * the `policy`, saying for which level they are required), readiness errors through their
 * messages, the machine's own through {@link explainFailed}.
 * @example
 * explainMentorRoleRequirement({ code: 'training-missing', required: 'coaching-techniques' }, 'nl', defaultPolicy('formal'))
 * // 'Nog geen training coachingstechnieken gevolgd (vereist voor een formeel programma).'
 * @since 0.1.0
 */
export const explainMentorRoleRequirement = (
  failed: MentorRoleRequirement,
  locale: Locale,
  policy?: ProgrammePolicy,
): string =>
  match(failed)
    .with({ code: P.union(...GAP_CODES) }, (g) => explainGap(g, locale, policy))
    .with({ code: 'unknown-employee' }, (g) => render(locale, g.code, { id: g.id }))
    .with({ code: 'invalid-readiness-input' }, (g) =>
      g.issues.map((i) => (CATALOGUES[locale][i.code] as (p: unknown) => string)(i.params)).join(' '),
    )
    .with(
      { code: P.union('mentee-already-assigned', 'mentee-not-assigned', 'mentor-is-mentee', 'mentor-has-mentees') },
      { code: 'invalid-moment' },
      (g) => explainFailed(g, locale),
    )
    .exhaustive()

/**
 * A refusal of the mentor-role machine in words, in English or Dutch; with the `policy` of the
 * context, readiness gaps say for which level they are required.
 * @example
 * explainMentorRoleRefusal({ code: 'guard-failed', event: 'approve', failed: [{ code: 'interest-missing' }] }, 'en')
 * // '"Approve" is not possible yet: No interest in a mentor role recorded yet.'
 * @since 0.1.0
 */
export const explainMentorRoleRefusal = (refusal: MentorRoleRefusal, locale: Locale, policy?: ProgrammePolicy): string =>
  explainRefusal(refusal, locale, (f: MentorRoleRequirement, l) => explainMentorRoleRequirement(f, l, policy))

/**
 * The number of mentees a mentor has now (0 before approval).
 * @example
 * mentorRoleLoad({ status: 'active', employeeId: e1, since: '2026-03-01', interest: null, trainings: [],
 *   approval: { by: e0, on: '2026-03-01', level: 'formal' }, capacity: 3, mentees: [e2, e5] }) // 2
 * @since 0.1.0
 */
export const mentorRoleLoad = (state: MentorRoleState): number => menteesOf(state).length
