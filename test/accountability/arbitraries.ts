/**
 * fast-check arbitraries of hand-built mentorship states and days, for the accountability laws.
 */
import fc from 'fast-check'
import { addDays, type IsoDate } from '../../src/model/date.js'
import { employeeId } from '../../src/model/ids.js'
import { defaultPolicy } from '../../src/programme/defaults.js'
import { FORMALITY_LEVELS } from '../../src/programme/formality.js'
import type { ProgrammePolicy } from '../../src/programme/policy.js'
import type { Pause } from '../../src/mentorship/record.js'
import type { MentorshipState } from '../../src/mentorship/state.js'
import { active, checkIn, d, goal, MANAGER, MENTOR, observed, plan, proposed, report, session } from './fixture.js'

const BASE = d('2026-01-01')
export const day = (n: number): IsoDate => addDays(BASE, n)

/** A policy of any level with its cadences and stall days varied. */
export const arbPolicy: fc.Arbitrary<ProgrammePolicy> = fc
  .record({
    level: fc.constantFrom(...FORMALITY_LEVELS),
    reports: fc.constantFrom('none', 'advised', 'required'),
    reportWeeks: fc.integer({ min: 1, max: 8 }),
    checkIns: fc.constantFrom('none', 'advised', 'required'),
    checkInWeeks: fc.integer({ min: 1, max: 10 }),
    stalled: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ level, reports, reportWeeks, checkIns, checkInWeeks, stalled }) => {
    const base = defaultPolicy(level)
    return {
      ...base,
      mentorship: {
        ...base.mentorship,
        reports: { requirement: reports, cadenceWeeks: reportWeeks },
        checkIns: { requirement: checkIns, cadenceWeeks: checkInWeeks },
        stalledAfterDays: stalled,
      },
    }
  })

/** Past pauses as non-overlapping intervals starting after day `from`. */
export const pausesFrom = (from: number, gaps: readonly (readonly [number, number])[]): Pause[] => {
  let cursor = from
  return gaps.map(([gap, length]) => {
    const begin = cursor + gap
    cursor = begin + length
    return { paused: { by: MENTOR, at: day(begin) }, reason: null, resumed: { by: MENTOR, at: day(begin + length) } }
  })
}

/** An active pair started on a day 0..60, with optional plan, sessions, reports, check-ins, goals and past pauses. */
export const arbActive = fc
  .record({
    start: fc.integer({ min: 0, max: 60 }),
    plan: fc.option(fc.record({ offset: fc.integer({ min: -10, max: 20 }), length: fc.integer({ min: 0, max: 300 }), weeks: fc.integer({ min: 1, max: 4 }) }), { nil: null }),
    sessions: fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 12 }),
    reports: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 4 }),
    checkIns: fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 4 }),
    goals: fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom('open', 'on-track', 'at-risk', 'achieved', 'dropped' as const)), { maxLength: 3 }),
    pauses: fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 30 })), { maxLength: 3 }),
  })
  .map((x) =>
    active({
      started: day(x.start),
      record: {
        plan: x.plan === null ? null : plan(day(x.start + x.plan.offset), day(x.start + x.plan.offset + x.plan.length), x.plan.weeks),
        sessions: [...x.sessions].sort((a, b) => a - b).map((n) => session(day(x.start + n))),
        reports: x.reports.map((p) => report(p, day(x.start + p * 20))),
        checkIns: [...x.checkIns].sort((a, b) => a - b).map((n) => checkIn(day(x.start + n))),
        goals: x.goals.map(([t, status], i) => goal(`g${i}`, day(t), status)),
        pauses: pausesFrom(x.start, x.pauses),
      },
    }),
  )

/** Any state: active, paused, observed or proposed. */
export const arbState: fc.Arbitrary<MentorshipState> = fc.oneof(
  arbActive,
  arbActive.chain((a) => fc.integer({ min: 0, max: 300 }).map((n) => ({ ...a, status: 'paused' as const, pause: { by: MENTOR, at: day(n), reason: null } }))),
  fc.integer({ min: 0, max: 100 }).map((n) => observed(day(n))),
  fc.tuple(fc.integer({ min: 10, max: 100 }), fc.boolean(), fc.boolean()).map(([n, m, e]) =>
    proposed(day(n), { mentorAt: m ? day(1) : null, menteeAt: e ? day(2) : null, approvalRequired: m && e }),
  ),
)

/** A day 0..500 after 2026-01-01. */
export const arbDay = fc.integer({ min: 0, max: 500 }).map(day)

export { employeeId, MANAGER }
