/**
 * The fields and actor of a generated event of each type, for a pair in a given state, from a few
 * drawn numbers: the right person for the role and consistent fields (periods that wait for a
 * report or a review, goals that exist, dates not in the future).
 * @module
 * @internal
 */
import type { Actor } from '../machine/actor.js'
import { addDays, type IsoDate } from '../model/date.js'
import { employeeId } from '../model/ids.js'
import type { LogContext } from '../mentorship/log.js'
import type { EventBody, MentorshipEventType } from '../mentorship/events.js'
import type { Accountability } from '../mentorship/record.js'
import { awaitingReview } from '../mentorship/record-rules.js'
import type { MentorshipState } from '../mentorship/state.js'
import {
  END_REASONS,
  FORMALISABLE_LEVELS,
  MENTEE_MEASURES,
  MENTOR_MEASURES,
  PROGRESS_STATUSES,
  PROPOSABLE_LEVELS,
  VERDICTS,
  type OutcomeValue,
} from '../mentorship/vocabulary.js'
import { compareFormality, type FormalityLevel } from '../programme/formality.js'
import { TOPICS } from '../programme/programme.js'

/**
 * Four drawn numbers that choose among the options of an event.
 * @example
 * const s: Seeds = [0, 1, 2, 3]
 * @since 0.1.0
 * @internal
 */
export type Seeds = readonly [number, number, number, number]

/**
 * A pair of people.
 * @example
 * const p: PairIds = { mentorId: 'e1', menteeId: 'e5' }
 * @since 0.1.0
 * @internal
 */
export interface PairIds {
  readonly mentorId: string
  readonly menteeId: string
}

/**
 * An event without its envelope's mentorship, number and moment.
 * @example
 * const d: Drafted = { actor: { role: 'system' }, body: { type: 'expire' } }
 * @since 0.1.0
 * @internal
 */
export interface Drafted {
  readonly actor: Actor
  readonly body: EventBody
}

/**
 * The id generated HR actors use.
 * @example
 * const hr = { role: 'hr', employeeId: HR_ID }
 * @since 0.1.0
 * @internal
 */
export const HR_ID = 'hr'

const pick = <T>(xs: readonly T[], n: number): T | undefined => xs[n % Math.max(1, xs.length)]

/**
 * The people who may act as the pair's manager: the programme's manager and their line managers.
 * @example
 * managersOf({ org }, { mentorId: 'e1', menteeId: 'e5' }) // ['e0']
 * @since 0.1.0
 * @internal
 */
export const managersOf = (ctx: LogContext, pair: PairIds): string[] => {
  const line = [pair.mentorId, pair.menteeId].map((p) => ctx.org.index.employeeById.get(employeeId(p))?.managerId ?? null)
  return [...new Set([ctx.programmeManagerId ?? null, ...line].filter((m): m is string => m !== null && m !== undefined))]
}

const manager = (ctx: LogContext, pair: PairIds, n: number): Actor | undefined => {
  const id = pick(managersOf(ctx, pair), n)
  return id === undefined ? undefined : { role: 'manager', employeeId: id }
}

const side = (pair: PairIds, n: number): Actor =>
  n % 2 === 0 ? { role: 'mentor', employeeId: pair.mentorId } : { role: 'mentee', employeeId: pair.menteeId }

/** The mentor, the mentee or a manager. */
const anyone = (ctx: LogContext, pair: PairIds, n: number): Actor => (n % 3 === 2 ? (manager(ctx, pair, n) ?? side(pair, n)) : side(pair, n))

const managerOrHr = (ctx: LogContext, pair: PairIds, n: number): Actor =>
  n % 2 === 0 ? (manager(ctx, pair, n) ?? { role: 'hr', employeeId: HR_ID }) : { role: 'hr', employeeId: HR_ID }

const withActor = (actor: Actor | undefined, body: EventBody): Drafted | undefined => (actor === undefined ? undefined : { actor, body })

const recordOf = (s: MentorshipState): Accountability | null => ('record' in s ? s.record : null)

/** The first period that waits for a report: never submitted, or sent back with `follow-up`. */
const nextPeriod = (record: Accountability): number => {
  const latest = new Map(record.reports.map((r) => [r.period, r] as const))
  let p = 1
  while (latest.has(p) && latest.get(p)?.review?.verdict !== 'follow-up') p++
  return p
}

/**
 * The levels `formalise` may raise `current` to, among `levels`.
 * @example
 * raises('encouraged', FORMALITY_LEVELS) // ['structured', 'formal']
 * @since 0.1.0
 * @internal
 */
export const raises = (current: FormalityLevel, levels: readonly FormalityLevel[]): FormalityLevel[] =>
  FORMALISABLE_LEVELS.filter((l) => levels.includes(l) && compareFormality(l, current) > 0)

/**
 * The levels a pair may be proposed at, among `levels`.
 * @example
 * proposable(['spontaneous', 'formal']) // ['formal']
 * @since 0.1.0
 * @internal
 */
