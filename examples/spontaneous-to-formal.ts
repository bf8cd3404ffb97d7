/**
 * From spontaneous coaching to a completed formal mentorship (S13, S14, S16, S17, S5, S7, S11).
 * Sophie Meijer (manager of Digitale Kanalen) notices that Lars de Groot has been helping newcomer
 * Julia Huisman on his own. She encourages it, the pair starts, and when they want more structure
 * she formalises it: first refused (no goals, no plan yet), then accepted. They log sessions, Lars
 * reports per period, Sophie reviews (once asking for a follow-up), guides Lars in a check-in, and
 * finally completes the mentorship.
 * Every step is one event appended with `apply`; the script prints it and checks the facts it
 * shows (exit code 1 when one is wrong). Usage: npx tsx examples/spontaneous-to-formal.ts [nl]
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { apply, explain, parseOrganisation, replay, type MentorshipLog, type MentorshipState } from '../src/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const lang = process.argv.includes('nl') || process.env['LANG']?.startsWith('nl') === true ? 'nl' : 'en'
let failures = 0
const check = (fact: string, ok: boolean): void => {
  console.log(`${ok ? '    ok  ' : '    FAIL'} ${fact}`)
  if (!ok) failures += 1
}
const parsed = parseOrganisation(JSON.parse(readFileSync(join(here, 'data', 'organisation.json'), 'utf8')))
if (parsed._tag === 'Left') {
  console.error(explain(parsed.left, lang))
  process.exit(1)
}
const ctx = { org: parsed.right }

const sophie = { role: 'manager', employeeId: 'e20' } as const
const lars = { role: 'mentor', employeeId: 'e21' } as const
const julia = { role: 'mentee', employeeId: 'e24' } as const

let log: MentorshipLog = { mentorships: {} }
const appended: unknown[] = []
const state = (): MentorshipState | undefined => log.mentorships['m-julia']

/** Append the next event; print it, and whether it was accepted or why not. */
const step = (at: string, actor: object, body: Record<string, unknown>): boolean => {
  const event = { v: 1, mentorshipId: 'm-julia', seq: (state()?.seq ?? 0) + 1, at, actor, ...body }
  const r = apply(log, event, ctx)
  console.log(`${at}  ${String(body['type'])}`)
  if (r._tag === 'Left') {
    for (const line of explain(r.left, lang).split('\n')) console.log(`    refused: ${line}`)
    return false
  }
  log = r.right
  appended.push(event)
  console.log(`    -> ${state()?.status} (${state()?.formality})`)
  return true
}

// S13: spontaneous coaching, noticed and encouraged by the manager.
step('2026-02-02', sophie, { type: 'observe', mentorId: 'e21', menteeId: 'e24' })
check('the observed pair is spontaneous', state()?.status === 'observed' && state()?.formality === 'spontaneous')
step('2026-02-04', sophie, { type: 'encourage' })
step('2026-02-10', sophie, { type: 'start' })
check('once started, it runs at the encouraged level', state()?.status === 'active' && state()?.formality === 'encouraged')

// S14, S16: formalising asks for what the formal policy requires.
const early = step('2026-02-20', sophie, { type: 'formalise', formality: 'formal' })
check('formalising without goals and a plan is refused', !early && state()?.formality === 'encouraged')
const goals = [
  { id: 'g1', description: 'Build a release pipeline on her own', successCriteria: 'Two releases without help', targetDate: '2026-05-31' },
  { id: 'g2', description: 'Win support for an idea in the team', successCriteria: 'One proposal adopted', targetDate: '2026-06-30' },
]
step('2026-02-24', lars, { type: 'set-goals', goals })
step('2026-02-24', julia, { type: 'set-plan', cadenceWeeks: 2, startDate: '2026-03-02', endDate: '2026-06-30' })
step('2026-02-25', sophie, { type: 'formalise', formality: 'formal' })
check('with goals, a plan and a ready mentor it is formal', state()?.formality === 'formal')

