/**
 * The real AudioPlayer: howler (Web Audio, HTML5 fallback). One Howl per clip, created at preload
 * so that a decision's next line plays at once. A clip that fails to load or play is reported
 * 'unavailable' and the call goes on with its caption.
 */
import { Howl, Howler } from 'howler';
import type { AudioPlayer, ClipStatus } from './audio-player';

interface Clip {
  howl: Howl;
  failed: boolean;
}

export class HowlerAudioPlayer implements AudioPlayer {
  private readonly clips = new Map<string, Clip>();
  private current: { clip: Clip; id: number | undefined; listener: (status: ClipStatus) => void } | undefined;
  private loop: Howl | undefined;

  private clip(url: string): Clip {
    let clip = this.clips.get(url);
    if (!clip) {
      const created: Clip = {
        failed: false,
        howl: new Howl({
          src: [url],
          preload: true,
          onloaderror: () => {
            created.failed = true;
            if (this.current?.clip === created) this.current.listener('unavailable');
          },
          onplayerror: () => {
            created.failed = true;
            if (this.current?.clip === created) this.current.listener('unavailable');
          },
          onend: () => {
            if (this.current?.clip === created) this.current.listener('ended');
          },
          onplay: () => {
            if (this.current?.clip === created) this.current.listener('playing');
          },
        }),
      };
      clip = created;
      this.clips.set(url, clip);
    }
    return clip;
  }

  preload(urls: readonly string[]): void {
    for (const url of urls) this.clip(url);
  }

  play(url: string, onStatus: (status: ClipStatus) => void): void {
    this.stop();
    const clip = this.clip(url);
    this.current = { clip, id: undefined, listener: onStatus };
    if (clip.failed) {
      onStatus('unavailable');
      return;
    }
    onStatus('loading');
    this.current.id = clip.howl.play();
  }

  startLoop(url: string): void {
    this.stopLoop();
    this.loop = new Howl({ src: [url], loop: true, preload: true });
    this.loop.play();
  }

  stopLoop(): void {
    this.loop?.stop();
    this.loop?.unload();
    this.loop = undefined;
  }

  stop(): void {
    if (this.current) this.current.clip.howl.stop(this.current.id);
    this.current = undefined;
  }

  setVolume(volume: number): void {
    Howler.volume(volume);
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted);
  }

  dispose(): void {
    this.stop();
    this.stopLoop();
    for (const clip of this.clips.values()) clip.howl.unload();
    this.clips.clear();
  }
}
