/** What is on disk: the clip files in public/audio/clips (hashed) and which named recordings exist. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClipFileFacts } from '../../src/core/audio/plan-audio';
import { sha256 } from './sha256';

const CLIP_FILE = /^([0-9a-f]{16})\.ogg$/;

export async function inspectClipFiles(clipsDir: string): Promise<Map<string, ClipFileFacts>> {
  const facts = new Map<string, ClipFileFacts>();
  let names: string[];
  try {
    names = await readdir(clipsDir);
  } catch {
    return facts;
  }
  for (const name of names.sort()) {
    const key = CLIP_FILE.exec(name)?.[1];
    if (!key) continue;
    const bytes = await readFile(join(clipsDir, name));
    facts.set(key, { sha256: sha256(bytes), bytes: bytes.length });
  }
  return facts;
}

export async function existingFiles(publicDir: string, paths: readonly string[]): Promise<Set<string>> {
  const present = new Set<string>();
  for (const path of paths) {
    const info = await stat(join(publicDir, path)).catch(() => undefined);
    if (info?.isFile()) present.add(path);
  }
  return present;
}
