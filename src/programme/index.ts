/**
 * The public names of programmes: formality levels, policies, the programme format.
 * @module
 */
export type { FormalityLevel } from './formality.js'
export { FORMALITY_LEVELS, compareFormality } from './formality.js'
export type { MentorRequirements, MentorshipRequirements, ProgrammePolicy, Requirement } from './policy.js'
export { REQUIREMENTS } from './policy.js'
export { DEFAULT_POLICIES, defaultPolicy } from './defaults.js'
export type { PolicyError } from './parse-policy.js'
export { overridePolicy, parsePolicy } from './parse-policy.js'
export { explainPolicyError } from './explain-policy.js'
export type { PolicyOverrides } from './policy-schema.js'
export { POLICY_BOUNDS, PolicyInputSchema, PolicyOverridesSchema, ProgrammePolicySchema } from './policy-schema.js'
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
} from './programme.js'
export { AFFINITY_SOURCES, MODES, PURPOSES, TOPICS } from './programme.js'
export type { ParseProgrammeOptions } from './parse-programme.js'
export { parseProgramme } from './parse-programme.js'
export type { ProgrammeInput } from './programme-schema.js'
export { AffinitySchema, CriterionRuleSchema, MenteeRequestSchema, PairSchema, ProgrammeSchema } from './programme-schema.js'