export const proposable = (levels: readonly FormalityLevel[]): (typeof PROPOSABLE_LEVELS)[number][] =>
  PROPOSABLE_LEVELS.filter((l) => levels.includes(l))

const accountability = (type: MentorshipEventType, s: MentorshipState, day: IsoDate, [a, b, c, d]: Seeds, ctx: LogContext): Drafted | undefined => {
  const record = recordOf(s)
  switch (type) {
    case 'set-goals':
      return withActor(side(s, c), {
        type,
        goals: Array.from({ length: 1 + (a % 3) }, (_, i) => ({
          id: `g${i + 1}`,
          description: `Goal ${i + 1}`,
          successCriteria: 'Agreed with the manager',
          targetDate: addDays(day, 30 + ((b + i * 17) % 150)),
        })),
      })
    case 'set-plan': {
      const startDate = addDays(day, -(b % 7))
      return withActor(side(s, d), { type, cadenceWeeks: 1 + (a % 4), startDate, endDate: addDays(startDate, 7 * (4 + (c % 40))) })
    }
    case 'log-session':
      return withActor(side(s, d), {
        type,
        date: addDays(day, -(a % 4)),
        topics: TOPICS.filter((_, i) => ((b >> i) & 1) === 1),
        ...(c % 2 === 0 ? { notes: 'Private session notes' } : {}),
      })
    case 'submit-report':
      return record === null
        ? undefined
        : withActor(
            { role: 'mentor', employeeId: s.mentorId },
            {
              type,
              period: nextPeriod(record),
              progress: record.goals
                .filter((_, i) => ((a >> i) & 1) === 0)
                .map((g, i) => ({ goalId: g.id, status: PROGRESS_STATUSES[(b + i) % PROGRESS_STATUSES.length] ?? 'on-track', note: 'Progress note' })),
              reflection: 'What went well and what did not',
            },
          )
    case 'review-report': {
      const period = record === null ? undefined : pick(awaitingReview(record), a)
      return period === undefined ? undefined : withActor(manager(ctx, s, c), { type, period, verdict: pick(VERDICTS, b) ?? 'accepted', feedback: 'Feedback' })
    }
    case 'check-in':
      return withActor(manager(ctx, s, c), {
        type,
        date: addDays(day, -(a % 3)),
        ...(b % 2 === 0 ? { notes: 'Private check-in notes' } : {}),
        ...(d % 3 === 0 ? { reflection: 'What I learned as a manager' } : {}),
      })
    case 'record-outcome': {
      const value = (1 + (c % 5)) as OutcomeValue
      const body: EventBody =
        a % 2 === 0
          ? { type, subject: 'mentee', measure: pick(MENTEE_MEASURES, b) ?? 'belonging', value }
          : { type, subject: 'mentor', measure: pick(MENTOR_MEASURES, b) ?? 'coaching', value }
      return withActor(anyone(ctx, s, d), body)
    }
    default:
      return undefined
  }
}

/**
 * The actor and fields of an event of `type` for the pair in state `s` on `day`, or `undefined`
 * when nobody can do it (no manager for the pair, no report to review, no level to raise to).
 * @example
 * draftEvent('end', state, d, [0, 1, 0, 0], { org }, FORMALITY_LEVELS) // { actor: mentor, body: { type: 'end', reason: 'workload' } }
 * @since 0.1.0
 * @internal
 */
export const draftEvent = (
  type: MentorshipEventType,
  s: MentorshipState,
  day: IsoDate,
  seeds: Seeds,
  ctx: LogContext,
  levels: readonly FormalityLevel[],
): Drafted | undefined => {
  const [a, b] = seeds
  switch (type) {
    case 'encourage':
    case 'approve':
    case 'complete':
      return withActor(manager(ctx, s, a), { type })
    case 'accept': {
      const open = s.status === 'proposed' ? (['mentor', 'mentee'] as const).filter((k) => s.acceptances[k] === null) : []
      const who = pick(open, a)
      return who === undefined ? undefined : withActor(who === 'mentor' ? side(s, 0) : side(s, 1), { type })
    }
    case 'decline':
      return withActor(side(s, a), { type })
    case 'expire':
      return withActor({ role: 'system' }, { type })
    case 'start':
      return withActor(managerOrHr(ctx, s, a), { type })
    case 'formalise': {
      const to = pick(raises(s.formality, levels), a)
      return to === 'structured' || to === 'formal' ? withActor(manager(ctx, s, b), { type, formality: to }) : undefined
    }
    case 'pause':
    case 'resume':
      return withActor(anyone(ctx, s, a), b % 2 === 0 ? { type } : { type, reason: 'Holiday' })
    case 'end':
      return withActor(anyone(ctx, s, a), { type, reason: pick(END_REASONS, b) ?? 'other' })
    case 'observe':
    case 'propose':
      return undefined
    default:
      return accountability(type, s, day, seeds, ctx)
  }
}
