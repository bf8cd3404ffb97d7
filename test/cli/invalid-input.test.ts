/**
 * Every command on every kind of invalid input, in every file position: a file that cannot be
 * read, a file that is not JSON, a file that breaks the format (structure) and a file whose
 * references do not hold. Each must exit with 1, write nothing on standard output, and name the
 * file (and, for format and reference problems, the JSON path) on standard error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBinary, root, runBinary } from './binary.js'

const example = (f: string): unknown => JSON.parse(readFileSync(join(root, 'examples/data', f), 'utf8'))
const org = example('organisation.json') as { employees: Record<string, unknown>[] }
const programme = example('programme.json') as Record<string, unknown> & { mentees: Record<string, unknown>[] }
const events = example('events.json') as Record<string, unknown>[]

/** A broken version of each input file: what it breaks, its content and the path stderr must name. */
interface Broken {
  readonly kind: 'unreadable' | 'not JSON' | 'format' | 'reference'
  readonly text: string | null
  readonly path?: string
}

const brokenOf = (structure: [unknown, string], reference: [unknown, string]): readonly Broken[] => [
  { kind: 'unreadable', text: null },
  { kind: 'not JSON', text: '{"schemaVersion": 1,' },
  { kind: 'format', text: JSON.stringify(structure[0]), path: structure[1] },
  { kind: 'reference', text: JSON.stringify(reference[0]), path: reference[1] },
]

const setField = <T extends Record<string, unknown>>(xs: readonly T[], k: number, field: string, value: unknown): T[] =>
  xs.map((x, i) => (i === k ? { ...x, [field]: value } : x))

const ORG_BROKEN = brokenOf(
  [{ ...org, employees: setField(org.employees, 1, 'mentorCapacity', 25) }, 'employees[1].mentorCapacity'],
  [{ ...org, employees: setField(org.employees, 2, 'managerId', 'e404') }, 'employees[2].managerId'],
)
const PROGRAMME_BROKEN = brokenOf(
  [{ ...programme, formality: 'official' }, 'formality'],
  [{ ...programme, mentees: setField(programme.mentees, 0, 'employeeId', 'e404') }, 'mentees[0].employeeId'],
)
const EVENTS_BROKEN = brokenOf(
  [setField(events, 3, 'v', 2), '[3].v'],
  [setField(events, 0, 'mentorId', 'e404'), '[0].mentorId'],
)

/** Each command with its files (the one to break marked by its position) and its other arguments. */
const COMMANDS = [
  { name: 'validate', files: [['organisation.json', ORG_BROKEN]], rest: ['--as-of', '2026-11-01'] },
  { name: 'readiness', files: [['organisation.json', ORG_BROKEN]], rest: ['--level', 'formal', '--as-of', '2026-11-01'] },
  { name: 'match', files: [['organisation.json', ORG_BROKEN], ['programme.json', PROGRAMME_BROKEN]], rest: [] },
  { name: 'report', files: [['organisation.json', ORG_BROKEN], ['events.json', EVENTS_BROKEN]], rest: ['--as-of', '2026-11-01'] },
] as const

let bin = ''
const dir = mkdtempSync(join(tmpdir(), 'mentorschap-invalid-'))
beforeAll(async () => {
  bin = await buildBinary()
})
afterAll(() => {
  rmSync(dirname(bin), { recursive: true, force: true })
  rmSync(dir, { recursive: true, force: true })
})

describe('every command on every kind of invalid input', () => {
  for (const command of COMMANDS)
    command.files.forEach(([good, variants], position) => {
      for (const broken of variants)
        it(`${command.name}: ${good} ${broken.kind}`, () => {
          const name = `broken-${command.name}-${position}-${broken.kind.replace(' ', '-')}.json`
          if (broken.text !== null) writeFileSync(join(dir, name), broken.text)
          const files = command.files.map(([f], k) => (k === position ? join(dir, name) : join(root, 'examples/data', f)))
          const r = runBinary(bin, [command.name, ...files, ...command.rest])
          expect(r.status).toBe(1)
          expect(r.stdout).toBe('')
          expect(r.stderr).toContain(name)
          if (broken.path !== undefined) expect(r.stderr).toContain(`${name}: ${broken.path}: `)
        })
    })
})
