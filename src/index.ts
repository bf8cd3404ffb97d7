/**
 * `mentorschap`: mentoring between employees as typed state machines and pure matching functions.
 * This barrel holds names only. Each module has its own block below.
 * @module
 */

// ── model: organisation, ids, dates ─────────────────────────────────────────────────────────────
export type { EmployeeId, TeamId } from './model/ids.js'
export type { IsoDate } from './model/date.js'
export { addDays, addMonths, anniversary, parseIsoDate, wholeYears } from './model/date.js'
export type {
  Competency,
  Employee,
  InterestSource,
  Level,
  MentorInterest,
  Organisation,
  OrganisationIndex,
  Team,
  Training,
} from './model/organisation.js'
export { COACHING_TECHNIQUES, COMPETENCIES, INTEREST_SOURCES } from './model/organisation.js'
export { buildOrganisation } from './model/build.js'
export type { UnknownEmployee } from './model/lookup.js'
export { lookupEmployee } from './model/lookup.js'
export type { OrganisationError, OrganisationIssue, OrganisationIssueCode } from './model/error.js'
export type { ParseOrganisationOptions } from './model/parse.js'
export { parseOrganisation } from './model/parse.js'
export type { OrganisationInput } from './model/schema.js'
export {
  EmployeeSchema,
  IsoDateSchema,
  LevelSchema,
  MAX_MENTOR_CAPACITY,
  MentorInterestSchema,
  OrganisationSchema,
  TeamSchema,
  TrainingSchema,
} from './model/schema.js'
export type { InvalidDate } from './model/queries.js'
export {
  allReportsOf,
  directReportsOf,
  expertiseLevel,
  isInReportingLine,
  managerOf,
  teamOf,
  teamTenureYears,
  tenureYears,
} from './model/queries.js'
export { serialiseOrganisation } from './model/serialise.js'
export { explainOrganisationError, explainOrganisationIssue } from './model/explain.js'

// ── errors and messages ─────────────────────────────────────────────────────────────────────────
export type { Issue, Path } from './errors/issue.js'
export type { Locale } from './i18n/locale.js'
export type { MessageCode, MessageParams } from './i18n/messages.js'
export type { OrganisationParams } from './i18n/sections/organisation.js'
export { LOCALES } from './i18n/locale.js'

export type { Explainable, ExplainOptions, IssueError } from './explain/explain.js'
export { explain } from './explain/explain.js'
export type { IssueLike } from './explain/issues.js'
export { explainIssue, explainIssues } from './explain/issues.js'

// ── programme: formality levels and policies ────────────────────────────────────────────────────
export type { FormalityLevel } from './programme/formality.js'
export { FORMALITY_LEVELS, compareFormality } from './programme/formality.js'
export type { MentorRequirements, MentorshipRequirements, ProgrammePolicy, Requirement } from './programme/policy.js'
export { REQUIREMENTS } from './programme/policy.js'
export { DEFAULT_POLICIES, defaultPolicy } from './programme/defaults.js'
export type { PolicyError } from './programme/parse-policy.js'
export { overridePolicy, parsePolicy } from './programme/parse-policy.js'
export { explainPolicyError } from './programme/explain-policy.js'
export type { PolicyOverrides } from './programme/policy-schema.js'
export { POLICY_BOUNDS, PolicyInputSchema, PolicyOverridesSchema, ProgrammePolicySchema } from './programme/policy-schema.js'

// ── readiness ───────────────────────────────────────────────────────────────────────────────────
export type { Gap, GapCode, MentorRule } from './readiness/gap.js'
export { GAP_CODES, MENTOR_RULES, RULE_OF_GAP } from './readiness/gap.js'
export type { InvalidReadinessInput, Readiness, ReadinessError } from './readiness/readiness.js'
export { assessReadiness } from './readiness/assess.js'
export type { ReadinessCounts, ReadinessInventory, TeamReadiness } from './readiness/inventory.js'
export { readinessInventory } from './readiness/inventory.js'
export { explainGap, explainReadiness } from './readiness/explain.js'
export { explainInventory } from './readiness/explain-inventory.js'

