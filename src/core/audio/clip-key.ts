/**
 * The name of a generated clip: a hash of what makes it sound the way it does (locale, voice, text).
 * Edit any of them and the line gets a new clip. Pure and dependency-free so the browser player
 * computes the same key as the generator (scripts/audio) without node:crypto.
 */
import { fnv1a64 } from '../hash/fnv1a64';

export interface ClipIdentity {
  locale: string;
  /** The espeak-ng settings as described by `describeVoice`, e.g. "fr+f3 -p 50 -s 160". */
  voice: string;
  text: string;
}

/** Fixed length of a clip key: 64 bits as 16 lower-case hex digits. */
export const CLIP_KEY_LENGTH = 16;
export const CLIP_KEY_PATTERN = /^[0-9a-f]{16}$/;

export function clipKey(clip: ClipIdentity): string {
  // A separator that cannot appear in a locale or a voice description keeps the fields apart.
  return fnv1a64(`${clip.locale}\n${clip.voice}\n${clip.text}`);
}
