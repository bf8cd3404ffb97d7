import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { explainProgrammeReport } from '../../src/accountability/explain.js'
import { programmeReport } from '../../src/accountability/report.js'
import type { Mentorships } from '../../src/accountability/mentorships.js'
import type { ProgrammeReport } from '../../src/accountability/report-types.js'
import { employeeId, type EmployeeId } from '../../src/model/ids.js'
import { defaultPolicy } from '../../src/programme/defaults.js'
import type { Outcome } from '../../src/mentorship/record.js'
import type { MentorshipState, MentorshipStateOf } from '../../src/mentorship/state.js'
import { MENTORSHIP_STATUSES } from '../../src/mentorship/vocabulary.js'
import { daysBetween } from '../../src/accountability/due.js'
import { arbDay, arbPolicy, arbState } from './arbitraries.js'
import { active, checkIn, deepFreeze, goal, MANAGER, menteeOutcome, mentorOutcome, observed, ORG, plan, proposed, report, right, session } from './fixture.js'

const id = employeeId
const formal = defaultPolicy('formal')

/** Every notes field carries a unique marker, so that a leak is visible anywhere in the output. */
const marker = (where: string, i: number): string => `MARKER-${where}-${i}-7f3a`
const markers: string[] = []
const noted = (where: string): string => {
  const m = marker(where, markers.length)
  markers.push(m)
  return m
}

const selfReports = (mentee: EmployeeId, first: 1 | 2 | 3 | 4 | 5, latest: 1 | 2 | 3 | 4 | 5): Outcome[] => [
  menteeOutcome('belonging', first, '2026-03-10', 'mentee', mentee),
  menteeOutcome('belonging', latest, '2026-05-10', 'mentee', mentee),
]

const runningPair = (mid: string, mentor: string, mentee: string, outcomes: Outcome[]): MentorshipStateOf<'active'> =>
  active({
    id: mid,
    mentor: id(mentor),
    mentee: id(mentee),
    record: {
      plan: plan('2026-03-02', '2026-12-31', 2),
      goals: [goal('g1', '2026-09-01')],
      sessions: [session('2026-03-02', noted('session')), session('2026-03-16', noted('session'))],
      reports: [{ ...report(1, '2026-04-13', null, noted('progress')) }],
      checkIns: [checkIn('2026-04-20', noted('check-in'), 'Reflection of the manager')],
      outcomes: [...outcomes, mentorOutcome('coaching', 2, '2026-03-10', 'mentor', id(mentor)), mentorOutcome('coaching', 4, '2026-05-10', 'mentor', id(mentor))],
    },
  })

const hrProposal = (): MentorshipState => {
  const p = proposed('2026-05-20', { mentorAt: '2026-05-02', menteeAt: '2026-05-03', approvalRequired: true, id: 'p1' })
  return { ...p, mentorId: id('e13'), menteeId: id('e19'), proposal: { ...p.proposal, role: 'hr', by: id('e13') } }
}

const two = [runningPair('m3', 'e11', 'e16', selfReports(id('e16'), 2, 4)), runningPair('m4', 'e12', 'e17', selfReports(id('e17'), 3, 3))]
const third = runningPair('m5', 'e13', 'e18', selfReports(id('e18'), 1, 4))
const others = [observed('2026-03-01', 'm1', id('e11'), id('e14')), hrProposal()]

const reportOf = (list: Mentorships, now = '2026-06-01'): ProgrammeReport => right(programmeReport(ORG, list, formal, now))

