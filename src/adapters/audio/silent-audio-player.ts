/**
 * An AudioPlayer that makes no sound: for tests (records what was asked) and for browsers where
 * audio cannot start. `unavailable` lists clips that behave as missing files.
 */
import type { AudioPlayer, ClipStatus, LoopChannel } from './audio-player';

export class SilentAudioPlayer implements AudioPlayer {
  readonly played: string[] = [];
  readonly preloaded: string[] = [];
  readonly loops: Partial<Record<LoopChannel, string>> = {};
  volume = 1;
  muted = false;

  constructor(private readonly unavailable: ReadonlySet<string> = new Set()) {}

  preload(urls: readonly string[]): void {
    this.preloaded.push(...urls);
  }

  play(url: string, onStatus: (status: ClipStatus) => void): void {
    this.played.push(url);
    onStatus(this.unavailable.has(url) ? 'unavailable' : 'playing');
  }

  setLoop(channel: LoopChannel, url: string | undefined): void {
    if (url) this.loops[channel] = url;
    else delete this.loops[channel];
  }

  stop(): void {}

  setVolume(volume: number): void {
    this.volume = volume;
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  dispose(): void {
    for (const channel of Object.keys(this.loops) as LoopChannel[]) delete this.loops[channel];
  }
}
