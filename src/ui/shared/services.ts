/**
 * The browser edges the screens use, gathered in one object so tests can swap any of them:
 * clock, audio, where scenarios and the audio manifest come from, the history on the device.
 */
import { createContext, useContext } from 'react';
import type { AudioPlayer } from '../../adapters/audio/audio-player';
import type { Microphone } from '../../adapters/microphone/microphone';
import type { Speech } from '../../adapters/speech/speech';
import type { HistoryStore } from '../../adapters/storage/history-db';
import type { Clock } from '../../core/engine/clock';
import type { BrokenScenarioCard, ScenarioCard } from '../../core/scenario/scenario-card';
import type { WallClock } from '../../core/time/wall-clock';

export interface Services {
  clock: Clock;
  cards: readonly ScenarioCard[];
  broken: readonly BrokenScenarioCard[];
  loadScenarioText: (file: string) => Promise<string>;
  /** The generated clips' manifest (public/audio/manifest.json); any failure gives undefined. */
  loadAudioManifest: () => Promise<unknown>;
  createAudio: () => Promise<AudioPlayer>;
  /** Speech synthesis for lines without a clip (optional: often no voice at all). */
  speech: Speech;
  /** For "hear yourself": recording the agent's spoken answers on the device. */
  microphone: Microphone;
  /** Which of these paths (relative to the site root) are files the app can load. */
  existingFiles: (paths: readonly string[]) => Promise<Set<string>>;
  /** The phone's own sounds: the ringtone, hold music, the line's faint hiss. */
  sounds: { ring: string; hold: string; line: string };
  /** The call history on the device (IndexedDB), opened on first use. */
  history: () => Promise<HistoryStore>;
  /** Calendar time for records (epoch ms) and the one time zone every date is counted and shown in. */
  wallClock: WallClock;
  newId: () => string;
  /** Hands a file to the user (export). */
  download: (fileName: string, text: string, type?: string) => void;
}

export const ServicesContext = createContext<Services | undefined>(undefined);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a <ServicesContext.Provider> above it');
  return services;
}
