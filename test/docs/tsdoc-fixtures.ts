/**
 * The fixtures a TSDoc `@example` may use without building them. Each is a global of the examples'
 * compilation (`declare const org: Organisation`), so an example that declares its own `org`
 * simply shadows it. Keep this list short: an example that needs anything else builds it.
 *
 * What they stand for (so that the result comments of the examples can be checked by hand): `org`
 * is {@link FIXTURE_ORGANISATION} parsed, `programme` is {@link FIXTURE_PROGRAMME} parsed against it,
 * `matching` is `match(org, programme)`, `events` is {@link FIXTURE_EVENTS}, `mentorships` is
 * `replay(events, { org })`'s, and `state` is mentorship m1 in it.
 */
import type { Fixture } from './tsdoc-check.js'

/** The globals, with their types over the public names of `mentorschap`. */
export const FIXTURES: readonly Fixture[] = [
  { name: 'org', type: 'Organisation' },
  { name: 'programme', type: 'Programme' },
  { name: 'matching', type: 'Matching' },
  // Branded ids of `org`: e0 manages the payments team; e1 (a coach) and e2 work in it; e5 is new.
  { name: 'e0', type: 'EmployeeId' },
  { name: 'e1', type: 'EmployeeId' },
  { name: 'e2', type: 'EmployeeId' },
  { name: 'e5', type: 'EmployeeId' },
  // A checked date, 2026-11-01, and a stamp { by: e0, at: '2026-03-02' }.
  { name: 'date', type: 'IsoDate' },
  { name: 'stamp', type: 'Stamp' },
  // An event log (FIXTURE_EVENTS), its mentorships (`replay(events, { org })`) and the one in it.
  { name: 'events', type: 'readonly MentorshipEvent[]' },
  { name: 'mentorships', type: 'Mentorships' },
  { name: 'state', type: 'MentorshipState' },
]

/**
 * The organisation `org` of the examples: the payments team of CONTRACT §2 with its manager e0,
 * the experienced e1 (who manages e3) and e2, and the newcomer e5; and a platform team.
 */
export const FIXTURE_ORGANISATION = {
  schemaVersion: 1,
  teams: [
    { id: 'payments', name: 'Payments', managerId: 'e0' },
    { id: 'platform', name: 'Platform', managerId: 'e0' },
  ],
  employees: [
    { id: 'e0', name: 'Mees Bakker', teamId: 'payments', managerId: null, startDate: '2012-09-01' },
    {
      id: 'e1', name: 'Anouk de Vries', teamId: 'payments', managerId: 'e0', startDate: '2019-03-01',
      teamSince: '2020-01-01', expertise: { typescript: 4, 'stakeholder-management': 3 }, strategyInsight: 3,
      competencies: { planning: 3, 'goal-setting': 2, didactics: 3, coaching: 2, motivating: 3, 'setting-boundaries': 2, 'giving-freedom': 3 },
      mentorInterest: { interested: true, source: 'performance-review', recordedOn: '2026-02-01' },
      mentorCapacity: 2, languages: ['nl', 'en'], location: 'Utrecht',
    },
    {
      id: 'e2', name: 'Daan Jansen', teamId: 'payments', managerId: 'e0', startDate: '2018-05-01',
      expertise: { typescript: 3 }, mentorCapacity: 1, languages: ['nl'], location: 'Utrecht',
    },
    { id: 'e3', name: 'Sanne Visser', teamId: 'payments', managerId: 'e1', startDate: '2023-01-09', languages: ['nl', 'en'] },
    {
      id: 'e5', name: 'Lotte Smit', teamId: 'platform', managerId: 'e0', startDate: '2026-06-01',
      expertise: { typescript: 1 }, languages: ['en'], location: 'Utrecht',
    },
  ],
} as const

/** The programme `programme` of the examples: onboarding for e5, mentors e1 and e2. */
export const FIXTURE_PROGRAMME = {
  schemaVersion: 1,
  id: 'p-2026-onboarding',
  name: 'Onboarding buddies',
  formality: 'structured',
  asOf: '2026-11-01',
  mentees: [{ employeeId: 'e5', purpose: 'onboarding', developmentAreas: ['typescript'] }],
  mentors: ['e1', 'e2'],
} as const

/**
 * The event log `events` of the examples: mentorship m1, e1 mentoring the newcomer e5, noticed and
 * encouraged by their manager e0, started on 2026-07-01 with a goal, a plan (a session every two
 * weeks until the end of the year), one session, and two scores each of the mentee's belonging (by
 * the mentee) and the mentor's motivating (by the mentor). `state` is m1 after it.
 */
export const FIXTURE_EVENTS = [
  { v: 1, mentorshipId: 'm1', seq: 1, type: 'observe', at: '2026-06-15', actor: { role: 'manager', employeeId: 'e0' }, mentorId: 'e1', menteeId: 'e5' },
  { v: 1, mentorshipId: 'm1', seq: 2, type: 'encourage', at: '2026-06-22', actor: { role: 'manager', employeeId: 'e0' } },
  { v: 1, mentorshipId: 'm1', seq: 3, type: 'start', at: '2026-07-01', actor: { role: 'manager', employeeId: 'e0' } },
  {
    v: 1, mentorshipId: 'm1', seq: 4, type: 'set-goals', at: '2026-07-01', actor: { role: 'mentee', employeeId: 'e5' },
    goals: [{ id: 'g1', description: 'Lead a refinement', successCriteria: 'The team rates it 4 or more', targetDate: '2026-10-01' }],
  },
  {
    v: 1, mentorshipId: 'm1', seq: 5, type: 'set-plan', at: '2026-07-01', actor: { role: 'mentor', employeeId: 'e1' },
    cadenceWeeks: 2, startDate: '2026-07-01', endDate: '2026-12-31',
  },
  { v: 1, mentorshipId: 'm1', seq: 6, type: 'log-session', at: '2026-07-15', actor: { role: 'mentee', employeeId: 'e5' }, date: '2026-07-15', topics: ['buy-in'] },
  {
    v: 1, mentorshipId: 'm1', seq: 7, type: 'record-outcome', at: '2026-07-15', actor: { role: 'mentee', employeeId: 'e5' },
    subject: 'mentee', measure: 'belonging', value: 3,
  },
  {
    v: 1, mentorshipId: 'm1', seq: 8, type: 'record-outcome', at: '2026-07-15', actor: { role: 'mentor', employeeId: 'e1' },
    subject: 'mentor', measure: 'motivating', value: 2,
  },
  {
    v: 1, mentorshipId: 'm1', seq: 9, type: 'record-outcome', at: '2026-09-01', actor: { role: 'mentee', employeeId: 'e5' },
    subject: 'mentee', measure: 'belonging', value: 4,
  },
  {
    v: 1, mentorshipId: 'm1', seq: 10, type: 'record-outcome', at: '2026-09-01', actor: { role: 'mentor', employeeId: 'e1' },
    subject: 'mentor', measure: 'motivating', value: 3,
  },
] as const
