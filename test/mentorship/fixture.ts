/**
 * The example organisation and small builders of event logs for the mentorship tests.
 * Team "schade": manager e10, mentors e12 (capacity 3, ready for formal) and e11, newcomer e15.
 */
import * as E from 'fp-ts/lib/Either.js'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Actor } from '../../src/machine/actor.js'
import { replay, type MentorshipLog } from '../../src/mentorship/log.js'
import type { MentorshipState } from '../../src/mentorship/state.js'
import { parseOrganisation } from '../../src/model/parse.js'
import type { Organisation } from '../../src/model/organisation.js'

const path = fileURLToPath(new URL('../../examples/data/organisation.json', import.meta.url))
const parsed = parseOrganisation(JSON.parse(readFileSync(path, 'utf8')))
if (E.isLeft(parsed)) throw new Error('the example organisation does not parse')
export const org: Organisation = parsed.right

export const MANAGER = { role: 'manager', employeeId: 'e10' } as const satisfies Actor
export const MENTOR = { role: 'mentor', employeeId: 'e12' } as const satisfies Actor
export const MENTEE = { role: 'mentee', employeeId: 'e15' } as const satisfies Actor
export const HR = { role: 'hr', employeeId: 'h1' } as const satisfies Actor
export const SYSTEM = { role: 'system' } as const satisfies Actor

export type Step = readonly [at: string, actor: Actor, type: string, fields?: Record<string, unknown>]

/** The events of `steps` for mentorship `id`, numbered from `from`. */
export const events = (id: string, steps: readonly Step[], from = 1): Record<string, unknown>[] =>
  steps.map(([at, actor, type, fields], i) => ({ v: 1, mentorshipId: id, seq: from + i, type, at, actor, ...(fields ?? {}) }))

export const GOALS = [
  { id: 'g1', description: 'Handle a complex claim alone', successCriteria: 'Three claims closed without help', targetDate: '2026-07-31' },
  { id: 'g2', description: 'Present at the team meeting', successCriteria: 'One presentation', targetDate: '2026-06-30' },
]

/** Observed, encouraged and started by the manager, on 2026-03-10, 12 and 20. */
export const INFORMAL_START: readonly Step[] = [
  ['2026-03-10', MANAGER, 'observe', { mentorId: 'e12', menteeId: 'e15' }],
  ['2026-03-12', MANAGER, 'encourage'],
  ['2026-03-20', MANAGER, 'start'],
]

/** Goals and plan, formalised, a session and a first report waiting for review. */
export const FORMAL_RUNNING: readonly Step[] = [
  ...INFORMAL_START,
  ['2026-03-25', MENTOR, 'set-goals', { goals: GOALS }],
  ['2026-03-26', MENTEE, 'set-plan', { cadenceWeeks: 2, startDate: '2026-04-01', endDate: '2026-07-31' }],
  ['2026-03-27', MANAGER, 'formalise', { formality: 'formal' }],
  ['2026-04-02', MENTEE, 'log-session', { date: '2026-04-02', topics: ['approach'], notes: 'private' }],
  ['2026-05-13', MENTOR, 'submit-report', { period: 1, progress: [{ goalId: 'g1', status: 'on-track', note: 'ok' }], reflection: 'good' }],
]

/** Proposed by the manager at the formal level on 2026-03-01 (answer by 2026-03-15). */
export const PROPOSED: readonly Step[] = [
  ['2026-03-01', MANAGER, 'propose', { mentorId: 'e12', menteeId: 'e15', formality: 'formal' }],
]

/** The log of `steps`, which must replay. */
export const logOf = (evs: readonly unknown[], ctx: { org: Organisation } = { org }): MentorshipLog => {
  const r = replay(evs, ctx)
  if (E.isLeft(r)) throw new Error(`fixture does not replay: ${JSON.stringify(r.left)}`)
  return r.right
}

/** The state of mentorship `id` after `steps`. */
export const stateOf = (steps: readonly Step[], id = 'm1'): MentorshipState => {
  const s = logOf(events(id, steps)).mentorships[id]
  if (s === undefined) throw new Error('no state')
  return s
}
