/**
 * A mentorship refusal as issues, for event logs: each with the path of the event field it is
 * about and the message from the catalogue.
 * @module
 * @internal
 */
import { match } from 'ts-pattern'
import { issue, type Issue } from '../errors/issue.js'
import type { MessageCode, MessageParams } from '../i18n/messages.js'
import type { MentorshipFailed } from './failed.js'
import type { MentorshipRefusal } from './types.js'

/** A failed requirement as an issue: its code, and its other fields as the params. */
const failedIssue = (f: MentorshipFailed): Issue => {
  const { code, ...params } = f
  return issue(code as MessageCode, [], params as unknown as MessageParams[MessageCode])
}

/**
 * The issues of a refusal: the event `type` not allowed in the status, the `actor` not permitted,
 * each failed requirement, the `seq` in conflict, the `at` out of order.
 * @example
 * refusalIssues({ code: 'version-conflict', expected: 3, actual: 5 })[0]?.path // ['seq']
 * @since 0.1.0
 * @internal
 */
export const refusalIssues = (r: MentorshipRefusal): Issue[] =>
  match(r)
    .with({ code: 'not-allowed-in-state' }, (x) => [issue(x.code, ['type'], { status: x.status, event: x.event })])
    .with({ code: 'actor-not-permitted' }, (x) => [issue(x.code, ['actor'], { role: x.role, event: x.event })])
    .with({ code: 'guard-failed' }, (x) => x.failed.map(failedIssue))
    .with({ code: 'version-conflict' }, (x) => [issue(x.code, ['seq'], { expected: x.expected, actual: x.actual })])
    .with({ code: 'out-of-order' }, (x) => [issue(x.code, ['at'], { at: x.at, last: x.last })])
    .exhaustive()
