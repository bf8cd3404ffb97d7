/**
 * `mentorschap`: mentoring between employees as typed state machines and pure matching functions.
 * This barrel holds names only: each module lists its public names in its own `index.ts`.
 * @module
 */
export * from './model/index.js'
export * from './errors/index.js'
export * from './i18n/index.js'
export * from './explain/index.js'
export * from './programme/index.js'
export * from './readiness/index.js'
export * from './machine/index.js'
export * from './pairing/index.js'
export * from './matching/index.js'
export * from './mentorship/index.js'
export * from './accountability/index.js'
