/**
 * An AudioPlayer that makes no sound: for tests (records what was asked) and for browsers where
 * audio cannot start. `unavailable` lists clips that behave as missing files.
 */
import type { AudioPlayer, ClipStatus } from './audio-player';

export class SilentAudioPlayer implements AudioPlayer {
  readonly played: string[] = [];
  readonly preloaded: string[] = [];
  loop: string | undefined;
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

  startLoop(url: string): void {
    this.loop = url;
  }

  stopLoop(): void {
    this.loop = undefined;
  }

  stop(): void {}

  setVolume(volume: number): void {
    this.volume = volume;
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  dispose(): void {
    this.loop = undefined;
  }
}
