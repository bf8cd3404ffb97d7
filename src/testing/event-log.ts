/**
 * fast-check arbitraries of valid mentorship event logs (part of `mentorschap/testing`): logs
 * built by walking the mentorship machine over a given organisation (and optionally a programme),
 * with knobs for size, formality levels, lifecycle paths and edge cases. Every log replays.
 * @module
 */
import fc from 'fast-check'
import { parseIsoDate, type IsoDate } from '../model/date.js'
import type { Organisation } from '../model/organisation.js'
import type { LevelPolicies } from '../mentorship/context.js'
import type { MentorshipEventType } from '../mentorship/events.js'
import type { LogContext } from '../mentorship/log.js'
import { FORMALITY_LEVELS } from '../programme/formality.js'
import { LIFECYCLE_PATHS, PATH_EVENTS, type ArbEventLogOptions, type GeneratedEventLog } from './event-log-options.js'
import { arbParsedOrganisation, type ArbOrganisationOptions } from './organisation.js'
import { printable } from './printable.js'
import { walk, type GapKind, type LogDraw, type WalkSettings } from './walk.js'

/** The first day of a generated log by default. */
const FROM = '2026-02-02'

/** How often each kind of gap is drawn, when it is on. */
const GAP_WEIGHTS: readonly (readonly [GapKind, number])[] = [
  ['same-day', 3],
  ['short', 4],
  ['boundary', 2],
  ['long', 1],
]

const gapsOf = (options: ArbEventLogOptions): GapKind[] => {
  const on = { 'same-day': options.edgeCases?.sameDay ?? true, short: true, boundary: options.edgeCases?.dueBoundaries ?? true, long: options.edgeCases?.longGaps ?? true }
  return GAP_WEIGHTS.flatMap(([kind, weight]) => (on[kind] ? Array.from({ length: weight }, () => kind) : []))
}

/** The context a log over `org` is replayed with. */
const contextOf = (org: Organisation, options: ArbEventLogOptions): LogContext => {
  const p = options.programme
  const policies: LevelPolicies = { ...(p === undefined ? {} : { [p.formality]: p.policy }), ...options.policies }
  return { org, policies, ...(p?.managerId == null ? {} : { programmeManagerId: p.managerId }) }
}

const settingsOf = (org: Organisation, options: ArbEventLogOptions): WalkSettings => {
  const paths = options.paths ?? LIFECYCLE_PATHS
  const everyone = org.employees.map((e) => e.id as string)
  return {
    ctx: contextOf(org, options),
    levels: options.levels ?? FORMALITY_LEVELS,
    types: new Set<MentorshipEventType>(paths.flatMap((p) => PATH_EVENTS[p])),
    maxEvents: Math.max(1, options.maxEventsPerMentorship ?? 12),
    gaps: gapsOf(options),
    from: parseIsoDate(options.from ?? FROM) ?? (FROM as IsoDate),
    mentors: options.programme?.mentors ?? everyone,
    mentees: options.programme?.mentees.map((m) => m.employeeId) ?? everyone,
  }
}

const arbDraw = (minPairs: number, maxPairs: number, maxSteps: number): fc.Arbitrary<LogDraw> =>
  fc.record({
    pairs: fc.array(
      fc.record({ x: fc.nat(), y: fc.nat(), opening: fc.nat(1), level: fc.nat(11), respond: fc.nat(65) }),
      { minLength: minPairs, maxLength: maxPairs },
    ),
    steps: fc.array(
      fc.record({
        who: fc.nat(Math.max(0, maxPairs - 1)),
        pick: fc.nat(1000),
        gap: fc.nat(59),
        size: fc.nat(400),
        seeds: fc.tuple(fc.nat(1023), fc.nat(1023), fc.nat(1023), fc.nat(1023)),
      }),
      { maxLength: maxSteps, size: 'max' },
    ),
  })

/**
 * Valid mentorship event logs (CONTRACT §8, events v1) over `org`, built by walking the
 * mentorship machine: at every step one pair takes an event its state allows, done by the right
 * person, with consecutive `seq` and days that never go back; so `replay(log.events, log.ctx)`
 * always gives `Right`, and shrinking gives shorter valid logs. Pairs open informally (observed,
 * then encouraged and started by the manager) or by a proposal (accepted, approved where the
 * policy asks, started), and may then set goals and plans, log sessions, report, be reviewed,
 * have check-ins and outcomes, be formalised, pause and resume, complete or end; proposals may be
 * declined or expire. Knobs: sizes, formality levels, lifecycle paths, edge cases (several events
 * on one day, events on a due date or the day after it, long gaps that make things overdue).
 * Mentorships are `m1`, `m2`, ...; HR acts as `hr`.
 * @example
 * import fc from 'fast-check'
 * import * as E from 'fp-ts/lib/Either.js'
 * fc.assert(fc.property(arbEventLog(org, { maxMentorships: 3 }), (log) =>
 *   E.isRight(replay(log.events, log.ctx))))
 * @since 0.1.0
 */
export const arbEventLog = (org: Organisation, options: ArbEventLogOptions = {}): fc.Arbitrary<GeneratedEventLog> => {
  const settings = settingsOf(org, options)
  const max = Math.max(0, options.maxMentorships ?? 4)
  const min = Math.min(max, Math.max(0, options.minMentorships ?? 1))
  return arbDraw(min, max, max * settings.maxEvents).map((draw) => printable(walk(draw, settings)))
}

/**
 * An organisation with a valid event log over it: {@link arbParsedOrganisation} (at least 4
 * employees unless asked otherwise) then {@link arbEventLog}; the organisation is `log.ctx.org`.
 * @example
 * import fc from 'fast-check'
 * import * as E from 'fp-ts/lib/Either.js'
 * fc.assert(fc.property(arbOrganisationWithEventLog({ eventLog: { paths: ['informal', 'end'] } }), (log) =>
 *   E.isRight(replay(log.events, log.ctx))))
 * @since 0.1.0
 */
export const arbOrganisationWithEventLog = (
  options: { readonly organisation?: ArbOrganisationOptions; readonly eventLog?: ArbEventLogOptions } = {},
): fc.Arbitrary<GeneratedEventLog> =>
  arbParsedOrganisation({ minEmployees: 4, ...options.organisation }).chain((org) => arbEventLog(org, options.eventLog))
