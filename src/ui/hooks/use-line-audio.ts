import { useEffect, useState } from 'react';
import type { AudioPlayer, ClipStatus } from '../../adapters/audio/audio-player';
import type { Line } from '../../core/scenario/scenario-types';

/**
 * Plays the clip of each new customer line (`turn` counts the lines said so far) and reports its
 * status for the caption: 'none' when the line has no clip.
 */
export function useLineAudio(audio: AudioPlayer, line: Line | undefined, turn: number, clipFor: (line: Line) => string | undefined): ClipStatus | 'none' {
  const [status, setStatus] = useState<{ turn: number; value: ClipStatus }>({ turn: -1, value: 'loading' });
  const url = line ? clipFor(line) : undefined;
  useEffect(() => {
    if (!url) return;
    let current = true;
    audio.play(url, (value) => {
      if (current) setStatus({ turn, value });
    });
    return () => {
      current = false;
    };
    // A new turn is a new line to say, even when the text (and so the clip) repeats.
  }, [audio, url, turn]);
  if (!url) return 'none';
  return status.turn === turn ? status.value : 'loading';
}
