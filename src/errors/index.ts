/**
 * The public names of issues: errors as data.
 * @module
 */
export type { Issue, Path } from './issue.js'
