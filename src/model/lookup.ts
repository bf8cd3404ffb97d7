/**
 * Looking up employees by the plain id strings of the JSON.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { render } from '../i18n/messages.js'
import type { Employee, Organisation } from './organisation.js'

/**
 * An id that is not in the organisation.
 * @example
 * const err: UnknownEmployee = { code: 'unknown-employee', id: 'e99', message: 'No employee with id e99.' }
 * @since 0.1.0
 */
export interface UnknownEmployee {
  readonly code: 'unknown-employee'
  readonly id: string
  readonly message: string
}

/**
 * The error for an id that is not in the organisation.
 * @example
 * unknownEmployee('e99').code // 'unknown-employee'
 * @since 0.1.0
 */
export const unknownEmployee = (id: string): UnknownEmployee => ({
  code: 'unknown-employee',
  id,
  message: render('en', 'unknown-employee', { id }),
})

/**
 * The employee with id `id`, or `Left(unknown-employee)`.
 * @example
 * lookupEmployee(org, 'e1') // Right(employee)
 * lookupEmployee(org, 'nobody') // Left({ code: 'unknown-employee', id: 'nobody', ... })
 * @since 0.1.0
 */
export const lookupEmployee = (org: Organisation, id: string): E.Either<UnknownEmployee, Employee> => {
  const found = org.index.employeeById.get(id as Employee['id'])
  return found === undefined ? E.left(unknownEmployee(id)) : E.right(found)
}
