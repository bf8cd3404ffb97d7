/**
 * A formal mentorship from its proposal to its first accountability report (S14, S16, S17).
 * Henk Jansen (manager of Schadebehandeling) pairs Bram Hendriks with newcomer Noor Bos. What
 * happens is an event log (CONTRACT §8); `replay` rebuilds the mentorship as it stood on any day,
 * and the accountability functions say what is due, what is overdue and who must act.
 * The script prints what a manager sees and checks every fact it shows (exit code 1 when one is wrong).
 * Usage: npx tsx examples/formal-programme.ts [nl]
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  accountabilityStatus,
  defaultPolicy,
  explainAccountability,
  explainProgrammeReport,
  mentorLearningSummary,
  parseOrganisation,
  programmeReport,
  replay,
  type MentorshipState,
} from '../src/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const lang = process.argv.includes('nl') || process.env['LANG']?.startsWith('nl') === true ? 'nl' : 'en'
let failures = 0
const check = (fact: string, ok: boolean): void => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${fact}`)
  if (!ok) failures += 1
}
const unwrap = <A>(e: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: A }): A => {
  if (e._tag === 'Left') {
    console.error(JSON.stringify(e.left, null, 2))
    process.exit(1)
  }
  return e.right
}

const org = unwrap(parseOrganisation(JSON.parse(readFileSync(join(here, 'data', 'organisation.json'), 'utf8'))))
const policy = defaultPolicy('formal')

// The event log of one mentorship, as a host would store it.
const henk = { role: 'manager', employeeId: 'e10' } as const
const bram = { role: 'mentor', employeeId: 'e12' } as const
const noor = { role: 'mentee', employeeId: 'e15' } as const
let seq = 0
const event = (at: string, actor: object, body: object) => ({ v: 1, mentorshipId: 'm-noor', seq: ++seq, at, actor, ...body })
const session = (date: string, notes: string) => event(date, bram, { type: 'log-session', date, topics: ['approach'], notes })
const events = [
  event('2026-03-02', henk, { type: 'propose', mentorId: 'e12', menteeId: 'e15', formality: 'formal', respondBy: '2026-03-16' }),
  event('2026-03-03', bram, { type: 'accept' }),
  event('2026-03-11', noor, { type: 'accept' }),
  event('2026-03-12', henk, { type: 'start' }),
  event('2026-03-12', bram, {
    type: 'set-goals',
    goals: [{ id: 'claims', description: 'Handle a complex claim from intake to payment on her own', successCriteria: 'Three complex claims closed without rework', targetDate: '2026-07-01' }],
  }),
  event('2026-03-12', bram, { type: 'set-plan', cadenceWeeks: 2, startDate: '2026-03-12', endDate: '2026-09-10' }),
  session('2026-03-12', 'PRIVATE: Noor finds the claims system confusing'),
  event('2026-03-12', noor, { type: 'record-outcome', subject: 'mentee', measure: 'belonging', value: 2 }),
  event('2026-03-12', bram, { type: 'record-outcome', subject: 'mentor', measure: 'coaching', value: 2 }),
  session('2026-03-26', 'PRIVATE: talked about asking for help'),
  session('2026-04-09', 'PRIVATE: first complex claim'),
  event('2026-04-17', noor, { type: 'record-outcome', subject: 'mentee', measure: 'belonging', value: 4 }),
  event('2026-04-17', bram, { type: 'record-outcome', subject: 'mentor', measure: 'coaching', value: 3 }),
  event('2026-04-24', bram, {
    type: 'submit-report',
    period: 1,
    progress: [{ goalId: 'claims', status: 'on-track', note: 'PRIVATE-PROGRESS: one claim closed' }],
    reflection: 'Noor asks good questions; I need to give her more room.',
  }),
]

/** The mentorships as they stood at the end of `day`: replay the events up to and including it. */
const asOn = (day: string): MentorshipState[] =>
  Object.values(unwrap(replay(events.filter((e) => e.at.slice(0, 10) <= day), { org })).mentorships)
const statusOn = (day: string) => {
  const [pair] = asOn(day)
  if (pair === undefined) throw new Error('no mentorship in the log')
  return unwrap(accountabilityStatus(pair, policy, day))
}

console.log('\n1. Proposed on 2 March; Bram accepted on 3 March, Noor has until 16 March.')
const waiting = statusOn('2026-03-10')
check('Noor is asked to answer by 16 March', waiting.nextActions.some((a) => a.kind === 'answer-proposal' && a.who.employeeId === 'e15' && a.by === '2026-03-16'))

console.log('\n2. Started on 12 March with a goal, a fortnightly plan and three sessions.')
// The first report covers 12 March to 23 April (6 weeks) and is due on 23 April.
const dayBefore = statusOn('2026-04-22')
const dueDay = statusOn('2026-04-23')
const dayAfter = statusOn('2026-04-24')
check('on 22 April the first report is due on 23 April', dayBefore.reports[0]?.dueOn === '2026-04-23' && dayBefore.reports[0].state === 'due')
check('on 23 April it is still due, not overdue', dueDay.reports[0]?.state === 'due')
check('at the start of 24 April it is one day overdue', unwrap(accountabilityStatus(asOn('2026-04-23')[0] as MentorshipState, policy, '2026-04-24')).reports[0]?.daysOverdue === 1)
check('the sessions keep to the plan (3 held, none behind)', dayBefore.sessions?.logged === 3 && dayBefore.sessions.behind === 0)
check('the first guidance check-in is due on 7 May (8 weeks after the start)', dayBefore.checkIn?.dueOn === '2026-05-07')
console.log('')
console.log(explainAccountability(dueDay, lang))

console.log('\n3. Bram submitted the first report on 24 April; Henk has 14 days to review it.')
check('the report is no longer due', dayAfter.reports.every((r) => r.period !== 1))
const report = unwrap(programmeReport(org, asOn('2026-04-25'), policy, '2026-04-25'))
const json = JSON.stringify(report)
check('Henk reviews it by 8 May', report.nextActions.some((a) => a.kind === 'review-report' && a.who.employeeId === 'e10' && a.by === '2026-05-08'))
check('the manager’s view holds no session or progress notes', !json.includes('PRIVATE'))
check(
  'Noor’s own belonging scores are not shown: fewer than 3 mentees',
  report.outcomes.programme.some((o) => o.measure === 'belonging' && !o.shown) &&
    report.outcomes.pairs.every((p) => p.trends.every((t) => !(t.subject === 'mentee' && t.ratedBy === 'mentee'))),
)
check('coverage: Noor has a running mentorship', report.coverage.covered === 1 && report.coverage.mentees === 1)
console.log('')
console.log(explainProgrammeReport(report, lang))

console.log('\n4. What Bram takes into his own review (S11).')
const learning = unwrap(mentorLearningSummary(asOn('2026-04-25'), 'e12', '2026-04-25'))
const coaching = learning.measures.find((m) => m.measure === 'coaching')?.ratings[0]
check('Bram rates his coaching 2 → 3 (+1)', coaching?.first.value === 2 && coaching.latest.value === 3 && coaching.change === 1)
check('three sessions and one report so far', learning.sessions === 3 && learning.reports.submitted === 1)

console.log(failures === 0 ? '\nAll facts hold.' : `\n${failures} fact(s) do not hold.`)
process.exit(failures === 0 ? 0 : 1)