// ── machine core ────────────────────────────────────────────────────────────────────────────────
export type { Actor, PersonActor, Role } from './machine/actor.js'
export { ROLES } from './machine/actor.js'
export type { Refusal } from './machine/refusal.js'
export { REFUSAL_CODES } from './machine/refusal.js'
export type { Edge, EventOf, EventType, Machine, MachineTypes, RefusalOf, StateOf, Status, Table } from './machine/machine.js'
export { defineMachine } from './machine/machine.js'
export { explainFailed, explainRefusal } from './machine/explain.js'
// the mentor-role machine (readiness)
export type {
  Approval,
  Candidate,
  Encouragement,
  Interest,
  Mentoring,
  MentorRoleContext,
  MentorRoleEvent,
  MentorRoleProfile,
  MentorRoleRequirement,
  MentorRoleState,
  MentorRoleTypes,
} from './readiness/mentor-role-types.js'
export type { MentorRoleRefusal } from './readiness/mentor-role.js'
export {
  explainMentorRoleRefusal,
  explainMentorRoleRequirement,
  initialMentorRole,
  mentorRole,
  mentorRoleLoad,
} from './readiness/mentor-role.js'

// ── pairing: programme format, criteria, scores ─────────────────────────────────────────────────
export type {
  Affinity,
  AffinitySource,
  CriterionRule,
  MenteeRequest,
  Mode,
  PairRef,
  Programme,
  ProgrammeError,
  Purpose,
  Topic,
} from './programme/programme.js'
export { AFFINITY_SOURCES, MODES, PURPOSES, TOPICS } from './programme/programme.js'
export type { ParseProgrammeOptions } from './programme/parse-programme.js'
export { parseProgramme } from './programme/parse-programme.js'
export type { ProgrammeInput } from './programme/programme-schema.js'
export { AffinitySchema, CriterionRuleSchema, MenteeRequestSchema, PairSchema, ProgrammeSchema } from './programme/programme-schema.js'
export type {
  BoundCriterion,
  Criterion,
  CriterionSpec,
  Evaluation,
  MenteeInput,
  MentorInput,
  PairFacts,
  PreparedCriterion,
  RowKernel,
  ScoringContext,
} from './pairing/criterion.js'
export { defineCriterion } from './pairing/criterion.js'
export type { CriterionName } from './pairing/registry.js'
export { CRITERIA, CRITERION_NAMES, findCriterion, isBuiltInCriterion } from './pairing/registry.js'
export { DEFAULT_CRITERIA, defaultCriteria } from './pairing/defaults.js'
export type { ExpertiseCoverageReason } from './pairing/criteria/expertise-coverage.js'
export { ExpertiseCoverageParams } from './pairing/criteria/expertise-coverage.js'
export type { MentorReadyReason } from './pairing/criteria/mentor-ready.js'
export type { MoreExperiencedReason } from './pairing/criteria/more-experienced.js'
export { MoreExperiencedParams } from './pairing/criteria/more-experienced.js'
export type { AffinityKind, MutualAffinityReason } from './pairing/criteria/mutual-affinity.js'
export { MutualAffinityParams } from './pairing/criteria/mutual-affinity.js'
export type { NotReportingLineReason, ReportingRelation } from './pairing/criteria/not-reporting-line.js'
export type { SameLocationReason } from './pairing/criteria/same-location.js'
export type { SameTeamReason } from './pairing/criteria/same-team.js'
export type { SharedLanguageReason } from './pairing/criteria/shared-language.js'
export type { TopicSource, TopicStrengthReason } from './pairing/criteria/topic-strength.js'
export { DEFAULT_TOPIC_SOURCES, TopicSourceSchema, TopicStrengthParams } from './pairing/criteria/topic-strength.js'
export type { Hint, HintCode } from './pairing/hint.js'
export { mergeHints } from './pairing/hint.js'
export type {
  BreakdownRow,
  InvalidScoringInput,
  NotAMentee,
  PairScore,
  SameEmployee,
  ScoreError,
  Violation,
} from './pairing/pair-score.js'
export { scorePair } from './pairing/score-pair.js'
export type { CandidateLists, Candidates } from './pairing/candidates.js'
export type { ScoreMatrix } from './pairing/score-matrix.js'
export { buildScoreMatrix } from './pairing/score-matrix.js'
export { explainPairScore } from './pairing/explain.js'
export type { WhatIf } from './pairing/apply-hints.js'
export { applyHints } from './pairing/apply-hints.js'

