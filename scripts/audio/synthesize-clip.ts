/**
 * One generated clip: espeak-ng speaks the line, sox makes it sound like a phone call (300-3400 Hz,
 * 8 kHz mono, faint line noise, normalised) and writes a small Ogg Vorbis file. sox runs in
 * repeatable mode (-R) so the same line always gives the same bytes.
 */
import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { WantedClip } from '../../src/core/audio/audio-needs';
import type { MeasuredClip } from '../../src/core/audio/next-manifest';
import { espeakVoiceArgs } from '../../src/core/audio/voice-settings';
import { runCommand } from './run-command';
import { sha256 } from './sha256';

/** Pink noise level before normalisation, in dB below full scale: heard in pauses, not over the voice. */
const LINE_NOISE_DB = -40;
/** Vorbis quality -1 (the lowest): about 1.5 KB per second at 8 kHz mono. */
const VORBIS_QUALITY = '-1';

export async function synthesizeClip(clip: WantedClip, target: string, workDir: string): Promise<MeasuredClip> {
  const voice = join(workDir, `${clip.key}.voice.wav`);
  const noise = join(workDir, `${clip.key}.noise.wav`);
  const partial = `${target}.partial`;
  try {
    await runCommand('espeak-ng', [...espeakVoiceArgs(clip.settings), '-b', '1', '-w', voice, '--stdin'], clip.spoken);
    const [rate, seconds] = await Promise.all([soxInfo('-r', voice), soxInfo('-D', voice)]);
    await runCommand('sox', ['-R', '-n', '-r', rate, '-c', '1', '-b', '16', noise, 'synth', seconds, 'pinknoise', 'gain', String(LINE_NOISE_DB)]);
    await runCommand('sox', [
      '-R', '-m', '-v', '1', voice, '-v', '1', noise,
      '-t', 'ogg', '-C', VORBIS_QUALITY, '-c', '1', '-r', '8000', partial,
      'sinc', '300-3400', 'rate', '8000', 'gain', '-n', '-3',
    ]);
    const measured = await measureClip(partial);
    await rename(partial, target);
    return measured;
  } finally {
    await Promise.all([voice, noise, partial].map((file) => rm(file, { force: true })));
  }
}

/** sha256, size and duration of an audio file. */
export async function measureClip(file: string): Promise<MeasuredClip> {
  const bytes = await readFile(file);
  const seconds = Number(await soxInfo('-D', file));
  return { sha256: sha256(bytes), bytes: bytes.length, ms: Number.isFinite(seconds) ? Math.round(seconds * 1000) : 0 };
}

async function soxInfo(flag: '-r' | '-D', file: string): Promise<string> {
  return (await runCommand('sox', ['--i', flag, file])).trim();
}
