/**
 * A host property-tests its own code with `mentorschap/testing`, on any organisation, programme
 * and event log the formats allow (not only on the three records of its fixtures):
 *
 * 1. its own pairing criterion, "language overlap" (the share of the mentee's languages the mentor
 *    speaks): `raw` stays in [0, 1] and is what the host's own formula says for every pair, and as
 *    a `require` every matched pair meets it and the matching keeps every invariant;
 * 2. its own rule on event logs, "remind the mentor of every report more than a week overdue":
 *    a reminder goes only to the pair's mentor, and never for a period already reported;
 * 3. its own error handling: a log with a bad event is rejected with a message that names that
 *    event and its error code.
 *
 * The script prints one line per property with the number of runs, checks that every property
 * held on every run, and exits non-zero when one does not.
 *
 *   npx tsx examples/property-test-criterion.ts
 */
import assert from 'node:assert/strict'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { z } from 'zod'
import { accountabilityStatus, defineCriterion, match, parseProgramme, policyFor, replay, scorePair } from '../src/index.js'
import type { LogContext, MentorshipState, Organisation } from '../src/index.js'
// A host writes: from 'mentorschap/testing'
import { arbEventLog, arbInvalidEventLog, arbParsedOrganisation, arbProgrammeInput, assertMatchingInvariants } from '../src/testing/index.js'

const RUNS = 100

// ── 1. The host's criterion ─────────────────────────────────────────────────────────────────────
/** The host's formula: the share of the mentee's languages the mentor speaks (1 when none are known). */
const overlap = (mentor: readonly string[], mentee: readonly string[]): number =>
  mentee.length === 0 ? 1 : mentee.filter((l) => mentor.includes(l)).length / mentee.length

const languageOverlap = defineCriterion({
  name: 'language-overlap',
  statements: ['S14'],
  params: z.strictObject({ minShare: z.number().min(0).max(1).default(0.5) }),
  mentorFacts: (m) => m.employee.languages,
  menteeFacts: (t) => t.employee.languages,
  evaluate: ({ mentor, mentee, params }) => {
    const share = overlap(mentor, mentee)
    return { raw: share >= params.minShare ? share : 0, reason: { share } }
  },
})
const custom = { criteria: { 'language-overlap': languageOverlap } }

/** Any organisation with any programme over it that also uses the host's criterion in `mode`. */
const withCriterion = (mode: 'prefer' | 'require') =>
  arbParsedOrganisation({ maxEmployees: 14 }).chain((org) =>
    arbProgrammeInput(org).map((input) => {
      const criteria = [...(input.criteria ?? []), { criterion: 'language-overlap', mode, weight: 2, params: { minShare: 0.5 } }]
      // A new `require` may break a locked pair of the generated programme: leave locked pairs out.
      const programme = parseProgramme({ ...input, criteria, locked: [] }, org, custom)
      if (E.isLeft(programme)) throw new Error(`the programme must parse: ${programme.left.issues[0]?.message ?? ''}`)
      return { org, programme: programme.right }
    }),
  )

const languagesOf = (org: Organisation, id: string): readonly string[] => org.employees.find((e) => e.id === id)?.languages ?? []

/**
 * Run a property, print its line, and check that it held on every run and was not vacuous: the
 * predicate returns how many items it checked, and their total must be positive. The seed is fixed
 * so that CI prints the same lines every day; leave it out to explore new cases on every run.
 */
const check = <T>(title: string, what: string, arb: fc.Arbitrary<T>, predicate: (value: T) => number): void => {
  let checked = 0
  const details = fc.check(
    fc.property(arb, (value) => {
      checked += predicate(value)
    }),
    { numRuns: RUNS, seed: 2026 },
  )
  console.log(`${details.failed ? 'FAILED' : 'holds '} ${title} (${details.numRuns} runs, ${checked} ${what})`)
  assert.ok(!details.failed, details.counterexample === null ? title : `${title}: ${fc.stringify(details.counterexample)}\n${String(details.errorInstance)}`)
  assert.equal(details.numRuns, RUNS)
  assert.ok(checked > 0, `${title}: nothing was checked`)
}

