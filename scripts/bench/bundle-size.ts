/**
 * The JS the first screen loads: the entry script of dist/index.html and every chunk it preloads
 * or imports statically, gzip-compressed (level 9, as a static server would serve it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigures {
  firstScreenJsGzipKb: number;
  firstScreenJsRawKb: number;
  files: string[];
}

const STATIC_IMPORT = /(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;

export function measureFirstScreen(dist = 'dist'): BundleFigures {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const roots = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) queue.push(join('assets', match[1] ?? ''));
  }
  let raw = 0;
  let gzip = 0;
  for (const file of seen) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { firstScreenJsGzipKb: gzip / 1024, firstScreenJsRawKb: raw / 1024, files: [...seen].sort() };
}
