import { readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBinary, root, runBinary } from './binary.js'

let bin = ''
const orgFile = join(root, 'examples/data/organisation.json')
const programmeFile = join(root, 'examples/data/programme.json')
const programme = JSON.parse(readFileSync(programmeFile, 'utf8')) as {
  mentees: { employeeId: string }[]
  forbidden: { mentorId: string; menteeId: string }[]
}

beforeAll(async () => {
  bin = await buildBinary()
})
afterAll(() => rmSync(dirname(bin), { recursive: true, force: true }))

interface Matching {
  schemaVersion: number
  strategy: string
  pairs: { mentorId: string; menteeId: string; score: number; locked: boolean }[]
  unmatched: { menteeId: string; reasons: { code: string }[] }[]
  mentorLoad: Record<string, number>
  totalScore: number
  coverage: number
  comparedToOptimal?: { coverageLost: number; scoreLost: number }
}

const run = (...args: string[]): Matching => {
  const r = runBinary(bin, ['match', orgFile, programmeFile, '--format', 'json', ...args])
  expect(r.status).toBe(0)
  return JSON.parse(r.stdout) as Matching
}

describe('mentorschap match (the built binary)', () => {
  it('--format json is the contract\'s Matching: every mentee once, paired or unmatched', () => {
    const m = run()
    expect(m).toMatchObject({ schemaVersion: 1, strategy: 'optimal' })
    const seen = [...m.pairs.map((p) => p.menteeId), ...m.unmatched.map((u) => u.menteeId)].sort()
    expect(seen).toEqual(programme.mentees.map((x) => x.employeeId).sort())
    expect(m.coverage).toBeCloseTo(m.pairs.length / programme.mentees.length, 12)
    expect(m.totalScore).toBeCloseTo(m.pairs.reduce((a, p) => a + p.score, 0), 9)
    for (const f of programme.forbidden) {
      expect(m.pairs.some((p) => p.mentorId === f.mentorId && p.menteeId === f.menteeId)).toBe(false)
    }
    expect(m.comparedToOptimal).toBeUndefined()
  })

  it('stable and greedy report what they give up against optimal', () => {
    const optimal = run()
    for (const strategy of ['stable', 'greedy']) {
      const m = run('--strategy', strategy)
      expect(m.strategy).toBe(strategy)
      expect(m.comparedToOptimal?.coverageLost).toBeCloseTo(optimal.coverage - m.coverage, 12)
      expect(m.comparedToOptimal?.scoreLost).toBeCloseTo(optimal.totalScore - m.totalScore, 9)
    }
  })

  it('a table names each pair, in Dutch with LANG=nl', () => {
    const r = runBinary(bin, ['match', orgFile, programmeFile], { lang: 'nl_NL.UTF-8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Koppeling (optimal)')
  })

  it('a programme that names a stranger: exit 1 with the path, nothing on stdout', () => {
    const broken = JSON.stringify({ ...programme, mentees: [{ employeeId: 'nobody', purpose: 'onboarding' }] })
    const r = runBinary(bin, ['match', orgFile, '-'], { stdin: broken })
    expect(r).toMatchObject({ status: 1, stdout: '' })
    expect(r.stderr).toContain('mentees[0]')
  })

  it('an unknown strategy is wrong usage: exit 2', () => {
    expect(runBinary(bin, ['match', orgFile, programmeFile, '--strategy', 'random']).status).toBe(2)
  })
})
