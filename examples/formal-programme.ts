/**
 * A formal mentorship from its proposal to its first accountability report (S14, S16, S17).
 * Henk Jansen (manager of Schadebehandeling) pairs Bram Hendriks with newcomer Noor Bos. The states
 * are built by hand from the state types, step by step, as the mentorship machine would record them.
 * The script prints what a manager sees and checks every fact it shows (exit code 1 when one is wrong).
 * Usage: npx tsx examples/formal-programme.ts [nl]
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  accountabilityStatus,
  defaultPolicy,
  EMPTY_RECORD,
  explainAccountability,
  explainProgrammeReport,
  mentorLearningSummary,
  parseIsoDate,
  parseOrganisation,
  programmeReport,
  type Accountability,
  type MentorshipState,
  type MentorshipStateOf,
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
// Ids as the parser minted them: ids in a state are branded.
const person = (id: string) => {
  const e = org.employees.find((x) => x.id === id)
  if (e === undefined) throw new Error(`no ${id} in the example organisation`)
  return e.id
}
const day = (s: string) => {
  const d = parseIsoDate(s)
  if (d === undefined) throw new Error(`not a date: ${s}`)
  return d
}
const henk = person('e10')
const bram = person('e12')
const noor = person('e15')

// 1. Henk proposes the pair on 2 March; both must answer by 16 March.
const proposed: MentorshipStateOf<'proposed'> = {
  mentorshipId: 'm-noor',
  mentorId: bram,
  menteeId: noor,
  formality: 'formal',
  seq: 1,
  updatedAt: '2026-03-02',
  status: 'proposed',
  proposal: { by: henk, role: 'manager', at: '2026-03-02', respondBy: day('2026-03-16'), approvalRequired: false },
  acceptances: { mentor: '2026-03-03', mentee: null },
  approval: null,
}
console.log('\n1. Proposed on 2 March; Bram accepted on 3 March.')
const waiting = unwrap(accountabilityStatus(proposed, policy, '2026-03-10'))
check('Noor is asked to answer by 16 March', waiting.nextActions.some((a) => a.kind === 'answer-proposal' && a.who.employeeId === noor && a.by === '2026-03-16'))

// 2. Noor accepts; Henk starts it on 9 March. Goals and a fortnightly plan follow the same day.
const record = (r: Partial<Accountability>): Accountability => ({ ...EMPTY_RECORD, ...r })
const started = (r: Partial<Accountability>, seq: number, at: string): MentorshipStateOf<'active'> => ({
  ...proposed,
  seq,
  updatedAt: at,
  status: 'active',
  origin: { kind: 'proposed', proposal: proposed.proposal, acceptances: { mentor: '2026-03-03', mentee: '2026-03-04' }, approval: null },
  started: { by: henk, at: '2026-03-09', role: 'manager' },
  record: record(r),
})
const goals = [
  {
    id: 'claims',
    description: 'Handle a complex claim from intake to payment on her own',
    successCriteria: 'Three complex claims closed without rework',
    targetDate: day('2026-07-01'),
    status: 'open' as const,
    reportedIn: null,
    set: { by: bram, at: '2026-03-09' },
  },
]
const plan = { cadenceWeeks: 2, startDate: day('2026-03-09'), endDate: day('2026-09-07'), agreed: { by: bram, at: '2026-03-09' } }
const session = (date: string, notes: string) => ({
  date: day(date),
  topics: ['approach'],
  notes,
  loggedBy: 'mentor' as const,
  logged: { by: bram, at: date },
})
const sessions = [
  session('2026-03-09', 'PRIVATE: Noor finds the claims system confusing'),
  session('2026-03-23', 'PRIVATE: talked about asking for help'),
  session('2026-04-06', 'PRIVATE: first complex claim'),
]
const outcomes = [
  { subject: 'mentee' as const, measure: 'belonging' as const, value: 2 as const, on: day('2026-03-09'), recordedBy: { role: 'mentee' as const, employeeId: noor } },
  { subject: 'mentee' as const, measure: 'belonging' as const, value: 4 as const, on: day('2026-04-17'), recordedBy: { role: 'mentee' as const, employeeId: noor } },
  { subject: 'mentor' as const, measure: 'coaching' as const, value: 2 as const, on: day('2026-03-09'), recordedBy: { role: 'mentor' as const, employeeId: bram } },
  { subject: 'mentor' as const, measure: 'coaching' as const, value: 3 as const, on: day('2026-04-17'), recordedBy: { role: 'mentor' as const, employeeId: bram } },
]
const running = started({ goals, plan, sessions, outcomes }, 12, '2026-04-17')

// 3. The first report covers 9 March to 20 April (6 weeks) and is due on 20 April.
console.log('\n2. Started on 9 March with a goal, a fortnightly plan, three sessions.')
const dayBefore = unwrap(accountabilityStatus(running, policy, '2026-04-19'))
const dueDay = unwrap(accountabilityStatus(running, policy, '2026-04-20'))
const dayAfter = unwrap(accountabilityStatus(running, policy, '2026-04-21'))
check('on 19 April the first report is due on 20 April', dayBefore.reports[0]?.dueOn === '2026-04-20' && dayBefore.reports[0].state === 'due')
check('on 20 April it is still due, not overdue', dueDay.reports[0]?.state === 'due')
check('on 21 April it is one day overdue', dayAfter.reports[0]?.state === 'overdue' && dayAfter.reports[0].daysOverdue === 1)
check('the sessions keep to the plan (3 of 3 by 19 April)', dayBefore.sessions?.behind === 0)
check('the first guidance check-in is due on 4 May (8 weeks after the start)', dayBefore.checkIn?.dueOn === '2026-05-04')
console.log('')
console.log(explainAccountability(dayAfter, lang))

// 4. Bram submits the report on 21 April; Henk has 14 days to review it.
const reported = started(
  {
    goals: goals.map((g) => ({ ...g, status: 'on-track' as const, reportedIn: 1 })),
    plan,
    sessions,
    outcomes,
    reports: [
      {
        period: 1,
        progress: [{ goalId: 'claims', status: 'on-track', note: 'PRIVATE-PROGRESS: one claim closed' }],
        reflection: 'Noor asks good questions; I need to give her more room.',
        submitted: { by: bram, at: '2026-04-21' },
        review: null,
      },
    ],
  },
  13,
  '2026-04-21',
)
console.log('\n3. Bram submitted the first report on 21 April.')
const all: MentorshipState[] = [reported]
const report = unwrap(programmeReport(org, all, policy, '2026-04-22'))
const json = JSON.stringify(report)
check('the report is no longer due', report.pairs[0]?.reports.every((r) => r.period !== 1) === true)
check('Henk reviews it by 5 May', report.nextActions.some((a) => a.kind === 'review-report' && a.who.employeeId === henk && a.by === '2026-05-05'))
check('the manager’s view holds no session or progress notes', !json.includes('PRIVATE'))
check(
  'Noor’s own belonging scores are not shown: fewer than 3 mentees',
  report.outcomes.programme.some((o) => o.measure === 'belonging' && !o.shown) &&
    report.outcomes.pairs.every((p) => p.trends.every((t) => !(t.subject === 'mentee' && t.ratedBy === 'mentee'))),
)
check('coverage: Noor has a running mentorship', report.coverage.covered === 1 && report.coverage.mentees === 1)
console.log('')
console.log(explainProgrammeReport(report, lang))

// 5. What Bram takes into his own review (S11).
const learning = unwrap(mentorLearningSummary(all, 'e12', '2026-04-22'))
const coaching = learning.measures.find((m) => m.measure === 'coaching')?.ratings[0]
console.log('\n4. Bram’s learning so far.')
check('Bram rates his coaching 2 → 3 (+1)', coaching?.first.value === 2 && coaching.latest.value === 3 && coaching.change === 1)
check('three sessions and one report so far', learning.sessions === 3 && learning.reports.submitted === 1)

console.log(failures === 0 ? '\nAll facts hold.' : `\n${failures} fact(s) do not hold.`)
process.exit(failures === 0 ? 0 : 1)
