/**
 * The public names of matching: optimal, stable and greedy, with reasons.
 * @module
 */
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
} from './matching.js'
export { MATCH_STRATEGIES, UNMATCHED_REASONS } from './matching.js'
export { match } from './match.js'
export type { ExplainMatchingOptions } from './explain.js'
export { explainMatching, explainUnmatched } from './explain.js'
