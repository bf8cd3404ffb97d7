/**
 * The public names of readiness: assessments, gaps, inventories and the mentor-role machine.
 * @module
 */
export type { Gap, GapCode, MentorRule } from './gap.js'
export { GAP_CODES, MENTOR_RULES, RULE_OF_GAP } from './gap.js'
export type { InvalidReadinessInput, Readiness, ReadinessError } from './readiness.js'
export { assessReadiness } from './assess.js'
export type { ReadinessCounts, ReadinessInventory, TeamReadiness } from './inventory.js'
export { readinessInventory } from './inventory.js'
export { explainGap, explainReadiness } from './explain.js'
export { explainInventory } from './explain-inventory.js'
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
} from './mentor-role-types.js'
export type { MentorRoleRefusal } from './mentor-role.js'
export {
  explainMentorRoleRefusal,
  explainMentorRoleRequirement,
  initialMentorRole,
  mentorRole,
  mentorRoleLoad,
} from './mentor-role.js'
