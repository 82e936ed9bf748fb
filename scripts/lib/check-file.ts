/**
 * Checks the text of one data file against its schema, with line-precise messages for the
 * people who edit these files by hand: "events.json:42:9 — événement n° 3 … : raison".
 */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import type * as v from 'valibot'
import { recordOf, recordsOf, ShapeError, validateRecord, validateRecords, type Problem, type RecordSchema } from '../../src/content/validate.ts'

export interface Finding {
  line: number
  column: number
  message: string
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

/** Site-relative addresses (`images/…`, `files/…`) of `src`, `thumb` and `url` fields, with their nodes. */
function localAddresses(node: Node): { address: string; node: Node }[] {
  const [key, value] = node.type === 'property' ? (node.children ?? []) : []
  if (key && value && ['src', 'thumb', 'url'].includes(String(key.value)) && typeof value.value === 'string') {
    return /^([a-z][a-z0-9+.-]*:|\/)/i.test(value.value) ? [] : [{ address: value.value, node: value }]
  }
  return (node.children ?? []).flatMap(localAddresses)
}

/**
 * `fileExists`, when given, is asked about every site-relative address of the valid file,
 * so that a photo or document that was never uploaded is caught before the site shows it.
 */
const PARSE_ERRORS: Partial<Record<string, string>> = {
  InvalidSymbol: 'caractère inattendu',
  ValueExpected: 'valeur attendue',
  ColonExpected: '« : » attendu',
  CommaExpected: 'virgule attendue',
  CloseBraceExpected: '« } » attendu',
  CloseBracketExpected: '« ] » attendu',
  PropertyNameExpected: 'nom de champ entre guillemets attendu',
  EndOfFileExpected: 'texte en trop après la fin',
  UnexpectedEndOfString: 'guillemet fermant manquant',
  InvalidCommentToken: 'les commentaires ne sont pas permis',
}

/** The file's syntax tree, or the finding that says why it is not JSON. */
function parse(text: string): Node | Finding {
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true })
  if (errors.length === 0 && tree !== undefined) return tree
  const first = errors[0]
  return {
    ...position(text, first?.offset ?? 0),
    message: `JSON invalide : ${first ? (PARSE_ERRORS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)) : 'fichier vide'}`,
  }
}

function missingFiles(text: string, tree: Node, fileExists?: (address: string) => boolean): Finding[] {
  if (!fileExists) return []
  return localAddresses(tree)
    .filter(({ address }) => !fileExists(address))
    .map(({ address, node }) => ({ ...position(text, node.offset), message: `fichier « ${address} » introuvable` }))
}

export function checkFile(
  text: string,
  spec: { key: string; schema: RecordSchema<{ id: string }> },
  fileExists?: (address: string) => boolean,
): Finding[] {
  const tree = parse(text)
  if (!('type' in tree)) return [tree]
  let list: unknown[]
  try {
    list = recordsOf(getNodeValue(tree), spec.key)
  } catch (error) {
    if (error instanceof ShapeError) return [{ line: 1, column: 1, message: error.message }]
    throw error
  }
  const { problems } = validateRecords(list, spec.schema)
  if (problems.length > 0) return problems.map((problem) => describe(text, tree, spec.key, problem))
  return missingFiles(text, tree, fileExists)
}

/** The same for a file of one record under `key` (`site.json`): every problem of the record. */
export function checkRecordFile(
  text: string,
  spec: { key: string; schema: v.GenericSchema },
  fileExists?: (address: string) => boolean,
): Finding[] {
  const tree = parse(text)
  if (!('type' in tree)) return [tree]
  let result: ReturnType<typeof validateRecord>
  try {
    result = validateRecord(recordOf(getNodeValue(tree), spec.key), spec.schema)
  } catch (error) {
    if (error instanceof ShapeError) return [{ line: 1, column: 1, message: error.message }]
    throw error
  }
  if ('problems' in result) {
    return result.problems.map((problem) => {
      const node = findNodeAtLocation(tree, [spec.key, ...problem.path]) ?? findNodeAtLocation(tree, [spec.key])
      const where = problem.path.length > 0 ? `champ ${problem.path.join('.')}` : `« ${spec.key} »`
      return { ...position(text, node?.offset ?? 0), message: `${where} : ${problem.reason}` }
    })
  }
  return missingFiles(text, tree, fileExists)
}

function describe(text: string, tree: Node, key: string, problem: Problem): Finding {
  const record = findNodeAtLocation(tree, [key, problem.index])
  const field = findNodeAtLocation(tree, [key, problem.index, ...problem.path])
  const raw: unknown = record ? getNodeValue(record) : undefined
  const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? ` « ${raw.id} »` : ''
  const where = problem.path.length > 0 ? `, champ ${problem.path.join('.')}` : ''
  return {
    ...position(text, (field ?? record)?.offset ?? 0),
    message: `enregistrement n° ${problem.index}${id}${where} : ${problem.reason}`,
  }
}
