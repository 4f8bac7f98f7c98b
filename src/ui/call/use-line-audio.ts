import { useEffect, useState } from 'react';
import type { AudioPlayer, ClipStatus } from '../../adapters/audio/audio-player';
import type { Speech } from '../../adapters/speech/speech';
import type { Line } from '../../core/scenario/scenario-types';

export type LineVoice = { source: 'clip' | 'speech'; status: ClipStatus } | { source: 'none' };

interface SpeechFallback {
  speech: Speech;
  locale: string;
  enabled: boolean;
}

/**
 * Says each new customer line (`turn` counts the lines said so far): its clip through the audio
 * player; without a clip, the browser's speech synthesis when enabled and a voice exists; else
 * nothing (the caption alone). Reports what is happening for the caption.
 */
export function useLineAudio(audio: AudioPlayer, line: Line | undefined, turn: number, clipFor: (line: Line) => string | undefined, fallback?: SpeechFallback): LineVoice {
  const [status, setStatus] = useState<{ turn: number; value: ClipStatus }>({ turn: -1, value: 'loading' });
  const url = line ? clipFor(line) : undefined;
  const speak = !url && line !== undefined && fallback !== undefined && fallback.enabled && fallback.speech.voicesFor(fallback.locale) > 0;
  const text = line?.text;
  const speech = fallback?.speech;
  const locale = fallback?.locale ?? '';
  useEffect(() => {
    let current = true;
    const report = (value: ClipStatus) => {
      if (current) setStatus({ turn, value });
    };
    if (url) audio.play(url, report);
    else if (speak && speech && text) {
      if (speech.speak(text, locale, (ok) => report(ok ? 'ended' : 'unavailable'))) report('playing');
      else report('unavailable');
    }
    return () => {
      current = false;
      if (speak) speech?.cancel();
    };
    // A new turn is a new line to say, even when the text (and so the clip) repeats.
  }, [audio, url, turn, speak, speech, text, locale]);
  if (!url && !speak) return { source: 'none' };
  return { source: url ? 'clip' : 'speech', status: status.turn === turn ? status.value : 'loading' };
}