describe('programmeReport', () => {
  const all = [...others, ...two, third]
  const r = reportOf(all)

  it('counts mentorships by state', () => {
    for (const s of MENTORSHIP_STATUSES) expect(r.counts[s]).toBe(all.filter((m) => m.status === s).length)
    expect(r.total).toBe(all.length)
  })

  it('covers the mentees with a running or completed mentorship out of all mentees in the log', () => {
    // Mentees e14 (observed), e19 (proposed), e16, e17, e18 (active).
    expect(r.coverage).toEqual({ mentees: 5, covered: 3, share: 3 / 5 })
  })

  it('gives every pair its health, and counts them', () => {
    expect(r.pairs.map((p) => p.mentorshipId)).toEqual(['m1', 'm3', 'm4', 'm5', 'p1'])
    for (const h of ['on-track', 'attention', 'overdue', 'closed'] as const) expect(r.health[h]).toBe(r.pairs.filter((p) => p.health === h).length)
    // Report 1 was submitted on 13 April and not reviewed: overdue from 28 April.
    expect(r.overdue.filter((o) => o.kind === 'review').map((o) => [o.mentorshipId, o.who.employeeId, o.dueOn])).toEqual([
      ['m3', MANAGER, '2026-04-27'],
      ['m4', MANAGER, '2026-04-27'],
      ['m5', MANAGER, '2026-04-27'],
    ])
  })

  it('fills in the line manager where the state names none (an HR proposal awaiting approval)', () => {
    const approve = r.nextActions.find((a) => a.mentorshipId === 'p1' && a.kind === 'approve-proposal')
    expect(approve?.who).toEqual({ role: 'manager', employeeId: MANAGER })
    expect(r.names[MANAGER]).toBe('Mara Manager')
  })

  it('lists mentor load against capacity', () => {
    expect(r.mentorLoad.find((l) => l.mentorId === 'e11')).toEqual({ mentorId: 'e11', running: 1, pending: 0, capacity: 2, available: 1, overCapacity: false })
    expect(r.mentorLoad.find((l) => l.mentorId === 'e13')).toMatchObject({ running: 1, pending: 1 })
  })

  it('never contains session, check-in or progress notes, in the data or the text', () => {
    expect(markers.length).toBeGreaterThan(0)
    const json = JSON.stringify(r)
    const text = explainProgrammeReport(r, 'en') + explainProgrammeReport(r, 'nl')
    for (const m of markers) {
      expect(json).not.toContain(m)
      expect(text).not.toContain(m)
    }
    expect(json).not.toContain('MARKER')
  })

  it('shows mentee self-reports only aggregated, and only over at least 3 mentees', () => {
    const row = (rep: ProgrammeReport) => rep.outcomes.programme.find((o) => o.measure === 'belonging' && o.ratedBy === 'mentee')
    expect(row(reportOf([...others, ...two]))).toEqual({
      subject: 'mentee', measure: 'belonging', ratedBy: 'mentee', selfReport: true, shown: false, reason: 'too-few-mentees', people: 2, minimum: 3,
    })
    // The three mentees went 2 → 4, 3 → 3 and 1 → 4.
    expect(row(r)).toEqual({
      subject: 'mentee', measure: 'belonging', ratedBy: 'mentee', selfReport: true, shown: true,
      pairs: 3, people: 3, averageFirst: (2 + 3 + 1) / 3, averageLatest: (4 + 3 + 4) / 3, averageChange: (2 + 0 + 3) / 3,
    })
    for (const p of r.outcomes.pairs) expect(p.trends.some((t) => t.subject === 'mentee' && t.ratedBy === 'mentee')).toBe(false)
    // The mentor's own learning scores are not mentee self-reports and are shown per pair.
    expect(r.outcomes.pairs.find((p) => p.mentorshipId === 'm3')?.trends.map((t) => [t.measure, t.ratedBy])).toEqual([['coaching', 'mentor']])
    expect(explainProgrammeReport(reportOf([...others, ...two]), 'en')).toContain('not shown, fewer than 3 mentees')
  })

  it('the same mentee twice counts once towards the minimum', () => {
    const again = runningPair('m6', 'e13', 'e16', selfReports(id('e16'), 1, 5))
    expect(reportOf([...two, again]).outcomes.programme.find((o) => o.ratedBy === 'mentee' && o.subject === 'mentee')).toMatchObject({ shown: false, people: 2 })
  })

  it('a mentee self-report row is never shown over fewer than 3 mentees, and no pair shows one', () => {
    const arbPair = fc.record({
      mentee: fc.constantFrom('e14', 'e15', 'e16', 'e17', 'e18', 'e19'),
      mentor: fc.constantFrom('e11', 'e12', 'e13'),
      values: fc.array(fc.constantFrom(1, 2, 3, 4, 5 as const), { maxLength: 4 }),
    })
    fc.assert(
      fc.property(fc.array(arbPair, { maxLength: 8 }), (specs) => {
        const list = specs.map((s, i) =>
          active({
            id: `x${i}`,
            mentor: id(s.mentor),
            mentee: id(s.mentee),
            record: { outcomes: s.values.map((v, k) => menteeOutcome('engagement', v, `2026-03-1${k}`, 'mentee', id(s.mentee))) },
          }),
        )
        const rep = reportOf(list)
        for (const o of rep.outcomes.programme) if (o.selfReport && o.subject === 'mentee' && o.shown) expect(o.people).toBeGreaterThanOrEqual(3)
        const withTrend = new Set(specs.filter((s) => s.values.length >= 2).map((s) => s.mentee))
        const row = rep.outcomes.programme.find((o) => o.measure === 'engagement')
        if (withTrend.size === 0) expect(row).toBeUndefined()
        else expect(row?.shown).toBe(withTrend.size >= 3)
        for (const p of rep.outcomes.pairs) expect(p.trends.some((t) => t.subject === 'mentee' && t.ratedBy === 'mentee')).toBe(false)
      }),
    )
  })

  it('is a pure function of its inputs', () => {
    const list = deepFreeze([...all])
    expect(reportOf(list)).toEqual(reportOf(list))
  })

  it('takes the record replay returns as well as a list', () => {
    expect(reportOf(Object.fromEntries(all.map((m) => [m.mentorshipId, m])))).toEqual(r)
  })

  it('a pair naming someone outside the organisation is unknown-employee; an invalid day is invalid input', () => {
    const stranger = observed('2026-03-01', 'm9', id('e99'), id('e14'))
    const bad = programmeReport(ORG, [stranger], formal, '2026-06-01')
    expect(E.isLeft(bad) && bad.left.code).toBe('unknown-employee')
    const day = programmeReport(ORG, [], formal, '2026-06-31')
    expect(E.isLeft(day) && day.left.code).toBe('invalid-accountability-input')
  })

  it('judges a pair of another level by that level’s policy', () => {
    const structured = { ...runningPair('m7', 'e11', 'e15', []), formality: 'structured' as const }
    const rep = reportOf([structured])
    // Structured asks for no reports by default; the programme's formal policy would.
    expect(rep.pairs[0]?.reports).toEqual([])
    const custom = right(programmeReport(ORG, [structured], formal, '2026-06-01', { policies: { structured: formal } }))
    expect(custom.pairs[0]?.reports.length).toBeGreaterThan(0)
  })

  it('explains itself in English and Dutch with the figures of the report', () => {
    const en = explainProgrammeReport(r, 'en')
    const nl = explainProgrammeReport(r, 'nl')
    expect(en).toContain(`Coverage: 3 of 5 mentees`)
    expect(nl).toContain(`Bereik: 3 van de 5 mentees`)
    expect(en).toContain('Mara Manager')
    expect(nl).toContain('Leidinggevende Mara Manager: beoordeel de voortgangsrapportage over periode 1')
    expect(en).toContain('Reflection of the manager')
  })

  it('lists one overdue item per overdue next action, sessions and goals included, oldest first, with its days overdue', () => {
    fc.assert(
      fc.property(fc.array(arbState, { maxLength: 5 }), arbPolicy, arbDay, (states, policy, now) => {
        const list = states.map((s, i) => ({ ...s, id: `m${i}` }))
        const rep = right(programmeReport(ORG, list, policy, now))
        const key = (mentorshipId: string, on: string) => `${mentorshipId}@${on}`
        const fromActions = rep.nextActions.filter((a) => a.state === 'overdue').map((a) => key(a.mentorshipId, a.by ?? '')).sort()
        expect(rep.overdue.map((o) => key(o.mentorshipId, o.dueOn)).sort()).toEqual(fromActions)
        for (const o of rep.overdue) expect(o.dueOn < now).toBe(true)
        for (const o of rep.overdue) expect(o.daysOverdue).toBe(daysBetween(o.dueOn, now))
        const dues = rep.overdue.map((o) => o.dueOn)
        expect(dues).toEqual([...dues].sort())
      }),
    )
  })
})
