/**
 * The public names of pairing: criteria, pair scores and the score matrix.
 * @module
 */
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
} from './criterion.js'
export { defineCriterion } from './criterion.js'
export type { CriterionName } from './registry.js'
export { CRITERIA, CRITERION_NAMES, findCriterion, isBuiltInCriterion } from './registry.js'
export { DEFAULT_CRITERIA, defaultCriteria } from './defaults.js'
export type { ExpertiseCoverageReason } from './criteria/expertise-coverage.js'
export { ExpertiseCoverageParams } from './criteria/expertise-coverage.js'
export type { MentorReadyReason } from './criteria/mentor-ready.js'
export type { MoreExperiencedReason } from './criteria/more-experienced.js'
export { MoreExperiencedParams } from './criteria/more-experienced.js'
export type { AffinityKind, MutualAffinityReason } from './criteria/mutual-affinity.js'
export { MutualAffinityParams } from './criteria/mutual-affinity.js'
export type { NotReportingLineReason, ReportingRelation } from './criteria/not-reporting-line.js'
export type { SameLocationReason } from './criteria/same-location.js'
export type { SameTeamReason } from './criteria/same-team.js'
export type { SharedLanguageReason } from './criteria/shared-language.js'
export type { TopicSource, TopicStrengthReason } from './criteria/topic-strength.js'
export { DEFAULT_TOPIC_SOURCES, TopicSourceSchema, TopicStrengthParams } from './criteria/topic-strength.js'
export type { Hint, HintCode } from './hint.js'
export { mergeHints } from './hint.js'
export type {
  BreakdownRow,
  InvalidScoringInput,
  NotAMentee,
  PairScore,
  SameEmployee,
  ScoreError,
  Violation,
} from './pair-score.js'
export { scorePair } from './score-pair.js'
export type { CandidateLists, Candidates } from './candidates.js'
export type { ScoreMatrix } from './score-matrix.js'
export { buildScoreMatrix } from './score-matrix.js'
export { explainPairScore } from './explain.js'
export type { WhatIf } from './apply-hints.js'
export { applyHints } from './apply-hints.js'
