/**
 * Readable text for a manager: an accountability status and a programme report, in English or
 * Dutch, one line per fact.
 * @module
 */
import type { Locale } from '../i18n/locale.js'
import { render } from '../i18n/messages.js'
import type { ProgrammeReport } from './report-types.js'
import type { AccountabilityStatus, NextAction } from './status-types.js'

type Names = { readonly [employeeId: string]: string }

const nameOf = (names: Names, id: string | null): string => (id === null ? '' : (names[id] ?? id))

const actionLine = (locale: Locale, names: Names, a: NextAction, mentorshipId: string | null): string =>
  render(locale, 'accountability-action', {
    kind: a.kind,
    role: a.who.role,
    who: nameOf(names, a.who.employeeId),
    by: a.by,
    state: a.state,
    period: a.period ?? null,
    goalId: a.goalId ?? null,
    mentorshipId,
  })

const workLines = (s: AccountabilityStatus, locale: Locale, names: Names): string[] => [
  ...s.missing.map((what) => render(locale, 'accountability-missing', { what })),
  ...s.awaiting.map((a) => render(locale, 'accountability-awaiting', { ...a, who: nameOf(names, a.employeeId) })),
  ...s.reports.map((r) => render(locale, 'accountability-report-due', r)),
  ...s.reviewsPending.map((r) => render(locale, 'accountability-review-pending', r)),
  ...s.followUps.map((f) => render(locale, 'accountability-follow-up', f)),
  ...(s.sessions === null ? [] : [render(locale, 'accountability-sessions', s.sessions)]),
  ...(s.stalled === null ? [] : [render(locale, 'accountability-stalled', s.stalled)]),
  ...s.goalsAtRisk.map((g) => render(locale, 'accountability-goal-at-risk', g)),
  ...(s.checkIn === null ? [] : [render(locale, 'accountability-check-in', s.checkIn)]),
]

/**
 * The lines of a status, with names where known.
 * @internal
 */
export const statusLines = (s: AccountabilityStatus, locale: Locale, names: Names = {}): string[] => {
  const work = workLines(s, locale, names)
  return [
    render(locale, 'accountability-heading', {
      mentorshipId: s.mentorshipId,
      mentor: nameOf(names, s.mentorId),
      mentee: nameOf(names, s.menteeId),
      status: s.status,
      formality: s.formality,
      asOf: s.asOf,
      health: s.health,
    }),
    ...(work.length === 0 ? [render(locale, 'accountability-nothing-due', {})] : work),
    render(locale, 'accountability-actions', { count: s.nextActions.length }),
    ...s.nextActions.map((a) => actionLine(locale, names, a, null)),
  ]
}

/**
 * An accountability status as text for a manager: the pair and its health, what is due or
 * overdue, and the next actions (who, what, by when), one line each.
 * @example
 * const status = accountabilityStatus(state, defaultPolicy('encouraged'), '2026-11-01')
 * if (status._tag === 'Right') explainAccountability(status.right, 'nl')
 * // 'Mentorschap m1 (mentor e1, mentee e5): actief, aangemoedigd, peildatum 2026-11-01. Stand: aandacht nodig.\n'
 * // + 'Sessies: 1 gehouden, 8 verwacht tot nu toe (elke 2 weken), 7 achter; ...'
 * @since 0.1.0
 */
export const explainAccountability = (status: AccountabilityStatus, locale: Locale): string =>
  statusLines(status, locale).join('\n')

const outcomeLines = (r: ProgrammeReport, locale: Locale): string[] => [
  render(locale, 'programme-report-outcomes', {}),
  ...r.outcomes.programme.map((o) =>
    o.shown
      ? render(locale, 'programme-report-outcome', o)
      : render(locale, 'programme-report-outcome-suppressed', { measure: o.measure, people: o.people, minimum: o.minimum }),
  ),
  ...r.outcomes.pairs.flatMap((p) =>
    p.reflections.map((x) => render(locale, 'programme-report-reflection', { who: nameOf(r.names, x.by), on: x.on, reflection: x.reflection })),
  ),
]

/**
 * A programme report as text for a manager: counts, coverage, health, overdue work, next actions,
 * outcome trends (mentee self-reports only as shown in the report) and mentor load, with names.
 * @example
 * const report = programmeReport(org, mentorships, defaultPolicy('encouraged'), '2026-11-01')
 * if (report._tag === 'Right') explainProgrammeReport(report.right, 'en')
 * // 'Programme report (encouraged), as of 2026-11-01: 1 mentorship.\nBy state: active 1.\n'
 * // + 'Coverage: 1 of 1 mentee has a mentorship under way or completed (100%).\n...'
 * @since 0.1.0
 */
export const explainProgrammeReport = (report: ProgrammeReport, locale: Locale): string =>
  [
    render(locale, 'programme-report-heading', { level: report.level, asOf: report.asOf, total: report.total }),
    render(locale, 'programme-report-counts', { counts: report.counts }),
    render(locale, 'programme-report-coverage', report.coverage),
    render(locale, 'programme-report-health', report.health),
    render(locale, 'programme-report-overdue', { count: report.overdue.length }),
    ...report.overdue.map((o) =>
      render(locale, 'programme-report-overdue-item', { ...o, who: nameOf(report.names, o.who.employeeId), period: o.period ?? null, goalId: o.goalId ?? null }),
    ),
    render(locale, 'accountability-actions', { count: report.nextActions.length }),
    ...report.nextActions.map((a) => actionLine(locale, report.names, a, a.mentorshipId)),
    ...(report.outcomes.programme.length === 0 && report.outcomes.pairs.length === 0 ? [] : outcomeLines(report, locale)),
    render(locale, 'programme-report-load', {}),
    ...report.mentorLoad.map((l) => render(locale, 'programme-report-load-item', { ...l, who: nameOf(report.names, l.mentorId) })),
  ].join('\n')
