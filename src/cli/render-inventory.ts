/**
 * A readiness inventory as text: per team a heading and a table of who is ready and what is
 * missing (blocking gaps first, then advice).
 * @module
 */
import type { Locale } from '../i18n/locale.js'
import { render } from '../i18n/messages.js'
import type { Organisation } from '../model/organisation.js'
import { explainGap } from '../readiness/explain.js'
import type { ReadinessInventory } from '../readiness/inventory.js'
import { renderTable } from './table.js'

/**
 * Render `inventory` in `locale`, naming people from `org`.
 * @example
 * renderInventory(inventory, org, 'nl')
 */
export const renderInventory = (inventory: ReadinessInventory, org: Organisation, locale: Locale): string => {
  const heading = render(locale, 'inventory-heading', {
    level: inventory.level,
    asOf: inventory.asOf,
    ready: inventory.summary.ready,
    total: inventory.summary.total,
  })
  const header = render(locale, 'readiness-columns', {}).split('|')
  const teams = inventory.teams.map((t) => {
    const rows = t.members.map((r) => {
      const gaps = r.gaps.map((g) => explainGap(g, locale))
      const advice = r.advice.map((g) => `${render(locale, 'readiness-advice-prefix', {})} ${explainGap(g, locale)}`)
      const missing = [...gaps, ...advice]
      return [
        org.index.employeeById.get(r.employeeId)?.name ?? r.employeeId,
        render(locale, 'readiness-status', { ready: r.status === 'ready' }),
        missing.join('\n') || '-',
      ]
    })
    const title = render(locale, 'inventory-team', { team: t.teamName, ready: t.summary.ready, total: t.summary.total })
    return `${title}\n\n${renderTable({ header, rows })}`
  })
  return [heading, ...teams].join('\n\n')
}
