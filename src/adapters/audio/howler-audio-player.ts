/**
 * The real AudioPlayer: howler (Web Audio, HTML5 fallback). One Howl per clip, created at preload
 * so that a decision's next line plays at once. A clip that fails to load or play is reported
 * 'unavailable' and the call goes on with its caption.
 */
import { Howl, Howler } from 'howler';
import type { AudioPlayer, ClipStatus, LoopChannel } from './audio-player';

/** Loops sit under the customer's voice: the hiss is faint, hold music is what a held caller hears. */
const LOOP_VOLUME: Record<LoopChannel, number> = { ring: 0.8, hold: 0.6, line: 0.5 };

interface Clip {
  howl: Howl;
  failed: boolean;
}

export class HowlerAudioPlayer implements AudioPlayer {
  private readonly clips = new Map<string, Clip>();
  private current: { clip: Clip; id: number | undefined; listener: (status: ClipStatus) => void } | undefined;
  private readonly loops = new Map<LoopChannel, { url: string; howl: Howl }>();

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
    // No 'loading' report here: the caller starts from 'loading', and a report now would cost the
    // call screen a second render in the same frame as the customer's new line.
    this.current.id = clip.howl.play();
  }

  setLoop(channel: LoopChannel, url: string | undefined): void {
    const current = this.loops.get(channel);
    if (current?.url === url) return;
    if (current) {
      current.howl.stop();
      current.howl.unload();
      this.loops.delete(channel);
    }
    if (!url) return;
    // A missing loop sound is not worth a message: the call goes on in silence.
    const howl = new Howl({ src: [url], loop: true, preload: true, volume: LOOP_VOLUME[channel] });
    howl.play();
    this.loops.set(channel, { url, howl });
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
    for (const channel of [...this.loops.keys()]) this.setLoop(channel, undefined);
    for (const clip of this.clips.values()) clip.howl.unload();
    this.clips.clear();
  }
}
