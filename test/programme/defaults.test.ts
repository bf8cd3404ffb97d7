import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICIES, defaultPolicy } from '../../src/programme/defaults.js'
import { FORMALITY_LEVELS } from '../../src/programme/formality.js'
import { parseMarkdownTable, tableCells, tableMarkdown } from './policy-table.js'

/** The table of issue 3, copied from the issue text (not from the code). */
const ISSUE_TABLE = `
| requirement of a mentor / of a mentorship | spontaneous | encouraged | structured | formal |
|---|---|---|---|---|
| interest recorded and \`interested: true\` | - | required | required | required |
| tenure at least | - | 1 year | 2 years | 2 years |
| planning, goal-setting, didactics each at least 3 | - | - | advised | required |
| coaching-techniques training completed | - | advised | advised | required |
| current load (given by the caller) below capacity | - | required | required | required |
| goals per mentorship (at least 1) | - | - | advised | required |
| agreed meeting rhythm (plan) | - | - | required | required |
| mentor reports progress to the manager | - | - | - | every 6 weeks |
| manager-mentor guidance check-in | - | - | advised | every 8 weeks |
`

describe('default policies', () => {
  it('the default table equals the table of the issue, cell by cell', () => {
    expect(tableCells(DEFAULT_POLICIES)).toEqual(parseMarkdownTable(ISSUE_TABLE))
  })

  it('the figures the table names in its labels: competencies at least 3, goals at least 1, training of coaching techniques, newcomers under 12 months', () => {
    for (const level of FORMALITY_LEVELS) {
      const p = defaultPolicy(level)
      expect(p.level).toBe(level)
      expect(p.mentor.competencies.minimum).toEqual({ planning: 3, 'goal-setting': 3, didactics: 3 })
      expect(p.mentorship.goals.minGoals).toBe(1)
      expect(p.mentor.training.kind).toBe('coaching-techniques')
      expect(p.newcomerMonths).toBe(12)
    }
  })

  it('docs/readiness.md shows the table of DEFAULT_POLICIES', () => {
    const doc = readFileSync(new URL('../../docs/readiness.md', import.meta.url), 'utf8')
    expect(doc).toContain(tableMarkdown(DEFAULT_POLICIES))
  })
})
