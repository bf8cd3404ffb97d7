/**
 * Hand-built mentorship states for the accountability tests (built from the state types, so the
 * tests do not depend on the mentorship machine).
 */
import * as E from 'fp-ts/lib/Either.js'
import { addDays, parseIsoDate, type IsoDate } from '../../src/model/date.js'
import { employeeId, type EmployeeId } from '../../src/model/ids.js'
import type { Organisation } from '../../src/model/organisation.js'
import { parseOrganisation } from '../../src/model/parse.js'
import { EMPTY_RECORD, type Accountability, type CheckIn, type Goal, type Outcome, type Plan, type Report, type Session } from '../../src/mentorship/record.js'
import type { MentorshipState, MentorshipStateOf } from '../../src/mentorship/state.js'
import type { GoalStatus, MenteeMeasure, MentorMeasure, OutcomeValue } from '../../src/mentorship/vocabulary.js'

export const d = (s: string): IsoDate => {
  const p = parseIsoDate(s)
  if (p === undefined) throw new Error(`bad date in test: ${s}`)
  return p
}

export const plus = (s: string, n: number): IsoDate => addDays(d(s), n)

export const MANAGER = employeeId('e10')
export const MENTOR = employeeId('e11')
export const MENTEE = employeeId('e14')

export const stamp = (by: EmployeeId, at: string) => ({ by, at })

const core = (id: string, mentor: EmployeeId, mentee: EmployeeId) => ({ mentorshipId: id, mentorId: mentor, menteeId: mentee, seq: 1, updatedAt: '2026-01-01' })

export const observed = (on = '2026-03-01', id = 'm1', mentor = MENTOR, mentee = MENTEE): MentorshipStateOf<'observed'> => ({
  ...core(id, mentor, mentee),
  status: 'observed',
  formality: 'spontaneous',
  observed: stamp(MANAGER, on),
})

export const proposed = (
  respondBy: string,
  opts: { mentorAt?: string | null; menteeAt?: string | null; approvalRequired?: boolean; id?: string } = {},
): MentorshipStateOf<'proposed'> => ({
  ...core(opts.id ?? 'm2', MENTOR, MENTEE),
  status: 'proposed',
  formality: 'structured',
  proposal: { by: MANAGER, role: 'manager', at: '2026-03-01', respondBy: d(respondBy), approvalRequired: opts.approvalRequired ?? false },
  acceptances: { mentor: opts.mentorAt ?? null, mentee: opts.menteeAt ?? null },
  approval: null,
})

export interface RunningSpec {
  readonly id?: string
  readonly mentor?: EmployeeId
  readonly mentee?: EmployeeId
  readonly started?: string
  readonly formality?: 'spontaneous' | 'encouraged' | 'structured' | 'formal'
  readonly record?: Partial<Accountability>
}

export const active = (spec: RunningSpec = {}): MentorshipStateOf<'active'> => ({
  ...core(spec.id ?? 'm3', spec.mentor ?? MENTOR, spec.mentee ?? MENTEE),
  status: 'active',
  formality: spec.formality ?? 'formal',
  origin: {
    kind: 'proposed',
    proposal: { by: MANAGER, role: 'manager', at: '2026-02-20', respondBy: d('2026-03-06'), approvalRequired: false },
    acceptances: { mentor: '2026-02-21', mentee: '2026-02-22' },
    approval: null,
  },
  started: { by: MANAGER, at: spec.started ?? '2026-03-02', role: 'manager' },
  record: { ...EMPTY_RECORD, ...spec.record },
})

export const paused = (spec: RunningSpec & { readonly pausedOn: string }): MentorshipStateOf<'paused'> => ({
  ...active(spec),
  status: 'paused',
  pause: { by: MENTOR, at: spec.pausedOn, reason: 'holiday' },
})

export const plan = (startDate: string, endDate: string, cadenceWeeks: number): Plan => ({
  cadenceWeeks,
  startDate: d(startDate),
  endDate: d(endDate),
  agreed: stamp(MENTOR, startDate),
})

export const session = (date: string, notes: string | null = null): Session => ({
  date: d(date),
  topics: ['approach'],
  notes,
  loggedBy: 'mentor',
  logged: stamp(MENTOR, date),
})

export const report = (period: number, submittedAt: string, review: Report['review'] = null, note = 'progress note'): Report => ({
  period,
  progress: [{ goalId: 'g1', status: 'on-track', note }],
  reflection: 'reflection',
  submitted: stamp(MENTOR, submittedAt),
  review,
})

export const goal = (id: string, targetDate: string, status: GoalStatus = 'open'): Goal => ({
  id,
  description: `goal ${id}`,
  successCriteria: 'done',
  targetDate: d(targetDate),
  status,
  reportedIn: status === 'open' ? null : 1,
  set: stamp(MENTOR, '2026-03-02'),
})

export const checkIn = (date: string, notes: string | null = null, reflection: string | null = null): CheckIn => ({
  date: d(date),
  notes,
  reflection,
  held: stamp(MANAGER, date),
})

export const menteeOutcome = (measure: MenteeMeasure, value: OutcomeValue, on: string, by: 'mentee' | 'mentor' | 'manager', who: EmployeeId): Outcome => ({
  subject: 'mentee',
  measure,
  value,
  on: d(on),
  recordedBy: { role: by, employeeId: who },
})

export const mentorOutcome = (measure: MentorMeasure, value: OutcomeValue, on: string, by: 'mentee' | 'mentor' | 'manager', who: EmployeeId): Outcome => ({
  subject: 'mentor',
  measure,
  value,
  on: d(on),
  recordedBy: { role: by, employeeId: who },
})

/** Recursively freeze a value (to prove a function does not mutate its inputs). */
export const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value as object)) deepFreeze(v)
  }
  return value
}

export const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected Right, got ${JSON.stringify(e.left)}`)
  return e.right
}

/** A small organisation: a manager e10 with e11..e19 in one team; e11, e12, e13 can mentor. */
export const ORG: Organisation = right(
  parseOrganisation({
    schemaVersion: 1,
    teams: [{ id: 't', name: 'Team', managerId: 'e10' }],
    employees: [
      { id: 'e10', name: 'Mara Manager', teamId: 't', startDate: '2015-01-01' },
      ...['e11', 'e12', 'e13', 'e14', 'e15', 'e16', 'e17', 'e18', 'e19'].map((id, i) => ({
        id,
        name: `Person ${id}`,
        teamId: 't',
        managerId: 'e10',
        startDate: '2018-01-01',
        mentorCapacity: i < 3 ? 2 : 1,
      })),
    ],
  }),
)

export type AnyState = MentorshipState
