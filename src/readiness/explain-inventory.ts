/**
 * A readiness inventory in words: per team, who is ready and what the others lack.
 * @module
 */
import { render } from '../i18n/messages.js'
import type { Locale } from '../i18n/locale.js'
import type { EmployeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import { readinessLines } from './explain.js'
import type { ReadinessInventory } from './inventory.js'

/**
 * An inventory as text for a manager: a heading with the level, the date and the count of ready
 * people, then per team its count and each member's verdict with their gaps and advice. With the
 * `org`, people are named; otherwise they appear by id.
 * @example
 * const inventory = readinessInventory(org, defaultPolicy('structured'), '2026-11-01')
 * if (inventory._tag === 'Right') explainInventory(inventory.right, 'nl', org)
 * // 'Wie is klaar voor een mentorrol in een gestructureerd programma (peildatum 2026-11-01): 1 van 5.\n\n'
 * // + 'Payments: 1 van 4 klaar\n  Mees Bakker is nog niet klaar voor een mentorrol:\n  ...'
 * @since 0.1.0
 */
export const explainInventory = (inventory: ReadinessInventory, locale: Locale, org?: Organisation): string => {
  const name = (id: EmployeeId): string => org?.index.employeeById.get(id)?.name ?? id
  const heading = render(locale, 'inventory-heading', {
    level: inventory.level,
    asOf: inventory.asOf,
    ready: inventory.summary.ready,
    total: inventory.summary.total,
  })
  const teams = inventory.teams.map((t) =>
    [
      render(locale, 'inventory-team', { team: t.teamName, ready: t.summary.ready, total: t.summary.total }),
      ...t.members.flatMap((r) => readinessLines(r, locale, name(r.employeeId), null).map((l) => `  ${l}`)),
    ].join('\n'),
  )
  return [heading, ...teams].join('\n\n')
}
