/**
 * The organisation summary as text: one table per team.
 * @module
 */
import type { Locale } from '../i18n/locale.js'
import { render } from '../i18n/messages.js'
import type { TeamSummary } from '../model/summary.js'
import { renderTable } from './table.js'

/**
 * Render the per-team summary in `locale`.
 * @example
 * renderSummary(summariseOrganisation(org, asOf), 'nl')
 */
export const renderSummary = (teams: readonly TeamSummary[], locale: Locale): string =>
  teams
    .map((t) => {
      const title = render(locale, 'summary-team', {
        team: t.name,
        manager: t.managerName,
        members: t.members.length,
        interested: t.interested,
      })
      const header = render(locale, 'summary-columns', {}).split('|')
      const rows = t.members.map((m) => [
        m.name,
        m.managerName ?? '-',
        render(locale, 'summary-years', { years: m.tenureYears, teamYears: m.teamYears }),
        render(locale, 'summary-interest', {
          interested: m.interest?.interested ?? null,
          source: m.interest?.source ?? '',
          on: m.interest?.recordedOn ?? '',
        }),
      ])
      return `${title}\n\n${renderTable({ header, rows })}`
    })
    .join('\n\n')
