/**
 * JSON laid out the way trainers write scenarios (docs/scenario-format.md): one key per line down to
 * the level `expand` allows, then each value on one line, `{ "a": 1, "b": [2, 3] }`.
 */
type Expand = (path: readonly string[]) => boolean;

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`);
    return entries.length > 0 ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

export function printJson(value: unknown, expand: Expand, path: readonly string[] = [], indent = ''): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !expand(path)) return inline(value);
  const inner = `${indent}  `;
  const entries = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${printJson(item, expand, [...path, key], inner)}`);
  return entries.length > 0 ? `{\n${entries.join(',\n')}\n${indent}}` : '{}';
}
