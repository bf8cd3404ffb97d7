/**
 * The public names of mentorships: states, events, the machine and event logs.
 * @module
 */
export type {
  EndReason,
  FormalisableLevel,
  GoalStatus,
  MenteeMeasure,
  MentorMeasure,
  MentorshipStatus,
  OutcomeValue,
  ProgressStatus,
  ProposableLevel,
  Side,
  Verdict,
} from './vocabulary.js'
export {
  END_REASONS,
  FORMALISABLE_LEVELS,
  MENTEE_MEASURES,
  MENTOR_MEASURES,
  MENTORSHIP_STATUSES,
  PROGRESS_STATUSES,
  PROPOSABLE_LEVELS,
  SIDES,
  VERDICTS,
} from './vocabulary.js'
export type {
  Accountability,
  CheckIn,
  FormalityChange,
  Goal,
  GoalProgress,
  Outcome,
  Pause,
  Plan,
  Report,
  Review,
  Session,
  Stamp,
} from './record.js'
export { EMPTY_RECORD } from './record.js'
export type {
  Acceptances,
  CurrentPause,
  Ending,
  MentorshipState,
  MentorshipStateOf,
  Origin,
  PairCore,
  Proposal,
  Running,
  RunningState,
} from './state.js'
export { FINAL_STATUSES, RUNNING_STATUSES } from './state.js'
export type { Envelope, EventBody, GoalInput, MentorshipEvent, MentorshipEventOf, MentorshipEventType, OpeningEvent } from './events.js'
export { EVENT_TYPES } from './events.js'
export type { MentorshipContext, PairSummary, LevelPolicies } from './context.js'
export { policyFor } from './context.js'
export type { MentorshipFailed, MentorshipFailedCode } from './failed.js'
export type { MentorshipRefusal, MentorshipTypes } from './types.js'
export { MENTORSHIP_TABLE, mentorship, sequenceRefusal } from './machine.js'
export { OPENING_ROLES, openMentorship } from './opening.js'
export { EVENT_SCHEMAS } from './events-schema.js'
export { parseEvent } from './parse-event.js'
export type { EventError, LogContext, MentorshipLog, ReplayError } from './log.js'
export { apply, replay } from './log.js'
export { explainMentorshipFailed, explainMentorshipRefusal } from './explain.js'