check('raw of language-overlap is in [0, 1] and follows the host formula', 'pairs', withCriterion('prefer'), ({ org, programme }) => {
  let pairs = 0
  for (const mentorId of programme.mentors) {
    for (const { employeeId: menteeId } of programme.mentees) {
      const s = scorePair(org, programme, mentorId, menteeId, programme.asOf)
      assert.ok(E.isRight(s))
      const row = s.right.breakdown.find((r) => r.criterion === 'language-overlap')
      const share = overlap(languagesOf(org, mentorId), languagesOf(org, menteeId))
      assert.ok(row !== undefined && row.raw >= 0 && row.raw <= 1)
      assert.equal(row.raw, share >= 0.5 ? share : 0)
      pairs += 1
    }
  }
  return pairs
})

check('as a requirement, every matched pair shares half the mentee’s languages; invariants kept', 'matched pairs', withCriterion('require'), ({ org, programme }) => {
  const m = match(org, programme)
  assert.ok(E.isRight(m))
  assertMatchingInvariants(org, programme, m.right)
  for (const p of m.right.pairs) assert.ok(overlap(languagesOf(org, p.mentorId), languagesOf(org, p.menteeId)) >= 0.5)
  return m.right.pairs.length
})

// ── 2. The host's rule on event logs ────────────────────────────────────────────────────────────
interface Reminder {
  readonly mentorshipId: string
  readonly to: string
  readonly period: number
}

/** The host's rule: remind the mentor of every report more than a week overdue. */
const reportReminders = (mentorships: readonly MentorshipState[], ctx: LogContext, now: string): Reminder[] =>
  mentorships.flatMap((s) => {
    const status = accountabilityStatus(s, policyFor(ctx, s.formality), now)
    if (E.isLeft(status)) return []
    return status.right.reports.filter((r) => r.daysOverdue > 7).map((r) => ({ mentorshipId: s.mentorshipId, to: s.mentorId, period: r.period }))
  })

/** Formal pairs (reports required) with long gaps, over any organisation, read up to a year later. */
const formalLogs = arbParsedOrganisation({ minEmployees: 4, maxEmployees: 12 }).chain((org) =>
  fc.tuple(arbEventLog(org, { levels: ['formal'], maxEventsPerMentorship: 20 }), fc.integer({ min: 0, max: 365 })),
)

check('a reminder goes only to the pair’s mentor, never for a period already reported', 'reminders', formalLogs, ([log, days]) => {
  const replayed = replay(log.events, log.ctx)
  assert.ok(E.isRight(replayed))
  const now = new Date(Date.parse(log.lastDay) + days * 86_400_000).toISOString().slice(0, 10)
  const reminders = reportReminders(Object.values(replayed.right.mentorships), log.ctx, now)
  for (const r of reminders) {
    const s = replayed.right.mentorships[r.mentorshipId]
    assert.ok(s !== undefined && r.to === s.mentorId)
    const reported = 'record' in s && s.record !== null ? s.record.reports.map((x) => x.period) : []
    assert.ok(!reported.includes(r.period))
  }
  return reminders.length
})

// ── 3. The host's error handling ────────────────────────────────────────────────────────────────
/** The host's import: a replayed log, or a message for the user naming the bad event. */
const importLog = (events: unknown, ctx: LogContext): { ok: true; pairs: number } | { ok: false; message: string } => {
  const r = replay(events, ctx)
  if (E.isRight(r)) return { ok: true, pairs: Object.keys(r.right.mentorships).length }
  return { ok: false, message: `Event ${r.left.index + 1} was refused (${r.left.code}): ${r.left.issues.map((i) => i.message).join(' ')}` }
}

const invalidLogs = arbParsedOrganisation({ minEmployees: 3, maxEmployees: 10 }).chain((org) => arbInvalidEventLog(org))

check('a log with a bad event is rejected with a message naming that event and its code', 'bad logs', invalidLogs, ({ events, ctx, expected }) => {
  const result = importLog(events, ctx)
  assert.ok(!result.ok)
  assert.ok(result.message.startsWith(`Event ${expected.index + 1} was refused (${expected.code})`))
  return 1
})

console.log('All properties held on every run.')
