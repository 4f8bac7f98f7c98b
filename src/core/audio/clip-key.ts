/**
 * The name of a generated clip: a hash of what makes it sound the way it does (locale, voice, text).
 * Edit any of them and the line gets a new clip. Pure and dependency-free so the browser player
 * computes the same key as the generator (scripts/audio) without node:crypto.
 */

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

const encoder = new TextEncoder();

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of `text`, as 16 hex digits. The 64-bit state is kept in two
 * 32-bit halves: the prime is 2^40 + 0x1b3, so h * prime = h * 0x1b3 + (h << 40).
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(text)) {
    lo = (lo ^ byte) >>> 0;
    const low = lo * 0x1b3; // < 2^41: exact in a double
    const carry = Math.floor(low / 0x1_0000_0000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return hex32(hi) + hex32(lo);
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
