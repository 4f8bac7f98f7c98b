/**
 * public/audio/manifest.json: which generated clip belongs to which line, keyed by `clipKey`.
 * The browser reads it to find a line's clip; the generator reads it to know what is up to date
 * and which clips it made itself (sha256), so it never overwrites a recorded one.
 */
import { CLIP_KEY_PATTERN } from './clip-key';

export const AUDIO_MANIFEST_VERSION = 1;

export interface ClipEntry {
  /** URL path relative to the site root (public/), e.g. "audio/clips/0123456789abcdef.ogg". */
  file: string;
  text: string;
  locale: string;
  /** espeak-ng settings, e.g. "fr+f3 -p 50 -s 160". */
  voice: string;
  /**
   * sha256 (hex) of the file as the generator wrote it. A file at `file` with another hash has been
   * replaced by a recording. Empty when the generator found a file there it did not make.
   */
  sha256: string;
  bytes: number;
  /** Duration in milliseconds. */
  ms: number;
}

export interface AudioManifest {
  version: typeof AUDIO_MANIFEST_VERSION;
  clips: Record<string, ClipEntry>;
}

export function emptyManifest(): AudioManifest {
  return { version: AUDIO_MANIFEST_VERSION, clips: {} };
}

/** Where a generated clip lives, relative to public/. */
export function clipFile(key: string): string {
  return `audio/clips/${key}.ogg`;
}

/**
 * Reads a manifest leniently: anything that is not a version-1 manifest gives an empty one, and a
 * malformed entry is dropped rather than failing the rest. Never throws: audio is an enhancement,
 * and a line without a clip still plays with its caption.
 */
export function parseAudioManifest(json: unknown): AudioManifest {
  const manifest = emptyManifest();
  if (!isRecord(json) || json.version !== AUDIO_MANIFEST_VERSION || !isRecord(json.clips)) return manifest;
  for (const [key, value] of Object.entries(json.clips)) {
    const entry = repairEntry(value);
    if (CLIP_KEY_PATTERN.test(key) && entry) manifest.clips[key] = entry;
  }
  return manifest;
}

function repairEntry(value: unknown): ClipEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { file, text, locale, voice, sha256, bytes, ms } = value;
  if (typeof file !== 'string' || file === '' || file.startsWith('/') || file.includes('..')) return undefined;
  return {
    file,
    text: typeof text === 'string' ? text : '',
    locale: typeof locale === 'string' ? locale : '',
    voice: typeof voice === 'string' ? voice : '',
    sha256: typeof sha256 === 'string' ? sha256 : '',
    bytes: isCount(bytes) ? bytes : 0,
    ms: isCount(ms) ? ms : 0,
  };
}

/** The manifest as file text: entries sorted by key and fields in a fixed order, for stable diffs. */
export function serializeAudioManifest(manifest: AudioManifest): string {
  const clips: Record<string, ClipEntry> = {};
  for (const key of Object.keys(manifest.clips).sort()) {
    const { file, text, locale, voice, sha256, bytes, ms } = manifest.clips[key]!;
    clips[key] = { file, text, locale, voice, sha256, bytes, ms };
  }
  return `${JSON.stringify({ version: AUDIO_MANIFEST_VERSION, clips }, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
