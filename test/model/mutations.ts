/**
 * Single-rule mutations of a valid organisation input: each breaks exactly one rule of the format
 * and says, independently of the parser, which issue (code and path) must be reported.
 */
import fc from 'fast-check'
import { addDays, parseIsoDate, type IsoDate } from '../../src/model/date.js'
import type { Path } from '../../src/errors/issue.js'
import { ARB_AS_OF } from '../../src/testing/organisation.js'

type Json = Record<string, unknown>

export interface Expected {
  readonly code: string
  readonly path: Path
  readonly params?: Readonly<Record<string, unknown>>
}

export interface Mutation {
  readonly rule: string
  /** Needs at least this many employees / teams. */
  readonly employees: number
  readonly teams: number
  /** Break the rule in `org` (a deep copy, mutated in place), choosing with `pick`. */
  readonly apply: (org: Json, pick: (n: number) => number) => Expected
}

const employees = (org: Json): Json[] => org['employees'] as Json[]
const teams = (org: Json): Json[] => org['teams'] as Json[]
const at = <T>(xs: readonly T[], i: number): T => xs[i] as T

/** An id used nowhere in `org`. */
const freshId = (org: Json): string => {
  const used = new Set([...employees(org), ...teams(org)].map((r) => String(r['id'])))
  let id = 'missing'
  while (used.has(id)) id = `${id}'`
  return id
}

/** `k` distinct indices below `n`, in the order picked. */
const distinct = (n: number, k: number, pick: (n: number) => number): number[] => {
  const pool = Array.from({ length: n }, (_, i) => i)
  return Array.from({ length: k }, () => pool.splice(pick(pool.length), 1)[0] as number)
}

