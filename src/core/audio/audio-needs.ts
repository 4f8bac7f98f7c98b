/**
 * What audio a set of scenarios needs: one generated clip per distinct (locale, voice, text), the
 * recordings the scenarios name themselves, and the lines with nothing to say (stage directions only).
 */
import type { Scenario } from '../scenario/scenario-types';
import { customerLines, type LineUse } from './customer-lines';
import { lineClip, type LineClip } from './line-clip';
import { hasWords, spokenText } from './spoken-text';

export interface WantedClip extends LineClip {
  /** The text given to the synthesiser: the caption without stage directions. */
  spoken: string;
  /** The lines that play this clip (identical lines share one). */
  uses: LineUse[];
}

export interface RecordedLine {
  /** The line's `audio`, relative to public/. */
  path: string;
  uses: LineUse[];
}

export interface AudioNeeds {
  clips: WantedClip[];
  recorded: RecordedLine[];
  silent: LineUse[];
}

export function audioNeeds(scenarios: readonly Scenario[]): AudioNeeds {
  const clips = new Map<string, WantedClip>();
  const recorded = new Map<string, RecordedLine>();
  const silent: LineUse[] = [];
  for (const scenario of scenarios) {
    for (const { use, line } of customerLines(scenario)) {
      if (line.audio) {
        const entry = recorded.get(line.audio) ?? { path: line.audio, uses: [] };
        entry.uses.push(use);
        recorded.set(line.audio, entry);
      } else if (!hasWords(line.text)) {
        silent.push(use);
      } else {
        const clip = lineClip(scenario, line);
        const entry = clips.get(clip.key) ?? { ...clip, spoken: spokenText(line.text), uses: [] };
        entry.uses.push(use);
        clips.set(clip.key, entry);
      }
    }
  }
  return { clips: [...clips.values()], recorded: [...recorded.values()], silent };
}
