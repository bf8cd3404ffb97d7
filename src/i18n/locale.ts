/**
 * Locales and the shape of a message catalogue.
 * @module
 */

/**
 * The languages the library speaks.
 * @example
 * LOCALES // ['en', 'nl']
 * @since 0.1.0
 */
export const LOCALES = ['en', 'nl'] as const

/**
 * One of {@link LOCALES}.
 * @example
 * const l: Locale = 'nl'
 * @since 0.1.0
 */
export type Locale = (typeof LOCALES)[number]

/**
 * A catalogue for a map `P` from message code to its parameters: one renderer per code.
 * @example
 * const en = { hello: (p: { name: string }) => `Hello ${p.name}` } satisfies Catalogue<{ hello: { name: string } }>
 * @since 0.1.0
 */
export type Catalogue<P> = { readonly [K in keyof P]: (params: P[K]) => string }

/**
 * A catalogue section: the same codes in English and in Dutch.
 * @internal
 */
export interface Section<P> {
  readonly en: Catalogue<P>
  readonly nl: Catalogue<P>
}
