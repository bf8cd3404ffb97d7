/**
 * The event-log arbitrary of `mentorschap/testing`: every log replays, and its knobs (sizes,
 * levels, paths, edge cases, programme) are respected. The checks read the events themselves, not
 * the generator's internals.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { addDays, parseIsoDate, type IsoDate } from '../../src/model/date.js'
import { EVENT_TYPES, FORMALITY_LEVELS, MENTORSHIP_STATUSES, replay, type FormalityLevel, type MentorshipEvent } from '../../src/index.js'
import {
  arbEventLog,
  arbOrganisationWithEventLog,
  arbOrganisationWithProgramme,
  LIFECYCLE_PATHS,
  PATH_EVENTS,
  type GeneratedEventLog,
} from '../../src/testing/index.js'
import { APPROVAL, ORG } from './fixture.js'

const day = (at: string): IsoDate => parseIsoDate(at.slice(0, 10)) ?? ('1970-01-01' as IsoDate)
const dayNo = (at: string): number => Date.parse(`${day(at)}T00:00:00Z`) / 86_400_000

const byMentorship = (events: readonly MentorshipEvent[]): Map<string, MentorshipEvent[]> => {
  const m = new Map<string, MentorshipEvent[]>()
  for (const e of events) m.set(e.mentorshipId, [...(m.get(e.mentorshipId) ?? []), e])
  return m
}

/** Every formality level a pair passes through, read from its events. */
const levelsOf = (events: readonly MentorshipEvent[]): FormalityLevel[] =>
  events.flatMap((e): FormalityLevel[] =>
    e.type === 'observe' ? ['spontaneous'] : e.type === 'encourage' ? ['encouraged'] : e.type === 'propose' || e.type === 'formalise' ? [e.formality] : [],
  )

const replaysTo = (log: GeneratedEventLog): void => {
  const r = replay(log.events, log.ctx)
  expect(E.isRight(r) && r.right.mentorships).toEqual(log.mentorships)
}

