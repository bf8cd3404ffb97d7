/**
 * The TSDoc check behind `tsdoc-examples.test.ts`: collect every export of the public entry points
 * (following re-exports to the declaration with the type checker), read its TSDoc, and type-check
 * every `@example` as a module of its own against the public API, all examples in one program.
 *
 * Each example becomes an in-memory file next to this one that starts with an import of every
 * public name of its entry point the example does not declare itself (the `testing` entry point's
 * examples also see the root's names), and sees the fixtures of `tsdoc-fixtures.ts` as globals.
 * The project's compiler options apply (strict, exactOptionalPropertyTypes, ...). Imports from
 * `mentorschap`, `mentorschap/solve` and `mentorschap/testing` inside an example are pointed at the
 * sources. Unused names are not errors.
 */
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { exampleCode, parseDoc, type DocComment } from './tsdoc-parse.js'

/** A public entry point: its source file and the specifier hosts import it by. */
export interface Entry {
  readonly file: string
  readonly specifier: string
}

/** A global a `@example` may use without building it: `declare const name: type`. */
export interface Fixture {
  readonly name: string
  /** A type expression over the public names of the entry point `from` (default: the first). */
  readonly type: string
  readonly from?: string
}

/** One TSDoc comment of an export's declaration, where it is. */
export interface DeclarationDoc {
  readonly file: string
  readonly line: number
  readonly meaning: 'value' | 'type'
  readonly doc: DocComment | null
}

/** One export of an entry point, resolved to its declarations. */
export interface PublicExport {
  readonly entry: Entry
  readonly name: string
  readonly typeOnly: boolean
  readonly docs: readonly DeclarationDoc[]
}

/** An example that does not compile, with every diagnostic, each with its line in the source file. */
export interface ExampleFailure {
  readonly name: string
  readonly file: string
  readonly line: number
  readonly messages: readonly string[]
}

/** What the check found. `problems` and `failures` are empty when all is well. */
export interface TsdocReport {
  readonly exports: readonly PublicExport[]
  readonly examples: number
  /** Exports without TSDoc, without `@example` or without `@since`, one line each. */
  readonly problems: readonly string[]
  readonly failures: readonly ExampleFailure[]
}

/** The options of the check. Paths are absolute or relative to `root`. */
export interface TsdocCheckOptions {
  readonly root: string
  readonly entries: readonly Entry[]
  readonly fixtures: readonly Fixture[]
  /** In-memory files that replace or add to the disk (for the check's own tests). */
  readonly overlay?: ReadonlyMap<string, string>
  /** Where the example files are placed (in memory); default `test/docs/.tsdoc-examples`. */
  readonly scratch?: string
}

/** Diagnostics about unused names: an example may import or declare more than it uses. */
const UNUSED = new Set([6133, 6138, 6192, 6196, 6198, 6199, 6205])

/** The project's compiler options from `tsconfig.json`, without emit. */
export const projectOptions = (root: string): ts.CompilerOptions => {
  const path = join(root, 'tsconfig.json')
  const read = ts.readConfigFile(path, (p) => ts.sys.readFile(p))
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, path)
  return { ...parsed.options, noEmit: true }
}

/** Parsed files of the disk, shared by every program of this process (they do not change). */
const diskCache = new Map<string, ts.SourceFile>()

/** A compiler host that reads `overlay` before the disk and caches what it parses from disk. */
const makeHost = (options: ts.CompilerOptions, overlay: ReadonlyMap<string, string>): ts.CompilerHost => {
  const host = ts.createCompilerHost(options, true)
  const read = host.readFile.bind(host)
  const exists = host.fileExists.bind(host)
  return {
    ...host,
    fileExists: (f) => overlay.has(resolve(f)) || exists(f),
    readFile: (f) => overlay.get(resolve(f)) ?? read(f),
    directoryExists: (d) => [...overlay.keys()].some((k) => k.startsWith(`${resolve(d)}/`)) || ts.sys.directoryExists(d),
    getSourceFile: (f, lang) => {
      const text = overlay.get(resolve(f))
      if (text !== undefined) return ts.createSourceFile(f, text, lang, true)
      const key = `${resolve(f)}|${JSON.stringify(lang)}`
      const cached = diskCache.get(key)
      if (cached !== undefined) return cached
      const source = read(f)
      if (source === undefined) return undefined
      const sf = ts.createSourceFile(f, source, lang, true)
      diskCache.set(key, sf)
      return sf
    },
  }
}