// ── matching ────────────────────────────────────────────────────────────────────────────────────
export type {
  ComparedToOptimal,
  Exclusion,
  InvalidMatchInput,
  MatchedPair,
  MatchError,
  Matching,
  MatchOptions,
  MatchStrategy,
  TakenMentor,
  UnmatchedMentee,
  UnmatchedReason,
} from './matching/matching.js'
export { MATCH_STRATEGIES, UNMATCHED_REASONS } from './matching/matching.js'
export { match } from './matching/match.js'
export type { ExplainMatchingOptions } from './matching/explain.js'
export { explainMatching, explainUnmatched } from './matching/explain.js'

// ── mentorship lifecycle and accountability ─────────────────────────────────────────────────────
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
} from './mentorship/vocabulary.js'
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
} from './mentorship/vocabulary.js'
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
} from './mentorship/record.js'
export { EMPTY_RECORD } from './mentorship/record.js'
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
} from './mentorship/state.js'
export { FINAL_STATUSES, RUNNING_STATUSES } from './mentorship/state.js'
export type { Envelope, EventBody, GoalInput, MentorshipEvent, MentorshipEventOf, MentorshipEventType, OpeningEvent } from './mentorship/events.js'
export { EVENT_TYPES } from './mentorship/events.js'
export type { MentorshipContext, PairSummary, LevelPolicies } from './mentorship/context.js'
export { policyFor } from './mentorship/context.js'
export type { MentorshipFailed, MentorshipFailedCode } from './mentorship/failed.js'
export type { MentorshipRefusal, MentorshipTypes } from './mentorship/types.js'
export { MENTORSHIP_TABLE, mentorship, sequenceRefusal } from './mentorship/machine.js'
export { OPENING_ROLES, openMentorship } from './mentorship/opening.js'
export { EVENT_SCHEMAS } from './mentorship/events-schema.js'
export { parseEvent } from './mentorship/parse-event.js'
export type { EventError, LogContext, MentorshipLog, ReplayError } from './mentorship/log.js'
export { apply, replay } from './mentorship/log.js'
export { explainMentorshipFailed, explainMentorshipRefusal } from './mentorship/explain.js'

// accountability
export type { DueState } from './accountability/due.js'
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
} from './accountability/status-types.js'
export { ACTION_KINDS, HEALTHS } from './accountability/status-types.js'
export { accountabilityStatus } from './accountability/status.js'
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
} from './accountability/outcome-types.js'
export { RATERS } from './accountability/outcome-types.js'
export { mentorshipOutcomes } from './accountability/outcomes.js'
export { MINIMUM_GROUP, programmeOutcomes } from './accountability/programme-outcomes.js'
export { mentorLearningSummary } from './accountability/mentor-learning.js'
export type { Mentorships } from './accountability/mentorships.js'
export type { MentorLoad, OverdueItem, ProgrammeReport, ProgrammeReportError, ProgrammeReportOptions } from './accountability/report-types.js'
export { programmeReport } from './accountability/report.js'
export { explainAccountability, explainProgrammeReport } from './accountability/explain.js'