export const MUTATIONS: readonly Mutation[] = [
  {
    rule: 'duplicate employee id',
    employees: 2,
    teams: 1,
    apply: (org, pick) => {
      const [a, b] = distinct(employees(org).length, 2, pick).sort((x, y) => x - y) as [number, number]
      const id = at(employees(org), a)['id']
      at(employees(org), b)['id'] = id
      return { code: 'duplicate-employee-id', path: ['employees', b, 'id'], params: { id, first: a } }
    },
  },
  {
    rule: 'duplicate team id',
    employees: 0,
    teams: 2,
    apply: (org, pick) => {
      const [a, b] = distinct(teams(org).length, 2, pick).sort((x, y) => x - y) as [number, number]
      const id = at(teams(org), a)['id']
      at(teams(org), b)['id'] = id
      return { code: 'duplicate-team-id', path: ['teams', b, 'id'], params: { id, first: a } }
    },
  },
  {
    rule: 'dangling teamId',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      const id = freshId(org)
      at(employees(org), i)['teamId'] = id
      return { code: 'dangling-team', path: ['employees', i, 'teamId'], params: { id } }
    },
  },
  {
    rule: 'dangling managerId',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      const id = freshId(org)
      at(employees(org), i)['managerId'] = id
      return { code: 'dangling-manager', path: ['employees', i, 'managerId'], params: { id } }
    },
  },
  {
    rule: 'dangling team managerId',
    employees: 0,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(teams(org).length)
      const id = freshId(org)
      at(teams(org), i)['managerId'] = id
      return { code: 'dangling-manager', path: ['teams', i, 'managerId'], params: { id } }
    },
  },
  {
    rule: 'self-management',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      const e = at(employees(org), i)
      e['managerId'] = e['id']
      return { code: 'self-managed', path: ['employees', i, 'managerId'], params: { id: e['id'] } }
    },
  },
  {
    rule: 'management cycle',
    employees: 2,
    teams: 1,
    apply: (org, pick) => {
      const n = employees(org).length
      const ring = distinct(n, 2 + pick(n - 1), pick)
      ring.forEach((m, k) => (at(employees(org), m)['managerId'] = at(employees(org), at(ring, (k + 1) % ring.length))['id']))
      const start = ring.indexOf(Math.min(...ring))
      const ids = [...ring.slice(start), ...ring.slice(0, start)].map((m) => at(employees(org), m)['id'])
      return { code: 'management-cycle', path: ['employees', Math.min(...ring), 'managerId'], params: { ids } }
    },
  },
  {
    rule: 'level out of range',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      const value = at([6, -1, 2.5, 100], pick(4))
      const e = at(employees(org), i)
      const where = pick(3)
      if (where === 0) {
        e['strategyInsight'] = value
        return { code: 'level-out-of-range', path: ['employees', i, 'strategyInsight'], params: { value, min: 0, max: 5 } }
      }
      const field = where === 1 ? 'competencies' : 'expertise'
      const key = where === 1 ? 'didactics' : 'typescript'
      e[field] = { ...(e[field] as Json | undefined), [key]: value }
      return { code: 'level-out-of-range', path: ['employees', i, field, key], params: { value, min: 0, max: 5 } }
    },
  },
  {
    rule: 'capacity out of range',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      const value = at([21, -1, 1.5], pick(3))
      at(employees(org), i)['mentorCapacity'] = value
      return { code: 'capacity-out-of-range', path: ['employees', i, 'mentorCapacity'], params: { value, min: 0, max: 20 } }
    },
  },
  {
    rule: 'unknown key',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      const key = at(['nickname', 'constructor', '__proto__', 'managerID'], pick(4))
      const where = pick(4)
      const target = where === 0 ? org : where === 1 ? at(teams(org), 0) : at(employees(org), i)
      const base: Path = where === 0 ? [] : where === 1 ? ['teams', 0] : ['employees', i]
      if (where === 3) {
        const e = at(employees(org), i)
        e['competencies'] = { ...(e['competencies'] as Json | undefined) }
        Object.defineProperty(e['competencies'], key, { value: 1, enumerable: true, writable: true, configurable: true })
        return { code: 'unknown-key', path: ['employees', i, 'competencies', key], params: { key } }
      }
      Object.defineProperty(target, key, { value: 'x', enumerable: true, writable: true, configurable: true })
      return { code: 'unknown-key', path: [...base, key], params: { key } }
    },
  },
  {
    rule: 'impossible date',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      const value = at(['2021-02-29', '2021-02-30', '2020-04-31', '2019-13-01', '2019-00-10', '2019-1-1', '1900-02-29'], pick(7))
      const field = at(['startDate', 'teamSince'], pick(2))
      at(employees(org), i)[field] = value
      return { code: 'invalid-date', path: ['employees', i, field], params: { value } }
    },
  },
  {
    rule: 'teamSince before startDate',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      const e = at(employees(org), i)
      // (another mutation may have broken the start date already: then set a good one first)
      const startDate = parseIsoDate(String(e['startDate'])) ?? ('2020-01-01' as IsoDate)
      const teamSince = addDays(startDate, -1 - pick(500))
      Object.assign(e, { startDate, teamSince })
      return { code: 'team-since-before-start', path: ['employees', i, 'teamSince'], params: { teamSince, startDate } }
    },
  },
  {
    rule: 'startDate after asOf',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      const e = at(employees(org), i)
      const startDate = addDays(ARB_AS_OF as IsoDate, 1 + pick(500))
      e['startDate'] = startDate
      delete e['teamSince']
      return { code: 'start-after-as-of', path: ['employees', i, 'startDate'], params: { startDate, asOf: ARB_AS_OF } }
    },
  },
  {
    rule: 'wrong type',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      const [field, value, expected, received] = at(
        [
          ['name', 42, 'string', 'number'],
          ['languages', 'nl', 'array', 'string'],
          ['mentorInterest', true, 'object', 'boolean'],
          ['managerId', 7, 'string', 'number'],
          ['trainings', null, 'array', 'null'],
        ] as const,
        pick(5),
      )
      at(employees(org), i)[field] = value
      return { code: 'invalid-type', path: ['employees', i, field], params: { expected, received } }
    },
  },
  {
    rule: 'missing required field',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      const field = at(['id', 'name', 'teamId', 'startDate'], pick(4))
      delete at(employees(org), i)[field]
      return { code: 'missing-field', path: ['employees', i, field], params: { field } }
    },
  },
  {
    rule: 'interest source not in the list',
    employees: 1,
    teams: 1,
    apply: (org, pick) => {
      const i = pick(employees(org).length)
      at(employees(org), i)['mentorInterest'] = { interested: true, source: 'hr', recordedOn: '2025-01-01' }
      return { code: 'invalid-option', path: ['employees', i, 'mentorInterest', 'source'] }
    },
  },
]

/** A deterministic chooser from a list of numbers drawn by fast-check. */
export const chooser = (draws: readonly number[]): ((n: number) => number) => {
  let k = 0
  return (n) => (n <= 0 ? 0 : (draws[k++ % Math.max(1, draws.length)] ?? 0) % n)
}

export const arbDraws = fc.array(fc.nat(), { minLength: 1, maxLength: 12 })
