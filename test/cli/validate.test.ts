import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBinary, root, runBinary } from './binary.js'

let bin = ''
const scratch = mkdtempSync(join(tmpdir(), 'mentorschap-cli-'))
const orgFile = join(root, 'examples/data/organisation.json')
const org = JSON.parse(readFileSync(orgFile, 'utf8')) as { employees: Record<string, unknown>[]; teams: unknown[] }

const write = (name: string, content: string): string => {
  const file = join(scratch, name)
  writeFileSync(file, content)
  return file
}

beforeAll(async () => {
  bin = await buildBinary()
})

afterAll(() => {
  rmSync(dirname(bin), { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
})

describe('mentorschap validate (the built binary)', () => {
  it('accepts the example organisation and summarises every team, exit 0', () => {
    const r = runBinary(bin, ['validate', orgFile, '--as-of', '2026-11-01'])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain(`${org.teams.length} teams, ${org.employees.length} employees`)
    for (const e of org.employees) expect(r.stdout).toContain(String(e['name']))
  })

  it('speaks Dutch when LANG starts with nl, English with --lang en', () => {
    expect(runBinary(bin, ['validate', orgFile], { lang: 'nl_NL.UTF-8' }).stdout).toContain('Geldige organisatie')
    expect(runBinary(bin, ['validate', orgFile, '--lang', 'en'], { lang: 'nl_NL.UTF-8' }).stdout).toContain('Valid organisation')
  })

  it('prints JSON with --format json', () => {
    const r = runBinary(bin, ['validate', orgFile, '--format', 'json'])
    const out = JSON.parse(r.stdout) as { valid: boolean; employees: number }
    expect(out).toMatchObject({ valid: true, employees: org.employees.length })
  })

  it('reads standard input for -', () => {
    const r = runBinary(bin, ['validate', '-'], { stdin: readFileSync(orgFile, 'utf8') })
    expect(r.status).toBe(0)
  })

  it('an unreadable file: exit 1, nothing on stdout', () => {
    const r = runBinary(bin, ['validate', join(scratch, 'missing.json')])
    expect(r).toMatchObject({ status: 1, stdout: '' })
    expect(r.stderr).toContain('missing.json')
  })

  it('not JSON: exit 1, nothing on stdout', () => {
    const r = runBinary(bin, ['validate', write('broken.json', '{ "schemaVersion": 1, ')])
    expect(r).toMatchObject({ status: 1, stdout: '' })
    expect(r.stderr).toContain('JSON')
  })

  it('schema and referential violations: exit 1, every issue with its path on stderr', () => {
    const employees = org.employees.map((e, i) =>
      i === 3 ? { ...e, managerId: 'nobody' } : i === 5 ? { ...e, startDate: '2021-02-30' } : i === 7 ? { ...e, shoeSize: 44 } : e,
    )
    const r = runBinary(bin, ['validate', write('bad.json', JSON.stringify({ ...org, employees }))])
    expect(r).toMatchObject({ status: 1, stdout: '' })
    expect(r.stderr).toContain('employees[3].managerId')
    expect(r.stderr).toContain('employees[5].startDate')
    expect(r.stderr).toContain('employees[7]')
  })

  it('wrong usage: exit 2 with a hint, nothing on stdout', () => {
    for (const args of [[], ['validate'], ['validate', orgFile, '--format', 'xml'], ['nonsense']]) {
      const r = runBinary(bin, args)
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain('--help')
    }
  })

  it('--help prints usage on stdout, exit 0', () => {
    const r = runBinary(bin, ['--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('mentorschap validate')
  })
})
