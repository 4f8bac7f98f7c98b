/** Fake browser edges for component tests: a manual clock, silent audio, scenarios from memory. */
import { SilentAudioPlayer } from '../../src/adapters/audio/silent-audio-player';
import type { Services } from '../../src/app/services';
import { ManualClock } from '../../src/core/engine/manual-clock';
import { toCard } from '../../src/core/scenario/scenario-card';
import { fakeScenarioFile, parseOrThrow, toText, type Json } from './scenario-factory';

export interface FakeServices extends Services {
  clock: ManualClock;
  audio: SilentAudioPlayer;
}

export function fakeServices(options: { files?: Json[]; manifest?: unknown; unavailableClips?: string[]; existingFiles?: string[] } = {}): FakeServices {
  const files = options.files ?? [fakeScenarioFile()];
  const texts = new Map(files.map((file) => [`scenarios/${(file.meta as Json).id as string}.json`, toText(file)]));
  const cards = [...texts].map(([name, text]) => toCard(parseOrThrow(text, name)));
  const audio = new SilentAudioPlayer(new Set(options.unavailableClips ?? []));
  return {
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
    ringtoneUrl: 'audio/ui/ring.ogg',
    existingFiles: async (paths) => new Set(paths.filter((p) => (options.existingFiles ?? []).includes(p))),
  };
}
