/**
 * `programmeReport`: a manager's view of every mentorship of a programme on one day (CONTRACT §8).
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { IsoDate } from '../model/date.js'
import type { EmployeeId } from '../model/ids.js'
import { unknownEmployee } from '../model/lookup.js'
import type { Organisation } from '../model/organisation.js'
import { defaultPolicy } from '../programme/defaults.js'
import type { FormalityLevel } from '../programme/formality.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import type { MentorshipState } from '../mentorship/state.js'
import { MENTORSHIP_STATUSES } from '../mentorship/vocabulary.js'
import { managerOf } from './managers.js'
import { listOf, type Mentorships } from './mentorships.js'
import { outcomesOn } from './outcomes.js'
import { managerView, MINIMUM_GROUP, programmeOutcomes } from './programme-outcomes.js'
import { mentorLoad, namesOf, overdueOf } from './report-parts.js'
import type { ProgrammeReport, ProgrammeReportError, ProgrammeReportOptions } from './report-types.js'
import { checkInput, statusOn } from './status.js'
import { HEALTHS, type AccountabilityStatus } from './status-types.js'

const policyFor = (policy: ProgrammePolicy, options: ProgrammeReportOptions | undefined, level: FormalityLevel): ProgrammePolicy =>
  level === policy.level ? policy : (options?.policies?.[level] ?? defaultPolicy(level))

/** The manager the state names, else the mentee's line manager, else the mentor's. */
const managerFor = (org: Organisation, s: MentorshipState): EmployeeId | null =>
  managerOf(s) ??
  org.index.employeeById.get(s.menteeId)?.managerId ??
  org.index.employeeById.get(s.mentorId)?.managerId ??
  null

/** Fill in the manager where the state named none. */
const withManager = (st: AccountabilityStatus, manager: EmployeeId | null): AccountabilityStatus => ({
  ...st,
  awaiting: st.awaiting.map((a) => (a.from === 'manager' && a.employeeId === null ? { ...a, employeeId: manager } : a)),
  nextActions: st.nextActions.map((a) =>
    a.who.role === 'manager' && a.who.employeeId === null ? { ...a, who: { role: 'manager', employeeId: manager } } : a,
  ),
})

const countBy = <K extends string>(keys: readonly K[], values: readonly K[]): { readonly [P in K]: number } =>
  Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as { readonly [P in K]: number }

const coverageOf = (list: readonly MentorshipState[]): ProgrammeReport['coverage'] => {
  const mentees = new Set(list.map((s) => s.menteeId))
  const covered = new Set(
    list.filter((s) => s.status === 'active' || s.status === 'paused' || s.status === 'completed').map((s) => s.menteeId),
  )
  return { mentees: mentees.size, covered: covered.size, share: mentees.size === 0 ? 0 : covered.size / mentees.size }
}

const build = (
  org: Organisation,
  list: readonly MentorshipState[],
  policy: ProgrammePolicy,
  today: IsoDate,
  options: ProgrammeReportOptions | undefined,
  tuning: Parameters<typeof statusOn>[3],
): ProgrammeReport => {
  const pairs = list.map((s) => withManager(statusOn(s, policyFor(policy, options, s.formality), today, tuning), managerFor(org, s)))
  const outcomes = list.map((s) => outcomesOn(s, today))
  const shown = outcomes.map(managerView).filter((o) => o.trends.length > 0 || o.reflections.length > 0)
  const nextActions = pairs
    .flatMap((p) => p.nextActions.map((a) => ({ ...a, mentorshipId: p.mentorshipId })))
    .sort((a, b) => ((a.by ?? '') < (b.by ?? '') ? -1 : (a.by ?? '') > (b.by ?? '') ? 1 : 0))
  const base = {
    asOf: today,
    level: policy.level,
    total: list.length,
    counts: countBy(MENTORSHIP_STATUSES, list.map((s) => s.status)),
    coverage: coverageOf(list),
    health: countBy(HEALTHS, pairs.map((p) => p.health)),
    pairs,
    overdue: overdueOf(pairs, today),
    nextActions,
    outcomes: { pairs: shown, programme: programmeOutcomes(outcomes), minimumGroup: MINIMUM_GROUP },
    mentorLoad: mentorLoad(org, list),
  }
  return { ...base, names: namesOf(org, base) }
}

/**
 * A manager's view of a programme on day `now` (CONTRACT §8): counts by state, coverage of the
 * mentees in the log, every pair's accountability status and health, overdue work, next actions,
 * outcome trends and mentor load (see {@link ProgrammeReport}). Each pair is judged by `policy`
 * when its formality is the policy's level, else by `options.policies[level]` or the level's
 * default. Privacy: the report never contains session notes (nor check-in or progress notes), and
 * shows mentee self-reports only as programme averages over at least 3 mentees; below that the row
 * is suppressed with its reason. `mentorships` is a list or the record `replay` returns. An invalid
 * `now` or option gives `invalid-accountability-input`; a pair naming someone not in `org` gives
 * `unknown-employee`.
 * @example
 * programmeReport(org, mentorships, defaultPolicy('encouraged'), '2026-11-01')
 * // Right({ total: 1, counts: { active: 1, observed: 0, ... }, coverage: { mentees: 1, covered: 1, share: 1 },
 * //   overdue: [{ mentorshipId: 'm1', kind: 'session', dueOn: '2026-07-29', daysOverdue: 95, ... }, ...], ... })
 * @since 0.1.0
 */
export const programmeReport = (
  org: Organisation,
  mentorships: Mentorships,
  policy: ProgrammePolicy,
  now: string,
  options?: ProgrammeReportOptions,
): E.Either<ProgrammeReportError, ProgrammeReport> => {
  const input = checkInput(now, options)
  if (E.isLeft(input)) return input
  const list = listOf(mentorships)
  const unknown = list.flatMap((s) => [s.mentorId, s.menteeId]).find((id) => !org.index.employeeById.has(id))
  if (unknown !== undefined) return E.left(unknownEmployee(unknown))
  return E.right(build(org, list, policy, input.right.today, options, input.right.tuning))
}
