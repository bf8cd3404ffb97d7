/**
 * Judge one pair on one criterion through the public scorePair, for the criterion tests.
 */
import fc from 'fast-check'
import type { EmployeeId } from '../../../src/model/ids.js'
import type { Employee } from '../../../src/model/organisation.js'
import { scorePair } from '../../../src/pairing/score-pair.js'
import { arbWorld, type World } from '../arbitraries.js'
import { rule } from '../build.js'
import { right } from '../laws.js'

/** The breakdown row of criterion `name` (as the only `prefer` criterion) for a pair of the world. */
export const judge = (w: World, name: string, params: Record<string, unknown>, mentorId: EmployeeId, menteeId: EmployeeId) => {
  const programme = { ...w.programme, criteria: [rule(name, 'prefer', 1, params)] }
  const s = right(scorePair(w.org, programme, mentorId, menteeId, w.asOf))
  const row = s.breakdown.find((r) => r.criterion === name)
  if (row === undefined) throw new Error(`no row for ${name}`)
  return row
}

/** A world with at least one mentee, and a mentor (any other employee) and mentee of it. */
export const arbPair = arbWorld(2, 7)
  .filter((w) => w.programme.mentees.length > 0)
  .chain((w) =>
    fc
      .record({ t: fc.nat(), m: fc.nat() })
      .map(({ t, m }) => {
        const request = w.programme.mentees[t % w.programme.mentees.length]!
        const others = w.org.employees.filter((e) => e.id !== request.employeeId)
        const mentor = others[m % others.length]!
        const mentee = w.org.index.employeeById.get(request.employeeId) as Employee
        return { w, request, mentor, mentee }
      }),
  )