/** The nearest TSDoc comment of a declaration, parsed, or null. */
const docOf = (decl: ts.Declaration): { doc: DocComment | null; line: number } => {
  const sf = decl.getSourceFile()
  const jsDocs = ts.getJSDocCommentsAndTags(decl).filter(ts.isJSDoc)
  const jsDoc = jsDocs.at(-1)
  const at = jsDoc?.pos ?? decl.getStart(sf)
  const line = sf.getLineAndCharacterOfPosition(at).line + 1
  if (jsDoc === undefined) return { doc: null, line }
  return { doc: parseDoc(sf.text.slice(jsDoc.pos, jsDoc.end), line), line }
}

const meaningOf = (decl: ts.Declaration): 'value' | 'type' =>
  ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl) || ts.isTypeParameterDeclaration(decl) ? 'type' : 'value'

/**
 * The documented declarations of a symbol, one per meaning (value, type): for each meaning the
 * first declaration with a TSDoc comment (overloads carry it on the first), else the first one.
 */
const declarationDocs = (symbol: ts.Symbol, root: string): DeclarationDoc[] => {
  const decls = symbol.declarations ?? []
  return (['value', 'type'] as const).flatMap((meaning) => {
    const found = decls.filter((d) => meaningOf(d) === meaning).map((d) => ({ d, ...docOf(d) }))
    const pick = found.find((f) => f.doc !== null) ?? found[0]
    if (pick === undefined) return []
    return [{ file: relative(root, pick.d.getSourceFile().fileName), line: pick.line, meaning, doc: pick.doc }]
  })
}

/** Whether an export is type-only: declared as a type, or re-exported with `export type`. */
const isTypeOnly = (exported: ts.Symbol, target: ts.Symbol): boolean => {
  const spec = exported.declarations?.find(ts.isExportSpecifier)
  const typeOnlyExport = spec !== undefined && (spec.isTypeOnly || spec.parent.parent.isTypeOnly)
  return typeOnlyExport || (target.flags & ts.SymbolFlags.Value) === 0
}

/** Every export of every entry point, in entry order; an export seen before keeps its first entry. */
export const collectExports = (program: ts.Program, entries: readonly Entry[], root: string): PublicExport[] => {
  const checker = program.getTypeChecker()
  const seen = new Set<ts.Symbol>()
  return entries.flatMap((entry) => {
    const sf = program.getSourceFile(resolve(root, entry.file))
    const module = sf === undefined ? undefined : checker.getSymbolAtLocation(sf)
    if (module === undefined) throw new Error(`entry point ${entry.file} not found`)
    return checker.getExportsOfModule(module).flatMap((exported) => {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      if (seen.has(target)) return []
      seen.add(target)
      return [{ entry, name: exported.name, typeOnly: isTypeOnly(exported, target), docs: declarationDocs(target, root) }]
    })
  })
}

/** What is missing in an export's TSDoc: one line per export and meaning, empty when complete. */
export const docProblems = (e: PublicExport): string[] =>
  e.docs.flatMap((d) => {
    const where = `${e.name}${e.docs.length > 1 ? ` (${d.meaning})` : ''} [${e.entry.specifier}] ${d.file}:${d.line}`
    if (d.doc === null) return [`${where}: no TSDoc comment`]
    const has = (tag: string): boolean => d.doc?.tags.some((t) => t.name === tag) ?? false
    const missing = [
      ...(d.doc.summary === '' ? ['a summary'] : []),
      ...(has('example') && d.doc.tags.some((t) => t.name === 'example' && exampleCode(t).code !== '') ? [] : ['an @example']),
      ...(has('since') ? [] : ['@since']),
    ]
    return missing.length === 0 ? [] : [`${where}: missing ${missing.join(', ')}`]
  })

