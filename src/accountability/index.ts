/**
 * The public names of accountability: status, outcomes and the programme report.
 * @module
 */
export type { DueState } from './due.js'
export type {
  AccountabilityOptions,
  AccountabilityStatus,
  ActionKind,
  ActionOwner,
  AwaitedAnswer,
  CheckInDue,
  FollowUp,
  GoalAtRisk,
  GoalRisk,
  Health,
  InvalidAccountabilityInput,
  NextAction,
  ReportDue,
  ReviewPending,
  SessionProgress,
  Stalled,
} from './status-types.js'
export { ACTION_KINDS, HEALTHS } from './status-types.js'
export { accountabilityStatus } from './status.js'
export type {
  LearningRating,
  ManagerReflection,
  MeasureKey,
  MentorLearningSummary,
  MentorshipOutcomes,
  OutcomePoint,
  OutcomeTrend,
  ProgrammeOutcome,
  Rater,
} from './outcome-types.js'
export { RATERS } from './outcome-types.js'
export { mentorshipOutcomes } from './outcomes.js'
export { MINIMUM_GROUP, programmeOutcomes } from './programme-outcomes.js'
export { mentorLearningSummary } from './mentor-learning.js'
export type { Mentorships } from './mentorships.js'
export type { MentorLoad, OverdueItem, ProgrammeReport, ProgrammeReportError, ProgrammeReportOptions } from './report-types.js'
export { programmeReport } from './report.js'
export { explainAccountability, explainProgrammeReport } from './explain.js'
