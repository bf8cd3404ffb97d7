/**
 * The policy table of the issue and of `docs/readiness.md`, rendered from policies in the
 * issue's own cell language: `-` for a rule that is not checked, `required` / `advised`, figures
 * where the issue gives them.
 */
import { FORMALITY_LEVELS } from '../../src/programme/formality.js'
import type { ProgrammePolicy, Requirement } from '../../src/programme/policy.js'

const req = (r: Requirement): string => (r === 'none' ? '-' : r)
const years = (n: number): string => `${n} year${n === 1 ? '' : 's'}`
const every = (r: Requirement, weeks: number): string =>
  r === 'required' ? `every ${weeks} weeks` : r === 'advised' ? `advised every ${weeks} weeks` : '-'

export const ROWS: readonly (readonly [string, (p: ProgrammePolicy) => string])[] = [
  ['interest recorded and `interested: true`', (p) => req(p.mentor.interest.requirement)],
  [
    'tenure at least',
    (p) =>
      p.mentor.tenure.requirement === 'required'
        ? years(p.mentor.tenure.minYears)
        : p.mentor.tenure.requirement === 'advised'
          ? `advised ${years(p.mentor.tenure.minYears)}`
          : '-',
  ],
  ['planning, goal-setting, didactics each at least 3', (p) => req(p.mentor.competencies.requirement)],
  ['coaching-techniques training completed', (p) => req(p.mentor.training.requirement)],
  ['current load (given by the caller) below capacity', (p) => req(p.mentor.capacity.requirement)],
  ['goals per mentorship (at least 1)', (p) => req(p.mentorship.goals.requirement)],
  ['agreed meeting rhythm (plan)', (p) => req(p.mentorship.plan.requirement)],
  [
    'mentor reports progress to the manager',
    (p) => every(p.mentorship.reports.requirement, p.mentorship.reports.cadenceWeeks),
  ],
  [
    'manager-mentor guidance check-in',
    (p) =>
      p.mentorship.checkIns.requirement === 'advised' ? 'advised' : every(p.mentorship.checkIns.requirement, p.mentorship.checkIns.cadenceWeeks),
  ],
]

/** The rows as cells: one array per row, the label first, then one cell per level. */
export const tableCells = (policies: Readonly<Record<(typeof FORMALITY_LEVELS)[number], ProgrammePolicy>>): string[][] =>
  ROWS.map(([label, cell]) => [label, ...FORMALITY_LEVELS.map((l) => cell(policies[l]))])

/** The same as a Markdown table. */
export const tableMarkdown = (policies: Readonly<Record<(typeof FORMALITY_LEVELS)[number], ProgrammePolicy>>): string =>
  [
    `| requirement of a mentor / of a mentorship | ${FORMALITY_LEVELS.join(' | ')} |`,
    `|---|${FORMALITY_LEVELS.map(() => '---|').join('')}`,
    ...tableCells(policies).map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')

/** Parse the cells of a Markdown table (header and rule lines dropped). */
export const parseMarkdownTable = (md: string): string[][] =>
  md
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|') && !line.startsWith('|---'))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    )
