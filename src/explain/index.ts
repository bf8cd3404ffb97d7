/**
 * The public names of explain: any result or error as text.
 * @module
 */
export type { Explainable, ExplainOptions, IssueError } from './explain.js'
export { explain } from './explain.js'
export type { IssueLike } from './issues.js'
export { explainIssue, explainIssues } from './issues.js'
