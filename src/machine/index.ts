/**
 * The public names of the state-machine core.
 * @module
 */
export type { Actor, PersonActor, Role } from './actor.js'
export { ROLES } from './actor.js'
export type { Refusal } from './refusal.js'
export { REFUSAL_CODES } from './refusal.js'
export type { Edge, EventOf, EventType, Machine, MachineTypes, RefusalOf, StateOf, Status, Table } from './machine.js'
export { defineMachine } from './machine.js'
export { explainFailed, explainRefusal } from './explain.js'
