/** Fake browser edges for component tests: a manual clock, silent audio, scenarios from memory. */
import { SilentAudioPlayer } from '../../src/adapters/audio/silent-audio-player';
import type { MicProblem, Microphone } from '../../src/adapters/microphone/microphone';
import type { Speech } from '../../src/adapters/speech/speech';
import { openHistory, type HistoryStore } from '../../src/adapters/storage/history-db';
import type { Services } from '../../src/ui/shared/services';
import { ManualClock } from '../../src/core/engine/manual-clock';
import { toCard } from '../../src/core/scenario/scenario-card';
import { fixedWallClock } from '../../src/core/time/fixed-wall-clock';
import { fakeScenarioFile, parseOrThrow, toText, type Json } from './scenario-factory';

/** Speech synthesis with voices for the given languages; remembers what it said. */
export function fakeSpeech(languages: string[] = []): Speech & { said: string[] } {
  const said: string[] = [];
  const has = (locale: string) => languages.includes(locale.slice(0, 2));
  return {
    said,
    voicesFor: (locale) => (has(locale) ? 1 : 0),
    speak: (text, locale, onDone) => {
      if (!has(locale)) return false;
      said.push(text);
      onDone(true);
      return true;
    },
    cancel: () => undefined,
  };
}

/** A microphone that "records" a short text blob per answer, or fails with `problem`. */
export function fakeMicrophone(problem?: MicProblem): Microphone & { opened: number } {
  const mic = {
    opened: 0,
    async open() {
      mic.opened++;
      if (problem) return { ok: false as const, problem };
      let recording = false;
      let count = 0;
      return {
        ok: true as const,
        session: {
          get recording() {
            return recording;
          },
          start() {
            recording = true;
          },
          async stop() {
            if (!recording) return undefined;
            recording = false;
            count++;
            return { blob: new Blob([`answer ${count}`], { type: 'audio/webm' }), mimeType: 'audio/webm', durationMs: 1500 };
          },
          close() {
            recording = false;
          },
        },
      };
    },
  };
  return mic;
}

export interface FakeServices extends Services {
  clock: ManualClock;
  audio: SilentAudioPlayer;
  downloads: { fileName: string; text: string; type?: string }[];
  /** Moves the wall clock (epoch ms) used for records. */
  setNow: (epochMs: number) => void;
}

export function fakeServices(
  options: {
    files?: Json[];
    manifest?: unknown;
    unavailableClips?: string[];
    existingFiles?: string[];
    speech?: Speech;
    microphone?: Microphone;
    /** The wall clock's zone (default UTC): every date shown is counted and formatted in it, never in the host's. */
    timeZone?: string;
  } = {},
): FakeServices {
  const files = options.files ?? [fakeScenarioFile()];
  const texts = new Map(files.map((file) => [`scenarios/${(file.meta as Json).id as string}.json`, toText(file)]));
  const cards = [...texts].map(([name, text]) => toCard(parseOrThrow(text, name)));
  const audio = new SilentAudioPlayer(new Set(options.unavailableClips ?? []));
  // Each fake gets its own database (tests/components/setup.ts gives every test a fresh IndexedDB).
  let history: Promise<HistoryStore> | undefined;
  const wallClock = fixedWallClock(Date.UTC(2026, 10, 22, 9, 0), options.timeZone ?? 'UTC');
  let ids = 0;
  const downloads: { fileName: string; text: string; type?: string }[] = [];
  return {
    downloads,
    setNow: (epochMs) => wallClock.set(epochMs),
    history: () => (history ??= openHistory()),
    wallClock,
    newId: () => `id-${++ids}`,
    download: (fileName, text, type) => downloads.push({ fileName, text, ...(type ? { type } : {}) }),
    clock: new ManualClock(),
    audio,
    cards,
    broken: [],
    loadScenarioText: async (file) => {
      const text = texts.get(file);
      if (text === undefined) throw new Error(`no file ${file}`);
      return text;
    },
    loadAudioManifest: async () => options.manifest,
    createAudio: async () => audio,
    speech: options.speech ?? fakeSpeech(),
    microphone: options.microphone ?? fakeMicrophone(),
    sounds: { ring: 'audio/ui/ring.ogg', hold: 'audio/ui/hold.ogg', line: 'audio/ui/line.ogg' },
    existingFiles: async (paths) => new Set(paths.filter((p) => (options.existingFiles ?? []).includes(p))),
  };
}
