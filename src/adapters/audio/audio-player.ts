/**
 * What the player needs from audio, and nothing more. The real adapter plays through howler
 * (howler-audio-player.ts); tests use the silent one. Captions never depend on audio.
 */
export type ClipStatus = 'loading' | 'playing' | 'ended' | 'unavailable';

export interface AudioPlayer {
  /** Starts loading clips so the first play has no delay. */
  preload(urls: readonly string[]): void;
  /** Plays one clip, stopping the previous one; reports its status as it changes. */
  play(url: string, onStatus: (status: ClipStatus) => void): void;
  /** Loops a sound (ringtone) until stopLoop. */
  startLoop(url: string): void;
  stopLoop(): void;
  stop(): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  dispose(): void;
}
