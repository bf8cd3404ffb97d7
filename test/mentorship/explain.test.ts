/**
 * Refusals of the mentorship machine in words, in English and Dutch.
 */
import { describe, expect, it } from 'vitest'
import { explainMentorshipFailed, explainMentorshipRefusal } from '../../src/mentorship/explain.js'
import type { MentorshipFailed } from '../../src/mentorship/failed.js'

/** One example of every failed requirement (the type makes the list complete at compile time). */
const EVERY: { readonly [C in MentorshipFailed['code']]: Extract<MentorshipFailed, { code: C }> } = {
  'same-person': { code: 'same-person', employeeId: 'e12' },
  'unknown-person': { code: 'unknown-person', employeeId: 'e99' },
  'reporting-line': { code: 'reporting-line', managerId: 'e10', reportId: 'e15' },
  'pair-already-open': { code: 'pair-already-open', mentorshipId: 'm2' },
  'pair-already-running': { code: 'pair-already-running', mentorshipId: 'm2' },
  'mentor-at-capacity': { code: 'mentor-at-capacity', mentorId: 'e11', capacity: 2, load: 2 },
  'respond-by-before-proposal': { code: 'respond-by-before-proposal', respondBy: '2026-02-28', proposedOn: '2026-03-01' },
  'already-accepted': { code: 'already-accepted', side: 'mentee' },
  'approval-not-required': { code: 'approval-not-required' },
  'already-approved': { code: 'already-approved' },
  'respond-by-not-passed': { code: 'respond-by-not-passed', respondBy: '2026-03-15' },
  'not-a-raise': { code: 'not-a-raise', from: 'formal', to: 'structured' },
  'goals-missing': { code: 'goals-missing', level: 'formal', required: 2, actual: 1 },
  'plan-missing': { code: 'plan-missing', level: 'structured' },
  'mentor-not-ready': { code: 'mentor-not-ready', level: 'formal', mentorId: 'e17', gaps: [{ code: 'training-missing', required: 'coaching-techniques' }] },
  'duplicate-goal-id': { code: 'duplicate-goal-id', goalId: 'g1' },
  'plan-dates-reversed': { code: 'plan-dates-reversed', startDate: '2026-04-01', endDate: '2026-03-01' },
  'date-in-future': { code: 'date-in-future', date: '2026-04-02', on: '2026-04-01' },
  'unknown-goal': { code: 'unknown-goal', goalId: 'g9' },
  'duplicate-progress': { code: 'duplicate-progress', goalId: 'g1' },
  'report-already-submitted': { code: 'report-already-submitted', period: 1 },
  'no-report-to-review': { code: 'no-report-to-review', period: 2 },
  'reports-awaiting-review': { code: 'reports-awaiting-review', periods: [1, 2] },
}

describe('explaining mentorship refusals', () => {
  it('every failed requirement reads as a sentence in both languages, with its figures', () => {
    for (const f of Object.values(EVERY)) {
      for (const locale of ['en', 'nl'] as const) {
        const text = explainMentorshipFailed(f, locale)
        expect(text, `${f.code} ${locale}`).toMatch(/^\S.*[.:]/)
        expect(text).not.toMatch(/undefined|\[object/)
        for (const v of Object.values(f).filter((x) => typeof x === 'number')) expect(text).toContain(String(v))
      }
      expect(explainMentorshipFailed(f, 'en')).not.toBe(explainMentorshipFailed(f, 'nl'))
    }
  })

  it('a mentor who is not ready is explained with their readiness gaps', () => {
    expect(explainMentorshipFailed(EVERY['mentor-not-ready'], 'nl')).toContain('coachingstechnieken')
  })

  it('a guard-failed refusal lists every failed requirement', () => {
    const text = explainMentorshipRefusal({ code: 'guard-failed', event: 'formalise', failed: [EVERY['goals-missing'], EVERY['plan-missing']] }, 'en')
    expect(text).toBe('"Formalise" is not possible yet: A formal mentorship needs at least 2 goals; it has 1. A structured mentorship needs a plan (meeting rhythm, start and end).')
  })
})