/** The names a module declares or imports at its top level (they must not be imported again). */
export const topLevelNames = (code: string): Set<string> => {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, false)
  const names = new Set<string>()
  const bind = (n: ts.BindingName): void => {
    if (ts.isIdentifier(n)) names.add(n.text)
    else for (const el of n.elements) if (!ts.isOmittedExpression(el)) bind(el.name)
  }
  for (const s of sf.statements) {
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) bind(d.name)
    else if (ts.isImportDeclaration(s)) {
      const clause = s.importClause
      if (clause?.name !== undefined) names.add(clause.name.text)
      const nb = clause?.namedBindings
      if (nb !== undefined && ts.isNamespaceImport(nb)) names.add(nb.name.text)
      else if (nb !== undefined) for (const el of nb.elements) names.add(el.name.text)
    } else if (
      (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) ||
        ts.isTypeAliasDeclaration(s) || ts.isEnumDeclaration(s) || ts.isModuleDeclaration(s) ||
        ts.isImportEqualsDeclaration(s)) &&
      s.name !== undefined && ts.isIdentifier(s.name)
    ) names.add(s.name.text)
  }
  return names
}

/** A relative module specifier from directory `from` to source file `file` (`.ts` -> `.js`). */
const specifierTo = (from: string, file: string): string => {
  const rel = relative(from, file).replace(/\\/g, '/').replace(/\.ts$/, '.js')
  return rel.startsWith('.') ? rel : `./${rel}`
}

/** One example as a file: its path, its text, and how many lines come before the example's code. */
interface ExampleFile {
  readonly path: string
  readonly text: string
  readonly prefix: number
  readonly owner: PublicExport
  readonly decl: DeclarationDoc
  readonly lines: readonly number[]
}

/** The import lines of an example of `owner` that declares `own` itself. */
const importsFor = (owner: PublicExport, all: readonly PublicExport[], own: ReadonlySet<string>, dir: string, root: string): string[] => {
  const entries = owner.entry.specifier.endsWith('/testing')
    ? [owner.entry.specifier, ...new Set(all.map((e) => e.entry.specifier))]
    : [owner.entry.specifier]
  const taken = new Set(own)
  return [...new Set(entries)].flatMap((spec) => {
    const names = all.filter((e) => e.entry.specifier === spec && !taken.has(e.name))
    for (const n of names) taken.add(n.name)
    const file = all.find((e) => e.entry.specifier === spec)?.entry.file
    if (names.length === 0 || file === undefined) return []
    const list = names.map((n) => (n.typeOnly ? `type ${n.name}` : n.name)).join(', ')
    return [`import { ${list} } from '${specifierTo(dir, resolve(root, file))}'`]
  })
}