// S16: sessions, reports per period (6 weeks from the plan's start), the manager's review.
for (const [date, topics] of [['2026-03-03', ['approach']], ['2026-03-17', ['buy-in']], ['2026-03-31', ['next-step']]] as const) {
  step(date, julia, { type: 'log-session', date, topics: [...topics], notes: 'Private to the pair.' })
}
step('2026-04-13', lars, { type: 'submit-report', period: 1, reflection: 'A good start.', progress: [
  { goalId: 'g1', status: 'on-track', note: 'First release done together.' },
  { goalId: 'g2', status: 'at-risk', note: 'No idea chosen yet.' },
] })
step('2026-04-15', sophie, { type: 'review-report', period: 1, verdict: 'follow-up', feedback: 'What will you do about g2?' })
step('2026-04-17', lars, { type: 'submit-report', period: 1, reflection: 'Plan for g2: pitch at the May retro.', progress: [
  { goalId: 'g2', status: 'on-track', note: 'Pitch prepared.' },
] })
step('2026-04-20', sophie, { type: 'review-report', period: 1, verdict: 'accepted', feedback: 'Clear.' })
const afterReview = state()
check(
  'the follow-up report counts for period 1: both goals on track, reviewed',
  afterReview !== undefined && 'record' in afterReview && afterReview.record !== null &&
    afterReview.record.goals.every((g) => g.status === 'on-track') && afterReview.record.reports.length === 2 &&
    afterReview.record.reports[1]?.review?.verdict === 'accepted',
)

// S17 and S5: the manager guides the mentor, and reflects on what she learned herself.
step('2026-04-22', sophie, { type: 'check-in', date: '2026-04-22', notes: 'Lars finds it hard to let Julia struggle.', reflection: 'I should give Lars the same freedom.' })
// S7 and S11: outcomes for mentee and mentor, 1..5 with dates.
step('2026-05-01', julia, { type: 'record-outcome', subject: 'mentee', measure: 'belonging', value: 4 })
step('2026-05-01', lars, { type: 'record-outcome', subject: 'mentor', measure: 'giving-freedom', value: 3 })

// The pair tries to do what is not theirs: the mentee may not review a report.
const notHers = step('2026-05-02', julia, { type: 'review-report', period: 1, verdict: 'accepted', feedback: '' })
check('a mentee cannot review reports', !notHers)

for (const date of ['2026-05-05', '2026-05-12', '2026-05-26']) step(date, lars, { type: 'log-session', date, topics: ['approach'] })
step('2026-05-26', lars, { type: 'submit-report', period: 2, reflection: 'Both goals achieved.', progress: [
  { goalId: 'g1', status: 'achieved', note: 'Two releases alone.' },
  { goalId: 'g2', status: 'achieved', note: 'Pitch adopted.' },
] })
const completeEarly = step('2026-05-27', sophie, { type: 'complete' })
check('completing is refused while a report waits for review', !completeEarly)
step('2026-05-28', sophie, { type: 'review-report', period: 2, verdict: 'accepted', feedback: 'Well done, both of you.' })
step('2026-06-30', sophie, { type: 'complete' })

const done = state()
check('the mentorship is completed at the formal level', done?.status === 'completed' && done.formality === 'formal')
check(
  'its record keeps 6 sessions, 3 reports, 1 check-in with the manager\'s reflection, 2 outcomes',
  done?.status === 'completed' && done.record.sessions.length === 6 && done.record.reports.length === 3 &&
    done.record.checkIns[0]?.reflection === 'I should give Lars the same freedom.' && done.record.outcomes.length === 2,
)
check('how it came about is kept: noticed and encouraged by Sophie (S13)', done?.status === 'completed' && done.origin.kind === 'informal' && done.origin.encouraged.by === 'e20')
const replayed = replay(appended, ctx)
check(`replaying the ${appended.length} accepted events gives the same state`, replayed._tag === 'Right' && JSON.stringify(replayed.right) === JSON.stringify(log))

console.log(failures === 0 ? 'All facts hold.' : `${failures} fact(s) do not hold.`)
process.exit(failures === 0 ? 0 : 1)
