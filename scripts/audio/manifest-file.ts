/** Reads and writes public/audio/manifest.json. A missing or unreadable manifest reads as empty. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emptyManifest, parseAudioManifest, serializeAudioManifest, type AudioManifest } from '../../src/core/audio/audio-manifest';

export async function readManifest(path: string): Promise<{ manifest: AudioManifest; text?: string; warning?: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { manifest: emptyManifest() };
  }
  try {
    return { manifest: parseAudioManifest(JSON.parse(text)), text };
  } catch (error) {
    return { manifest: emptyManifest(), text, warning: `${path} is not valid JSON (${(error as Error).message}); starting from an empty manifest` };
  }
}

/** Writes the manifest when its text changed; returns whether it did. */
export async function writeManifest(path: string, manifest: AudioManifest, previousText?: string): Promise<boolean> {
  const text = serializeAudioManifest(manifest);
  if (text === previousText) return false;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return true;
}
