/**
 * `mentorschap/solve`: pure numeric solvers for assignment and stable matching. No domain types.
 * @module
 */
export type { Assignment } from './assignment.js'
export { solveAssignment } from './assignment.js'
export type { DenseCosts } from './dense-input.js'
export type { AssignmentOptions } from './options.js'
export type { SolveError, SolveIssue } from './errors.js'
export { MAX_ISSUES } from './errors.js'
export type { SolveCode, SolveMessages, SolveParams } from './messages.js'
export { SOLVE_EN } from './messages.js'
export { solveSparseAssignment } from './sparse-assignment.js'
export type { Candidate } from './sparse-input.js'
export type { CompressedCandidates } from './sparse-csr.js'
export type { StableMatching } from './stable.js'
export { solveStable } from './stable.js'
export type { StableProblem } from './stable-input.js'
export { MAX_SIZE } from './options.js'
