import { readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBinary, root, runBinary } from './binary.js'

let bin = ''
const orgFile = join(root, 'examples/data/organisation.json')
const org = JSON.parse(readFileSync(orgFile, 'utf8')) as { employees: { id: string; name: string }[] }

beforeAll(async () => {
  bin = await buildBinary()
})
afterAll(() => rmSync(dirname(bin), { recursive: true, force: true }))

interface Inventory {
  level: string
  asOf: string
  teams: { members: { employeeId: string; status: string; gaps: { code: string }[] }[] }[]
  summary: { total: number; ready: number }
}

describe('mentorschap readiness (the built binary)', () => {
  it('--format json gives the inventory: one readiness per employee, grouped by team', () => {
    const r = runBinary(bin, ['readiness', orgFile, '--level', 'formal', '--as-of', '2026-11-01', '--format', 'json'])
    expect(r.status).toBe(0)
    const inv = JSON.parse(r.stdout) as Inventory
    expect(inv).toMatchObject({ level: 'formal', asOf: '2026-11-01' })
    const ids = inv.teams.flatMap((t) => t.members.map((m) => m.employeeId)).sort()
    expect(ids).toEqual(org.employees.map((e) => e.id).sort())
    for (const m of inv.teams.flatMap((t) => t.members)) expect(m.status === 'ready').toBe(m.gaps.length === 0)
  })

  it('the spontaneous level asks nothing of a mentor: everybody is ready, whatever the date', () => {
    const r = runBinary(bin, ['readiness', orgFile, '--level', 'spontaneous', '--as-of', '2000-01-01', '--format', 'json'])
    const inv = JSON.parse(r.stdout) as Inventory
    expect(inv.summary.ready).toBe(org.employees.length)
  })

  it('a table names every employee and the Dutch verdicts', () => {
    const r = runBinary(bin, ['readiness', orgFile, '--level', 'formal', '--as-of', '2026-11-01'], { lang: 'nl_NL.UTF-8' })
    expect(r.status).toBe(0)
    for (const e of org.employees) expect(r.stdout).toContain(e.name)
    expect(r.stdout).toContain('klaar')
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100)
  })

  it('needs --level (exit 2) and a real --as-of date (exit 2)', () => {
    expect(runBinary(bin, ['readiness', orgFile]).status).toBe(2)
    expect(runBinary(bin, ['readiness', orgFile, '--level', 'formal', '--as-of', '2026-02-30']).status).toBe(2)
  })
})
