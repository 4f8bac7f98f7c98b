/**
 * Checks across files, once each file is checked: duplicate-id (two files with the same meta.id;
 * the library keys calls, progress and statistics by id) and id-file-mismatch (meta.id is by
 * convention the file name). Reads meta.id from the JSON itself, so a file with other load errors
 * still takes part.
 */
import { findNodeAtLocation } from 'jsonc-parser';
import type { Finding } from '../scenario/finding';
import type { CheckResult } from './check-scenario';
import { quoteList } from './describe';
import { checkerFinding } from './report';

const ID_PATH = ['meta', 'id'];

function metaIdOf(result: CheckResult): string | undefined {
  if (result.scenario) return result.scenario.id;
  const root = result.document?.root;
  const node = root ? findNodeAtLocation(root, ID_PATH) : undefined;
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

/** `scenarios/late-delivery.json` → `late-delivery.json`. */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export function checkLibrary(results: readonly CheckResult[]): Finding[] {
  const findings: Finding[] = [];
  const filesById = new Map<string, string[]>();
  const located: { result: CheckResult; id: string }[] = [];
  for (const result of results) {
    const id = metaIdOf(result);
    if (id === undefined || !result.document) continue;
    located.push({ result, id });
    filesById.set(id, [...(filesById.get(id) ?? []), result.file]);
  }

  for (const { result, id } of located) {
    const { file } = result;
    const at = result.document?.locate(ID_PATH) ?? { line: 1, column: 1 };
    const others = (filesById.get(id) ?? []).filter((other) => other !== file);
    if (others.length > 0) {
      findings.push(checkerFinding('duplicate-id', `meta.id "${id}" is also used by ${quoteList(others)}: ids must be unique across the library`, file, ID_PATH, at));
    }
    const name = baseName(file);
    if (name.replace(/\.json$/i, '') !== id) {
      findings.push(checkerFinding('id-file-mismatch', `meta.id "${id}" does not match the file name "${name}": rename the file to "${id}.json" or change the id`, file, ID_PATH, at));
    }
  }
  return findings;
}