/** Point imports of an entry point (`from 'mentorschap/solve'`) at its source, seen from directory `dir`. */
const redirect = (code: string, entries: readonly Entry[], dir: string, root: string): string =>
  code.replace(/(\bfrom\s+|\bimport\s*\(\s*)(['"])([^'"\n]+)\2/g, (whole, lead: string, _q: string, spec: string) => {
    const entry = entries.find((e) => e.specifier === spec)
    return entry === undefined ? whole : `${lead}'${specifierTo(dir, resolve(root, entry.file))}'`
  })

/** Every example of every export as a file. */
const exampleFiles = (all: readonly PublicExport[], entries: readonly Entry[], scratch: string, root: string): ExampleFile[] =>
  all.flatMap((owner) =>
    owner.docs.flatMap((decl) =>
      (decl.doc?.tags ?? [])
        .filter((t) => t.name === 'example')
        .map(exampleCode)
        .filter((ex) => ex.code !== '')
        .map((ex, k) => {
          const dir = join(scratch, owner.entry.specifier.replace(/\W+/g, '-'))
          const path = join(dir, `${owner.name}.${decl.meaning}.${k + 1}.ts`)
          const imports = importsFor(owner, all, topLevelNames(ex.code), dir, root)
          const text = [...imports, redirect(ex.code, entries, dir, root), 'export {}', ''].join('\n')
          return { path, text, prefix: imports.length, owner, decl, lines: ex.lines }
        }),
    ),
  )

/** The fixtures as a global script: `declare const org: import('...').Organisation`, ... */
const preludeText = (fixtures: readonly Fixture[], all: readonly PublicExport[], entries: readonly Entry[], dir: string, root: string): string =>
  fixtures
    .map((f) => {
      const entry = entries.find((e) => e.specifier === (f.from ?? entries[0]?.specifier))
      if (entry === undefined) return `declare const ${f.name}: unknown // no entry point ${f.from ?? ''}`
      const names = new Set(all.filter((e) => e.entry === entry).map((e) => e.name))
      const spec = specifierTo(dir, resolve(root, entry.file))
      const type = f.type.replace(/\b[A-Za-z_]\w*\b/g, (n) => (names.has(n) ? `import('${spec}').${n}` : n))
      return `declare const ${f.name}: ${type}`
    })
    .join('\n')

const flatten = (d: ts.Diagnostic): string => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`

/** The failures of one example file in a program, each diagnostic with the source line it is on. */
const failuresOf = (program: ts.Program, f: ExampleFile): ExampleFailure[] => {
  const sf = program.getSourceFile(f.path)
  if (sf === undefined) return [{ name: f.owner.name, file: f.decl.file, line: f.lines[0] ?? f.decl.line, messages: ['example file missing'] }]
  const diags = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].filter((d) => !UNUSED.has(d.code))
  if (diags.length === 0) return []
  const messages = diags.map((d) => {
    const at = d.start === undefined ? -1 : sf.getLineAndCharacterOfPosition(d.start).line - f.prefix
    const line = f.lines[at]
    const code = sf.text.split('\n')[at + f.prefix]?.trim() ?? ''
    return line === undefined ? `(imports) ${flatten(d)}` : `line ${line}: ${flatten(d)}\n| ${code}`
  })
  return [{ name: f.owner.name, file: f.decl.file, line: f.lines[0] ?? f.decl.line, messages }]
}

/** Run the whole check: exports, their TSDoc, and every example compiled in one program. */
export const checkTsdoc = (opts: TsdocCheckOptions): TsdocReport => {
  const root = resolve(opts.root)
  const scratch = resolve(root, opts.scratch ?? 'test/docs/.tsdoc-examples')
  const overlay = new Map([...(opts.overlay ?? new Map<string, string>())].map(([k, v]) => [resolve(root, k), v]))
  const options = projectOptions(root)
  const entryFiles = opts.entries.map((e) => resolve(root, e.file))
  const first = ts.createProgram({ rootNames: entryFiles, options, host: makeHost(options, overlay) })
  const exports = collectExports(first, opts.entries, root)
  const files = exampleFiles(exports, opts.entries, scratch, root)
  const prelude = join(scratch, 'fixtures.d.ts')
  for (const f of files) overlay.set(f.path, f.text)
  overlay.set(prelude, preludeText(opts.fixtures, exports, opts.entries, dirname(prelude), root))
  const program = ts.createProgram({
    rootNames: [prelude, ...files.map((f) => f.path)],
    options,
    host: makeHost(options, overlay),
    oldProgram: first,
  })
  const preludeSf = program.getSourceFile(prelude)
  const preludeErrors = preludeSf === undefined ? [] : program.getSemanticDiagnostics(preludeSf).map((d) => `fixtures: ${flatten(d)}`)
  return {
    exports,
    examples: files.length,
    problems: [...preludeErrors, ...exports.flatMap(docProblems)],
    failures: files.flatMap((f) => failuresOf(program, f)),
  }
}

/** A failure as text: `src/x.ts:12 name: line 13: TS2304: Cannot find name 'y'.` */
export const formatFailure = (f: ExampleFailure): string =>
  [`${f.file}:${f.line} ${f.name}`, ...f.messages.map((m) => `    ${m.replace(/\n/g, '\n      ')}`)].join('\n')
