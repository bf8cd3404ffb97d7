/**
 * Why a machine refused an event, as data. A refused event leaves the state as it was.
 * @module
 */

/**
 * A refusal (CONTRACT §8), over a machine's statuses `S`, event types `T` and failed requirements
 * `F`:
 * - `not-allowed-in-state`: no event of this type leaves this status;
 * - `actor-not-permitted`: the actor's role may not do this event (or the person does not hold
 *   that role here, e.g. a manager outside the employee's reporting line);
 * - `guard-failed`: the event is allowed but requirements are not met; `failed` lists them all;
 * - `version-conflict`: an event log expected event number `expected` but got `actual`;
 * - `out-of-order`: an event log received an event at `at`, before the last one at `last`.
 * @example
 * const r: Refusal<'ready', 'approve', never> = { code: 'not-allowed-in-state', status: 'ready', event: 'approve' }
 * @since 0.1.0
 */
export type Refusal<S extends string = string, T extends string = string, F = unknown> =
  | { readonly code: 'not-allowed-in-state'; readonly status: S; readonly event: T }
  | { readonly code: 'actor-not-permitted'; readonly role: string; readonly event: T }
  | { readonly code: 'guard-failed'; readonly event: T; readonly failed: readonly F[] }
  | { readonly code: 'version-conflict'; readonly expected: number; readonly actual: number }
  | { readonly code: 'out-of-order'; readonly at: string; readonly last: string }

/**
 * The codes of {@link Refusal}.
 * @example
 * REFUSAL_CODES.includes('guard-failed') // true
 * @since 0.1.0
 */
export const REFUSAL_CODES = [
  'not-allowed-in-state',
  'actor-not-permitted',
  'guard-failed',
  'version-conflict',
  'out-of-order',
] as const satisfies readonly Refusal['code'][]
