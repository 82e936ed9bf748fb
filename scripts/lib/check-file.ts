/**
 * Checks the text of one data file for the people who edit it, and says every problem in one
 * run, in French, with its line and column: first the syntax (« virgule en trop »), then the
 * schema, record by record (« événement n° 25, « Forum de l’emploi », champ start : … »),
 * then the rules the app tolerates but a person should hear about, then the photos and
 * documents missing from the site's files.
 */
import {
  createScanner,
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  SyntaxKind,
  getNodeValue,
  type Node,
  type ParseError,
} from 'jsonc-parser'
import * as v from 'valibot'

export interface Finding {
  line: number
  column: number
  message: string
  /** An error fails `check:data`; a warning is printed only. */
  severity: 'error' | 'warning'
}

export interface FileSpec {
  key: string
  schema: v.GenericSchema
}

/** How a record of each file is named in the messages. */
const NOUNS: Partial<Record<string, string>> = { events: 'événement', publications: 'publication', articles: 'article' }

/** Fields whose value is an address, not a text. */
const ADDRESS_FIELDS = new Set(['src', 'thumb', 'url'])
/** Addresses of pictures: files of the site only, as the Content-Security-Policy allows. */
const PHOTO_FIELDS = new Set(['src', 'thumb'])
const SCHEME = /^[a-z][a-z0-9+.-]*:/i
const MARKUP = /<\/?[a-z][^<>]*>|&(?:[a-z]+|#\d+);/i

const PARSE_ERRORS: Partial<Record<string, string>> = {
  InvalidSymbol: 'caractère inattendu',
  ValueExpected: 'valeur attendue',
  ColonExpected: '« : » attendu après le nom du champ',
  CommaExpected: 'virgule attendue entre deux valeurs',
  CloseBraceExpected: '« } » attendu',
  CloseBracketExpected: '« ] » attendu',
  PropertyNameExpected: 'nom de champ entre guillemets attendu',
  EndOfFileExpected: 'texte en trop après la fin',
  UnexpectedEndOfString: 'guillemet fermant manquant',
  UnexpectedEndOfComment: 'commentaire non fermé',
  InvalidCommentToken: 'les commentaires ne sont pas permis',
}

/** Mistakes that leave the rest of the file readable: the other checks still run. */
const RECOVERABLE = new Set(['CommaExpected', 'InvalidCommentToken'])

export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

function explainSymbol(character: string | undefined): string {
  if (character && '“”«»'.includes(character))
    return `guillemet typographique ${character} : les textes s’écrivent entre guillemets droits "`
  if (character && "'‘’".includes(character)) return `apostrophe ${character} : les textes s’écrivent entre guillemets droits "`
  return 'caractère inattendu'
}

/** Commas just before a `]` or `}`: JSON forbids them, and they are the commonest slip. */
function trailingCommas(text: string): number[] {
  const scanner = createScanner(text, true)
  const offsets: number[] = []
  let comma = -1
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) continue
    if ((kind === SyntaxKind.CloseBracketToken || kind === SyntaxKind.CloseBraceToken) && comma >= 0) offsets.push(comma)
    comma = kind === SyntaxKind.CommaToken ? scanner.getTokenOffset() : -1
  }
  return offsets
}

function syntax(text: string): { tree: Node | undefined; findings: Finding[]; readable: boolean } {
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: true })
  const found = [
    ...trailingCommas(text).map((offset) => ({ offset, message: 'virgule en trop avant la fin de la liste ou de l’objet' })),
    ...errors.map(({ error, offset }) => {
      const code = printParseErrorCode(error)
      return { offset, message: code === 'InvalidSymbol' ? explainSymbol(text[offset]) : (PARSE_ERRORS[code] ?? code) }
    }),
  ].sort((a, b) => a.offset - b.offset)
  const findings = found.map(({ offset, message }) => ({
    ...position(text, offset),
    message: `JSON invalide : ${message}`,
    severity: 'error' as const,
  }))
  if (tree === undefined) findings.push({ line: 1, column: 1, message: 'JSON invalide : fichier vide', severity: 'error' })
  const readable = tree !== undefined && errors.every(({ error }) => RECOVERABLE.has(printParseErrorCode(error)))
  return { tree, findings, readable }
}

