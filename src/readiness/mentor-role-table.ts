/**
 * The transition table of the mentor role: for each status and event, who may do it, what must
 * hold, and the next state.
 * @module
 */
import type { Actor } from '../machine/actor.js'
import type { Edge, StateOf, Table } from '../machine/machine.js'
import type { EmployeeId } from '../model/ids.js'
import {
  dayOf,
  mayAct,
  mayRecordInterest,
  mayRelease,
  mayTakeOn,
  mayWithdraw,
  menteesOf,
  readinessGaps,
} from './mentor-role-rules.js'
import type { MentorRoleProfile, MentorRoleState, MentorRoleTypes } from './mentor-role-types.js'

type M = MentorRoleTypes
type Approved = StateOf<M, 'ready' | 'active' | 'full' | 'paused'>

/** The profile carried into the next state, changed at `at`. */
const profile = (s: MentorRoleState, at: string): MentorRoleProfile => ({
  employeeId: s.employeeId,
  since: at,
  interest: s.interest,
  trainings: s.trainings,
})

/** The actor's id; `permits` has checked they are a person of the organisation. */
const idOf = (actor: Actor): EmployeeId => (actor.role === 'system' ? '' : actor.employeeId) as EmployeeId

/** `ready`, `active` or `full` by the number of mentees against the capacity. */
const mentoring = (s: Approved, at: string, mentees: readonly EmployeeId[]): MentorRoleState => {
  const base = { ...profile(s, at), approval: s.approval, capacity: s.capacity }
  if (mentees.length === 0) return { ...base, status: 'ready' }
  return mentees.length >= s.capacity ? { ...base, mentees, status: 'full' } : { ...base, mentees, status: 'active' }
}

const recordInterest: Edge<M, 'not-asked' | 'interested' | 'not-interested' | 'encouraged' | 'withdrawn', 'record-interest'> = {
  roles: ['manager', 'mentor'],
  to: ['interested', 'not-interested'],
  permits: mayRecordInterest,
  next: (s, e) => {
    const heard = { source: e.source, recordedOn: dayOf(e.at) }
    return e.interested === true
      ? { ...profile(s, e.at), status: 'interested', interest: { ...heard, interested: true } }
      : { ...profile(s, e.at), status: 'not-interested', interest: { ...heard, interested: false } }
  },
}

const encourage: Edge<M, 'not-asked' | 'interested' | 'not-interested' | 'withdrawn', 'encourage'> = {
  roles: ['manager'],
  to: ['encouraged'],
  permits: mayAct,
  next: (s, e, actor) => ({ ...profile(s, e.at), status: 'encouraged', encouragement: { by: idOf(actor), on: e.at } }),
}

const startTraining: Edge<M, 'interested' | 'encouraged', 'start-training'> = {
  roles: ['manager', 'mentor', 'hr'],
  to: ['in-training'],
  permits: mayAct,
  next: (s, e, _actor, ctx) => ({
    ...profile(s, e.at),
    status: 'in-training',
    training: { kind: e.kind ?? ctx.policy.mentor.training.kind, startedOn: e.at },
    candidate: s,
  }),
}

const completeTraining: Edge<M, 'in-training', 'complete-training'> = {
  roles: ['manager', 'mentor', 'hr'],
  to: ['interested', 'encouraged'],
  permits: mayAct,
  next: (s, e) => ({
    ...s.candidate,
    since: e.at,
    trainings: [...s.trainings, { kind: s.training.kind, completedOn: dayOf(e.at) }],
  }),
}

const approve: Edge<M, 'interested' | 'encouraged' | 'in-training', 'approve'> = {
  roles: ['manager'],
  to: ['ready'],
  permits: mayAct,
  guard: readinessGaps,
  next: (s, e, actor, ctx) => ({
    ...profile(s, e.at),
    status: 'ready',
    approval: { by: idOf(actor), on: e.at, level: ctx.policy.level },
    capacity: e.capacity ?? ctx.org.index.employeeById.get(s.employeeId)?.mentorCapacity ?? 0,
  }),
}

const takeOnMentee: Edge<M, 'ready' | 'active', 'take-on-mentee'> = {
  roles: ['manager', 'hr'],
  to: ['active', 'full'],
  permits: mayAct,
  guard: mayTakeOn,
  next: (s, e) => mentoring(s, e.at, [...menteesOf(s), e.menteeId as EmployeeId]),
}

const releaseMentee: Edge<M, 'active' | 'full', 'release-mentee'> = {
  roles: ['manager', 'mentor', 'hr'],
  to: ['active', 'ready'],
  permits: mayAct,
  guard: mayRelease,
  next: (s, e) => mentoring(s, e.at, s.mentees.filter((id) => id !== e.menteeId)),
}

const releaseWhilePaused: Edge<M, 'paused', 'release-mentee'> = {
  roles: ['manager', 'mentor', 'hr'],
  to: ['paused'],
  permits: mayAct,
  guard: mayRelease,
  next: (s, e) => ({ ...s, since: e.at, mentees: s.mentees.filter((id) => id !== e.menteeId) }),
}

const pause: Edge<M, 'ready' | 'active' | 'full', 'pause'> = {
  roles: ['manager', 'mentor'],
  to: ['paused'],
  permits: mayAct,
  next: (s, e) => ({
    ...profile(s, e.at),
    status: 'paused',
    approval: s.approval,
    capacity: s.capacity,
    mentees: menteesOf(s),
    reason: e.reason ?? null,
  }),
}

const resume: Edge<M, 'paused', 'resume'> = {
  roles: ['manager', 'mentor'],
  to: ['ready', 'active', 'full'],
  permits: mayAct,
  next: (s, e) => mentoring(s, e.at, s.mentees),
}

const withdraw: Edge<M, 'interested' | 'encouraged' | 'in-training' | 'ready' | 'paused', 'withdraw'> = {
  roles: ['manager', 'mentor'],
  to: ['withdrawn'],
  permits: mayAct,
  next: (s, e) => ({ ...profile(s, e.at), status: 'withdrawn', reason: e.reason ?? null }),
}

/** A paused mentor may still have mentees: they are released first. */
const withdrawWhilePaused: Edge<M, 'paused', 'withdraw'> = { ...withdraw, guard: mayWithdraw }

/**
 * The mentor-role table. Not asked, interested, not interested, encouraged and withdrawn people can
 * have their interest recorded; a candidate (interested or encouraged) can train, be approved or
 * withdraw; an approved mentor takes on and releases mentees up to their capacity, pauses and resumes.
 * @example
 * Object.keys(MENTOR_ROLE_TABLE.ready) // ['take-on-mentee', 'pause', 'withdraw']
 * @since 0.1.0
 */
export const MENTOR_ROLE_TABLE: Table<M> = {
  'not-asked': { 'record-interest': recordInterest, encourage },
  interested: { 'record-interest': recordInterest, encourage, 'start-training': startTraining, approve, withdraw },
  'not-interested': { 'record-interest': recordInterest, encourage },
  encouraged: { 'record-interest': recordInterest, 'start-training': startTraining, approve, withdraw },
  'in-training': { 'complete-training': completeTraining, approve, withdraw },
  ready: { 'take-on-mentee': takeOnMentee, pause, withdraw },
  active: { 'take-on-mentee': takeOnMentee, 'release-mentee': releaseMentee, pause },
  full: { 'release-mentee': releaseMentee, pause },
  paused: { resume, 'release-mentee': releaseWhilePaused, withdraw: withdrawWhilePaused },
  withdrawn: { 'record-interest': recordInterest, encourage },
}
