import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBinary, root, runBinary } from './binary.js'

let bin = ''
const scratch = mkdtempSync(join(tmpdir(), 'mentorschap-report-'))
const orgFile = join(root, 'examples/data/organisation.json')
const eventsFile = join(root, 'examples/data/events.json')
const events = JSON.parse(readFileSync(eventsFile, 'utf8')) as { mentorshipId: string; notes?: string; type: string }[]

beforeAll(async () => {
  bin = await buildBinary()
})
afterAll(() => {
  rmSync(dirname(bin), { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
})

interface Report {
  total: number
  counts: Record<string, number>
}

describe('mentorschap report (the built binary)', () => {
  it('rebuilds every mentorship of the log and counts them by state', () => {
    const r = runBinary(bin, ['report', orgFile, eventsFile, '--as-of', '2026-11-01', '--format', 'json'])
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout) as Report
    const ids = new Set(events.map((e) => e.mentorshipId))
    expect(report.total).toBe(ids.size)
    expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(ids.size)
  })

  it('never shows session notes to the manager, in either format or language', () => {
    const notes = events.flatMap((e) => (e.type === 'log-session' && typeof e.notes === 'string' ? [e.notes] : []))
    expect(notes.length).toBeGreaterThan(0)
    for (const args of [['--format', 'json'], ['--lang', 'nl'], ['--lang', 'en']]) {
      const r = runBinary(bin, ['report', orgFile, eventsFile, '--as-of', '2026-11-01', ...args])
      for (const n of notes) expect(r.stdout).not.toContain(n)
    }
  })

  it('a corrupted event: exit 1, the issue names the index of that event', () => {
    const broken = events.map((e, i) => (i === 7 ? { ...e, type: 'teleport' } : e))
    const file = join(scratch, 'broken.json')
    writeFileSync(file, JSON.stringify(broken))
    const r = runBinary(bin, ['report', orgFile, file, '--as-of', '2026-11-01'])
    expect(r).toMatchObject({ status: 1, stdout: '' })
    expect(r.stderr).toContain('[7]')
  })

  it('wrong usage: one file only, exit 2', () => {
    expect(runBinary(bin, ['report', orgFile]).status).toBe(2)
  })
})
