/**
 * What the player needs from audio, and nothing more. The real adapter plays through howler
 * (howler-audio-player.ts); tests use the silent one. Captions never depend on audio.
 */
export type ClipStatus = 'loading' | 'playing' | 'ended' | 'unavailable';

/** Background sounds, each looping on its own channel: the ringtone, hold music, the line's hiss. */
export type LoopChannel = 'ring' | 'hold' | 'line';

export interface AudioPlayer {
  /** Starts loading clips so the first play has no delay. */
  preload(urls: readonly string[]): void;
  /** Plays one clip, stopping the previous one; reports its status as it changes. */
  play(url: string, onStatus: (status: ClipStatus) => void): void;
  /** Loops a sound on a channel (replacing what it played), or silences the channel (undefined). */
  setLoop(channel: LoopChannel, url: string | undefined): void;
  /** Stops the clip being played (not the loops). */
  stop(): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  dispose(): void;
}
