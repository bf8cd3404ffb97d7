/**
 * The deterministic half of the event-log arbitrary: a walk of the mentorship machine driven by
 * drawn numbers. Every event it appends is one the machine accepts at that point (it goes through
 * `apply`), so the log replays by construction, and a smaller draw gives a smaller valid log.
 * @module
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import { accountabilityStatus } from '../accountability/status.js'
import { addDays, type IsoDate } from '../model/date.js'
import { policyFor } from '../mentorship/context.js'
import type { MentorshipEvent, MentorshipEventType } from '../mentorship/events.js'
import { apply, type LogContext, type MentorshipLog } from '../mentorship/log.js'
import { MENTORSHIP_TABLE } from '../mentorship/machine.js'
import type { MentorshipState } from '../mentorship/state.js'
import type { FormalityLevel } from '../programme/formality.js'
import { draftEvent, managersOf, proposable, HR_ID, type Drafted, type PairIds, type Seeds } from './event-bodies.js'
import type { GeneratedEventLog } from './event-log-options.js'

/**
 * The numbers behind one step: which pair moves, which of its events, how far the clock goes.
 * @example
 * const s: StepDraw = { who: 0, pick: 3, gap: 1, size: 5, seeds: [1, 2, 3, 4] }
 * @since 0.1.0
 * @internal
 */
export interface StepDraw {
  readonly who: number
  readonly pick: number
  readonly gap: number
  readonly size: number
  readonly seeds: Seeds
}

/**
 * The numbers behind one pair: who (a starting point in the list of possible pairs) and how it opens.
 * @example
 * const p: PairDraw = { x: 0, y: 1, opening: 0, level: 2, respond: 3 }
 * @since 0.1.0
 * @internal
 */
export interface PairDraw {
  readonly x: number
  readonly y: number
  readonly opening: number
  readonly level: number
  readonly respond: number
}

/**
 * Everything drawn for one log.
 * @example
 * const d: LogDraw = { pairs: [], steps: [] }
 * @since 0.1.0
 * @internal
 */
export interface LogDraw {
  readonly pairs: readonly PairDraw[]
  readonly steps: readonly StepDraw[]
}

/**
 * What the walk needs besides the draw.
 * @example
 * const s: WalkSettings = { ctx: { org }, levels: ['formal'], types: new Set(['propose']), maxEvents: 5,
 *   gaps: ['short'], from: d, mentors: ['e1'], mentees: ['e5'] }
 * @since 0.1.0
 * @internal
 */
export interface WalkSettings {
  readonly ctx: LogContext
  readonly levels: readonly FormalityLevel[]
  readonly types: ReadonlySet<MentorshipEventType>
  readonly maxEvents: number
  readonly gaps: readonly GapKind[]
  readonly from: IsoDate
  readonly mentors: readonly string[]
  readonly mentees: readonly string[]
}

/**
 * How far the clock moves before an event.
 * @example
 * const g: GapKind = 'boundary'
 * @since 0.1.0
 * @internal
 */
export type GapKind = 'same-day' | 'short' | 'boundary' | 'long'

/** Pairs tried, at most, to open one mentorship. */
const OPEN_ATTEMPTS = 64

/** The events after which a pair does nothing more (or only records outcomes). */
const CLOSERS: ReadonlySet<MentorshipEventType> = new Set(['decline', 'expire', 'complete', 'end'])

/** One step in this many tries a closing event first. */
const CLOSE_EVERY = 8

const DATE_KEYS = new Set(['dueOn', 'nextDueOn', 'stalledFrom', 'respondBy', 'by', 'targetDate'])

/** Every date under a due-date key in a status, found by walking the value. */
const dueDates = (value: unknown, out: string[] = []): string[] => {
  if (Array.isArray(value)) for (const v of value) dueDates(v, out)
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (DATE_KEYS.has(k) && typeof v === 'string') out.push(v)
      else dueDates(v, out)
    }
  }
  return out
}

/** A due date of the pair on or after `day`, or the day after one: the next boundary. */
const boundary = (s: MentorshipState | undefined, day: IsoDate, size: number, ctx: LogContext): IsoDate | undefined => {
  if (s === undefined) return undefined
  const status = accountabilityStatus(s, policyFor(ctx, s.formality), day)
  if (E.isLeft(status)) return undefined
  const targets = [...new Set(dueDates(status.right))]
    .filter((d) => d >= day)
    .sort()
    .map((d) => addDays(d as IsoDate, size % 2))
    .filter((d) => d > day)
  return targets[(size >> 1) % Math.max(1, targets.length)]
}

/** The day of the next event. */
const advance = (day: IsoDate, step: StepDraw, s: MentorshipState | undefined, settings: WalkSettings): IsoDate => {
  const kind = settings.gaps[step.gap % settings.gaps.length] ?? 'short'
  const short = addDays(day, 1 + (step.size % 7))
  switch (kind) {
    case 'same-day':
      return day
    case 'short':
      return short
    case 'long':
      return addDays(day, 30 + (step.size % 171))
    case 'boundary':
      return boundary(s, day, step.size, settings.ctx) ?? short
  }
}

const rotate = <T>(xs: readonly T[], n: number): T[] => xs.map((_, k) => xs[(n + k) % xs.length] as T)

