/**
 * The mentor-role machine as the domain describes it, written out by hand for the tests: who may
 * do each event (DOMAIN "Actors", S10, S12, issue 3) and which status each event leads to from
 * which status. Tests compare the machine with these, never with its own table.
 */
import type { Role } from '../../src/machine/actor.js'

export const STATUSES = [
  'not-asked',
  'interested',
  'not-interested',
  'encouraged',
  'in-training',
  'ready',
  'active',
  'full',
  'paused',
  'withdrawn',
] as const
export type S = (typeof STATUSES)[number]

/** The person themself acts in the role `mentor`. */
export const WHO = {
  // S12: the manager records what they heard in a goal-setting conversation or review, or
  // noticed; the person records their own interest (`self`).
  'record-interest': ['manager', 'mentor'],
  encourage: ['manager'], // S10
  'start-training': ['manager', 'mentor', 'hr'], // S17: the person, their manager or HR enrols
  'complete-training': ['manager', 'mentor', 'hr'],
  approve: ['manager'], // issue 3: manager only
  'take-on-mentee': ['manager', 'hr'], // those who start mentorships (CONTRACT §8 `start`)
  'release-mentee': ['manager', 'mentor', 'hr'],
  pause: ['manager', 'mentor'],
  resume: ['manager', 'mentor'],
  withdraw: ['manager', 'mentor'],
} as const satisfies Record<string, readonly Role[]>
export type T = keyof typeof WHO
export const EVENT_TYPES = Object.keys(WHO) as T[]

const interest = { 'record-interest': ['interested', 'not-interested'] } as const
const candidate = { 'start-training': ['in-training'], approve: ['ready'], withdraw: ['withdrawn'] } as const

/** From each status, each possible event and the statuses it can lead to. */
export const EDGES: Record<S, Partial<Record<T, readonly S[]>>> = {
  'not-asked': { ...interest, encourage: ['encouraged'] },
  interested: { ...interest, encourage: ['encouraged'], ...candidate },
  'not-interested': { ...interest, encourage: ['encouraged'] },
  encouraged: { ...interest, ...candidate },
  'in-training': { 'complete-training': ['interested', 'encouraged'], approve: ['ready'], withdraw: ['withdrawn'] },
  ready: { 'take-on-mentee': ['active', 'full'], pause: ['paused'], withdraw: ['withdrawn'] },
  active: { 'take-on-mentee': ['active', 'full'], 'release-mentee': ['active', 'ready'], pause: ['paused'] },
  full: { 'release-mentee': ['active', 'ready'], pause: ['paused'] },
  paused: { resume: ['ready', 'active', 'full'], 'release-mentee': ['paused'], withdraw: ['withdrawn'] },
  withdrawn: { ...interest, encourage: ['encouraged'] },
}

/** `from|event|to` for every edge of {@link EDGES}. */
export const EDGE_LIST: readonly string[] = STATUSES.flatMap((from) =>
  Object.entries(EDGES[from]).flatMap(([event, tos]) => (tos ?? []).map((to) => `${from}|${event}|${to}`)),
)
