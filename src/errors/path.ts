/**
 * JSON paths as text.
 * @module
 */
import type { Path } from './issue.js'

/**
 * A path as a JavaScript-like accessor: `employees[4].managerId`; the root is `$`.
 * @example
 * formatPath(['employees', 4, 'managerId']) // 'employees[4].managerId'
 * @since 0.1.0
 */
export const formatPath = (path: Path): string => {
  if (path.length === 0) return '$'
  return path
    .map((k, i) =>
      typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$-]*$/.test(k) ? (i === 0 ? k : `.${k}`) : `[${JSON.stringify(k)}]`,
    )
    .join('')
}