const event = (id: string, seq: number, day: IsoDate, d: Drafted): MentorshipEvent => ({ v: 1, mentorshipId: id, seq, at: day, actor: d.actor, ...d.body })

/** The opening events to try for a pair, in the order the draw prefers. */
const openings = (pair: PairIds, pd: PairDraw, day: IsoDate, settings: WalkSettings): Drafted[] => {
  const { ctx, types, levels } = settings
  const manager = managersOf(ctx, pair)[pd.level % Math.max(1, managersOf(ctx, pair).length)]
  const observe: Drafted[] =
    types.has('observe') && levels.includes('spontaneous') && manager !== undefined
      ? [{ actor: { role: 'manager', employeeId: manager }, body: { type: 'observe', ...pair } }]
      : []
  const level = proposable(levels)[pd.level % Math.max(1, proposable(levels).length)]
  const propose: Drafted[] =
    types.has('propose') && level !== undefined
      ? [
          {
            actor: pd.respond % 2 === 0 && manager !== undefined ? { role: 'manager', employeeId: manager } : { role: 'hr', employeeId: HR_ID },
            body: { type: 'propose', ...pair, formality: level, ...(pd.respond % 3 === 0 ? { respondBy: addDays(day, pd.respond % 22) } : {}) },
          },
        ]
      : []
  return pd.opening % 2 === 0 ? [...observe, ...propose] : [...propose, ...observe]
}

/** The `k`-th pair from `pd`'s starting point in the list of every mentor and mentee. */
const pairAt = (pd: PairDraw, k: number, settings: WalkSettings): PairIds | undefined => {
  const { mentors, mentees } = settings
  const total = mentors.length * mentees.length
  if (total === 0) return undefined
  const idx = ((pd.x % mentors.length) * mentees.length + (pd.y % mentees.length) + k) % total
  const mentorId = mentors[Math.floor(idx / mentees.length)]
  const menteeId = mentees[idx % mentees.length]
  return mentorId === undefined || menteeId === undefined || mentorId === menteeId ? undefined : { mentorId, menteeId }
}

/**
 * Walk the machine: each step moves one pair (opening it on its first step) by the first event
 * the machine accepts among those its status allows, starting from the drawn one. Pairs the steps
 * never reached open at the end.
 * @example
 * walk({ pairs: [], steps: [] }, settings).events // []
 * @since 0.1.0
 * @internal
 */
export const walk = (draw: LogDraw, settings: WalkSettings): GeneratedEventLog => {
  let log: MentorshipLog = { mentorships: {} }
  const events: MentorshipEvent[] = []
  let day = settings.from
  const tried = new Set<number>()
  const append = (e: MentorshipEvent): boolean => {
    const next = apply(log, e, settings.ctx)
    if (E.isLeft(next)) return false
    log = next.right
    events.push(e)
    return true
  }
  const open = (slot: number, pd: PairDraw, at: IsoDate): boolean => {
    tried.add(slot)
    const total = settings.mentors.length * settings.mentees.length
    for (let k = 0; k < Math.min(total, OPEN_ATTEMPTS); k++) {
      const pair = pairAt(pd, k, settings)
      if (pair !== undefined && openings(pair, pd, at, settings).some((d) => append(event(`m${slot + 1}`, 1, at, d)))) return true
    }
    return false
  }
  const move = (s: MentorshipState, step: StepDraw, at: IsoDate): boolean => {
    const row = Object.keys(MENTORSHIP_TABLE[s.status]) as MentorshipEventType[]
    const possible = row.filter((t) => settings.types.has(t) && (t !== 'encourage' || settings.levels.includes('encouraged')))
    // Closing events come first on one step in CLOSE_EVERY and last on the others, so that pairs live long enough to do things.
    const closers = rotate(possible.filter((t) => CLOSERS.has(t)), step.pick)
    const others = rotate(possible.filter((t) => !CLOSERS.has(t)), step.pick)
    const candidates = step.pick % CLOSE_EVERY === 0 ? [...closers, ...others] : [...others, ...closers]
    return candidates.some((type) => {
      const drafted = draftEvent(type, s, at, step.seeds, settings.ctx, settings.levels)
      return drafted !== undefined && append(event(s.mentorshipId, s.seq + 1, at, drafted))
    })
  }
  // The clock moves only when an event happens, so that the gaps between events are the drawn ones.
  for (const step of draw.steps) {
    const slot = step.who % Math.max(1, draw.pairs.length)
    const pd = draw.pairs[slot]
    if (pd === undefined) break
    const s = log.mentorships[`m${slot + 1}`]
    const at = advance(day, step, s, settings)
    const moved = !tried.has(slot)
      ? open(slot, pd, at)
      : s !== undefined && events.filter((e) => e.mentorshipId === s.mentorshipId).length < settings.maxEvents && move(s, step, at)
    if (moved) day = at
  }
  draw.pairs.forEach((pd, slot) => {
    const at = settings.gaps.includes('same-day') ? day : addDays(day, 1)
    if (!tried.has(slot) && open(slot, pd, at)) day = at
  })
  return { events, ctx: settings.ctx, mentorships: log.mentorships, lastDay: events.at(-1)?.at ?? settings.from }
}