describe('arbEventLog', () => {
  it('every generated log replays to Right, with the states the generator reports (random organisations)', () => {
    fc.assert(fc.property(arbOrganisationWithEventLog(), replaysTo), { numRuns: 60 })
  })

  it('every generated log replays to Right (an organisation where every event can happen, approval required)', () => {
    fc.assert(fc.property(arbEventLog(ORG, { policies: APPROVAL, maxMentorships: 5, maxEventsPerMentorship: 25 }), replaysTo), { numRuns: 60 })
  })

  it('numbers every mentorship from 1 without gaps, and days never go back', () => {
    fc.assert(
      fc.property(arbEventLog(ORG), (log) => {
        for (const events of byMentorship(log.events).values()) expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1))
        log.events.forEach((e, i) => expect(i === 0 || day(e.at) >= day(log.events[i - 1]?.at ?? e.at)).toBe(true))
        expect(log.events.every((e) => day(e.at) >= '2026-02-02')).toBe(true)
      }),
      { numRuns: 40 },
    )
  })

  it('respects the sizes: mentorships between min and max, events per mentorship at most the max', () => {
    const sizes = fc.record({ min: fc.integer({ min: 0, max: 4 }), extra: fc.integer({ min: 0, max: 3 }), events: fc.integer({ min: 1, max: 30 }) })
    fc.assert(
      fc.property(
        sizes.chain((s) => arbEventLog(ORG, { minMentorships: s.min, maxMentorships: s.min + s.extra, maxEventsPerMentorship: s.events }).map((log) => [s, log] as const)),
        ([s, log]) => {
          const groups = byMentorship(log.events)
          // ORG has far more than 7 possible pairs, so the minimum is always reached.
          expect(groups.size).toBeGreaterThanOrEqual(s.min)
          expect(groups.size).toBeLessThanOrEqual(s.min + s.extra)
          for (const events of groups.values()) expect(events.length).toBeLessThanOrEqual(s.events)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('respects the levels: every formality a pair passes through is one of them', () => {
    fc.assert(
      fc.property(
        fc.subarray([...FORMALITY_LEVELS], { minLength: 1 }).chain((levels) => arbEventLog(ORG, { levels }).map((log) => [levels, log] as const)),
        ([levels, log]) => {
          for (const events of byMentorship(log.events).values()) expect(levelsOf(events).every((l) => levels.includes(l))).toBe(true)
          expect(Object.values(log.mentorships).every((s) => levels.includes(s.formality))).toBe(true)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('respects the paths: every event type belongs to a path that is on', () => {
    fc.assert(
      fc.property(
        fc.subarray([...LIFECYCLE_PATHS]).chain((paths) => arbEventLog(ORG, { paths, policies: APPROVAL }).map((log) => [paths, log] as const)),
        ([paths, log]) => {
          const on = new Set<string>(paths.flatMap((p) => PATH_EVENTS[p]))
          expect(log.events.filter((e) => !on.has(e.type))).toEqual([])
        },
      ),
      { numRuns: 80 },
    )
  })

  it('without same-day events every event is on a later day than the one before', () => {
    fc.assert(
      fc.property(arbEventLog(ORG, { edgeCases: { sameDay: false } }), (log) => {
        log.events.forEach((e, i) => expect(i === 0 || dayNo(e.at) > dayNo(log.events[i - 1]?.at ?? '')).toBe(true))
      }),
      { numRuns: 40 },
    )
  })

  it('without long gaps and due-date jumps, consecutive events are at most a week apart', () => {
    fc.assert(
      fc.property(arbEventLog(ORG, { edgeCases: { longGaps: false, dueBoundaries: false } }), (log) => {
        log.events.forEach((e, i) => expect(i === 0 || dayNo(e.at) - dayNo(log.events[i - 1]?.at ?? '') <= 7).toBe(true))
      }),
      { numRuns: 40 },
    )
  })

  it('with a programme, pairs come from its mentors and mentees and the log replays', () => {
    fc.assert(
      fc.property(
        arbOrganisationWithProgramme({ organisation: { minEmployees: 4 } }).chain(({ org, programme }) =>
          arbEventLog(org, { programme }).map((log) => [programme, log] as const),
        ),
        ([programme, log]) => {
          replaysTo(log)
          const mentees = new Set<string>(programme.mentees.map((m) => m.employeeId))
          for (const e of log.events) {
            if (e.type === 'observe' || e.type === 'propose') {
              expect(programme.mentors).toContain(e.mentorId)
              expect(mentees.has(e.menteeId)).toBe(true)
            }
          }
        },
      ),
      { numRuns: 40 },
    )
  })

  it('prints a counterexample with the organisation as its size, and stays plain data', () => {
    const [log] = fc.sample(arbEventLog(ORG), { numRuns: 1, seed: 3 })
    if (log === undefined) throw new Error('no sample')
    expect(fc.stringify(log)).toContain(`<organisation of ${ORG.employees.length} employees>`)
    expect(fc.stringify(log)).toContain(fc.stringify(log.events))
    expect(JSON.parse(JSON.stringify(log))).toEqual(JSON.parse(JSON.stringify({ ...log })))
    expect(Object.keys(log).sort()).toEqual(['ctx', 'events', 'lastDay', 'mentorships'])
  })

  it('over many logs reaches every event type and every status, and expires proposals on the first day after the deadline', () => {
    const logs = fc.sample(arbEventLog(ORG, { policies: APPROVAL, maxMentorships: 5, maxEventsPerMentorship: 30 }), { numRuns: 300, seed: 7 })
    const types = new Set(logs.flatMap((l) => l.events.map((e) => e.type)))
    expect([...EVENT_TYPES].filter((t) => !types.has(t))).toEqual([])
    const statuses = new Set(logs.flatMap((l) => Object.values(l.mentorships).map((s) => s.status)))
    expect([...MENTORSHIP_STATUSES].filter((s) => !statuses.has(s))).toEqual([])
    // The default answer time is 14 days; an expiry on the day after the deadline is a boundary case.
    const onBoundary = logs.some((l) =>
      [...byMentorship(l.events).values()].some(([first, ...rest]) => {
        const expiry = rest.find((e) => e.type === 'expire')
        if (first?.type !== 'propose' || expiry === undefined) return false
        const deadline = first.respondBy ?? addDays(day(first.at), 14)
        return day(expiry.at) === addDays(day(deadline), 1)
      }),
    )
    expect(onBoundary).toBe(true)
  })
})