/** « événement n° 25, « Forum de l’emploi » »: numbered from 1, named by its title. */
export function recordName(noun: string, index: number, record: unknown): string {
  const field = (name: string) => {
    const value = typeof record === 'object' && record !== null ? Reflect.get(record, name) : undefined
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  const title = field('title') ?? field('id')
  const shown = title && title.length > 60 ? `${title.slice(0, 59)}…` : title
  return `${noun} n° ${index + 1}${shown ? `, « ${shown} »` : ''}`
}

type Path = (string | number)[]

function schemaIssues(record: unknown, schema: v.GenericSchema): { path: Path; reason: string }[] {
  const result = v.safeParse(schema, record)
  if (result.success) return []
  const seen = new Set<string>()
  const issues: { path: Path; reason: string }[] = []
  for (const issue of result.issues) {
    const path = (issue.path ?? []).map((step) => (typeof step.key === 'number' ? step.key : String(step.key)))
    const key = path.join('.')
    if (seen.has(key)) continue // a value's first problem is enough: « 2017-02-30 » is not « a date » twice
    seen.add(key)
    const missing = issue.type === 'object' && issue.received === 'undefined' && path.length > 0
    const empty = issue.input === '' && !missing
    issues.push({
      path,
      reason: missing ? 'champ obligatoire manquant' : `${issue.message}${empty ? ' (le champ est vide : remplissez-le)' : ''}`,
    })
  }
  return issues
}

/** Every string of a record with its path (addresses and texts alike). */
function strings(value: unknown, path: Path = []): { path: Path; value: string }[] {
  if (typeof value === 'string') return [{ path, value }]
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, index]))
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]))
  return []
}

/** Rules beyond the schema: times of a day in order, pictures from the site, text without markup. */
function recordRules(record: unknown): { path: Path; reason: string; severity: Finding['severity'] }[] {
  const found: { path: Path; reason: string; severity: Finding['severity'] }[] = []
  const field = (name: string) => (typeof record === 'object' && record !== null ? Reflect.get(record, name) : undefined)
  const [start, end, startTime, endTime] = ['start', 'end', 'startTime', 'endTime'].map(field)
  if (typeof startTime === 'string' && typeof endTime === 'string' && endTime < startTime) {
    const oneDay = !end || end === start
    found.push({
      path: ['endTime'],
      reason: `l’heure de fin (${endTime}) précède l’heure de début (${startTime})${oneDay ? '' : ' : sur plusieurs jours, les heures valent pour chaque jour'}`,
      severity: 'error',
    })
  }
  for (const { path, value } of strings(record)) {
    const name = path.at(-1)
    if (typeof name === 'string' && PHOTO_FIELDS.has(name) && /^https?:\/\//i.test(value)) {
      found.push({
        path,
        reason:
          'une image doit être un fichier du site (images/…), pas l’adresse d’un autre site : la politique de sécurité du site l’empêcherait de s’afficher',
        severity: 'error',
      })
    } else if (typeof name === 'string' && !ADDRESS_FIELDS.has(name) && MARKUP.test(value)) {
      const markup = MARKUP.exec(value)?.[0] ?? ''
      found.push({ path, reason: `balisage HTML (${markup}) : le site affiche le texte tel quel, balises comprises`, severity: 'warning' })
    }
  }
  return found
}

