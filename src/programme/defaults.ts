/**
 * The default policy of each formality level, as one checked table.
 * @module
 */
import type { FormalityLevel } from './formality.js'
import type { ProgrammePolicy } from './policy.js'

const FORMAL_COMPETENCIES = { planning: 3, 'goal-setting': 3, didactics: 3 } as const

const common = { newcomerMonths: 12 } as const

const mentorshipBase = { managerApproval: false, responseDays: 14, stalledAfterDays: 21 } as const

/**
 * The defaults of the four levels (see `docs/readiness.md` for the table).
 * @example
 * DEFAULT_POLICIES.formal.mentor.training.requirement // 'required'
 * @since 0.1.0
 */
export const DEFAULT_POLICIES = {
  spontaneous: {
    level: 'spontaneous',
    ...common,
    mentor: {
      interest: { requirement: 'none' },
      tenure: { requirement: 'none', minYears: 0 },
      competencies: { requirement: 'none', minimum: FORMAL_COMPETENCIES },
      training: { requirement: 'none', kind: 'coaching-techniques' },
      capacity: { requirement: 'none' },
    },
    mentorship: {
      goals: { requirement: 'none', minGoals: 1 },
      plan: { requirement: 'none' },
      reports: { requirement: 'none', cadenceWeeks: 6 },
      checkIns: { requirement: 'none', cadenceWeeks: 8 },
      ...mentorshipBase,
    },
  },
  encouraged: {
    level: 'encouraged',
    ...common,
    mentor: {
      interest: { requirement: 'required' },
      tenure: { requirement: 'required', minYears: 1 },
      competencies: { requirement: 'none', minimum: FORMAL_COMPETENCIES },
      training: { requirement: 'advised', kind: 'coaching-techniques' },
      capacity: { requirement: 'required' },
    },
    mentorship: {
      goals: { requirement: 'none', minGoals: 1 },
      plan: { requirement: 'none' },
      reports: { requirement: 'none', cadenceWeeks: 6 },
      checkIns: { requirement: 'none', cadenceWeeks: 8 },
      ...mentorshipBase,
    },
  },
  structured: {
    level: 'structured',
    ...common,
    mentor: {
      interest: { requirement: 'required' },
      tenure: { requirement: 'required', minYears: 2 },
      competencies: { requirement: 'advised', minimum: FORMAL_COMPETENCIES },
      training: { requirement: 'advised', kind: 'coaching-techniques' },
      capacity: { requirement: 'required' },
    },
    mentorship: {
      goals: { requirement: 'advised', minGoals: 1 },
      plan: { requirement: 'required' },
      reports: { requirement: 'none', cadenceWeeks: 6 },
      checkIns: { requirement: 'advised', cadenceWeeks: 8 },
      ...mentorshipBase,
    },
  },
  formal: {
    level: 'formal',
    ...common,
    mentor: {
      interest: { requirement: 'required' },
      tenure: { requirement: 'required', minYears: 2 },
      competencies: { requirement: 'required', minimum: FORMAL_COMPETENCIES },
      training: { requirement: 'required', kind: 'coaching-techniques' },
      capacity: { requirement: 'required' },
    },
    mentorship: {
      goals: { requirement: 'required', minGoals: 1 },
      plan: { requirement: 'required' },
      reports: { requirement: 'required', cadenceWeeks: 6 },
      checkIns: { requirement: 'required', cadenceWeeks: 8 },
      ...mentorshipBase,
    },
  },
} as const satisfies Record<FormalityLevel, ProgrammePolicy>

/**
 * The default policy of `level`.
 * @example
 * defaultPolicy('formal').mentorship.reports.cadenceWeeks // 6
 * @since 0.1.0
 */
export const defaultPolicy = (level: FormalityLevel): ProgrammePolicy => DEFAULT_POLICIES[level]