/** Addresses of files of the site (`images/…`, `/files/…`) as paths under the public folder. */
function localFiles(record: unknown): { path: Path; file: string }[] {
  return strings(record).flatMap(({ path, value }) => {
    const name = path.at(-1)
    if (typeof name !== 'string' || !ADDRESS_FIELDS.has(name) || SCHEME.test(value) || value.startsWith('//') || value === '') return []
    return [{ path, file: value.replace(/^\/+/, '').replace(/^\.\//, '').split(/[?#]/)[0] ?? '' }]
  })
}

/**
 * `fileExists`, when given, is asked about every address of a file of the site (relative or
 * from the root), so that a photo or document that was never uploaded is caught before the
 * site shows a broken image.
 */
export function checkFile(text: string, spec: FileSpec, fileExists?: (file: string) => boolean): Finding[] {
  const { tree, findings, readable } = syntax(text)
  if (!tree || !readable) return findings
  const list = findNodeAtLocation(tree, [spec.key])
  if (list?.type !== 'array')
    return [...findings, { line: 1, column: 1, message: `le fichier doit être un objet avec une liste « ${spec.key} »`, severity: 'error' }]
  const noun = NOUNS[spec.key] ?? 'enregistrement'
  // A missing field is shown where it should be: at the nearest part of its path that exists.
  const at = (index: number, path: Path) => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node = findNodeAtLocation(list, [index, ...path.slice(0, length)])
      if (node) return position(text, node.offset)
    }
    return position(text, list.offset)
  }
  const checked: { finding: Finding; order: number }[] = []
  const missing: Finding[] = []
  const seen = new Set<string>()
  const records: unknown[] = getNodeValue(list)
  records.forEach((record, index) => {
    const name = recordName(noun, index, record)
    const say = (path: Path, reason: string) => `${name}${path.length > 0 ? `, champ ${path.join('.')}` : ''} : ${reason}`
    const issues = schemaIssues(record, spec.schema)
    for (const { path, reason } of issues)
      checked.push({ finding: { ...at(index, path), message: say(path, reason), severity: 'error' }, order: index })
    const id = typeof record === 'object' && record !== null ? Reflect.get(record, 'id') : undefined
    if (typeof id === 'string' && issues.every(({ path }) => path[0] !== 'id')) {
      if (seen.has(id))
        checked.push({
          finding: { ...at(index, ['id']), message: say(['id'], `identifiant « ${id} » déjà utilisé plus haut`), severity: 'error' },
          order: index,
        })
      seen.add(id)
    }
    for (const { path, reason, severity } of recordRules(record))
      checked.push({ finding: { ...at(index, path), message: say(path, reason), severity }, order: index })
    for (const { path, file } of fileExists ? localFiles(record) : []) {
      if (!fileExists?.(file))
        missing.push({ ...at(index, path), message: say(path, `fichier « ${file} » introuvable`), severity: 'error' })
    }
  })
  checked.sort((a, b) => a.order - b.order || a.finding.line - b.finding.line || a.finding.column - b.finding.column)
  return [...findings, ...checked.map(({ finding }) => finding), ...missing]
}

/**
 * The same for a file of one record under `key` (`site.json`): the syntax, then every problem
 * of the record, each at its line.
 */
export function checkRecordFile(text: string, spec: FileSpec): Finding[] {
  const { tree, findings, readable } = syntax(text)
  if (!tree || !readable) return findings
  const record = findNodeAtLocation(tree, [spec.key])
  if (record?.type !== 'object')
    return [...findings, { line: 1, column: 1, message: `le fichier doit être un objet avec un objet « ${spec.key} »`, severity: 'error' }]
  const at = (path: Path) => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node = findNodeAtLocation(record, path.slice(0, length))
      if (node) return position(text, node.offset)
    }
    return position(text, record.offset)
  }
  const problems = schemaIssues(getNodeValue(record), spec.schema).map(({ path, reason }) => ({
    ...at(path),
    message: `${path.length > 0 ? `champ ${path.join('.')}` : `« ${spec.key} »`} : ${reason}`,
    severity: 'error' as const,
  }))
  return [...findings, ...problems.sort((a, b) => a.line - b.line || a.column - b.column)]
}
