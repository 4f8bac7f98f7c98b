import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyManifest, serializeAudioManifest, type AudioManifest, type ClipEntry } from '../../src/core/audio/audio-manifest';
import { audioNeeds } from '../../src/core/audio/audio-needs';
import { clipKey } from '../../src/core/audio/clip-key';
import { fnv1a64 } from '../../src/core/hash/fnv1a64';
import { customerLines } from '../../src/core/audio/customer-lines';
import { lineClip } from '../../src/core/audio/line-clip';
import { nextManifest } from '../../src/core/audio/next-manifest';
import { checkProblems, planAudio, prunable, type AudioFacts, type ClipFileFacts } from '../../src/core/audio/plan-audio';
import { spokenText } from '../../src/core/audio/spoken-text';
import { describeVoice, espeakLanguage, espeakVoiceArgs, voiceSettings } from '../../src/core/audio/voice-settings';
import type { Scenario } from '../../src/core/scenario/scenario-types';
import { fakeScenarioFile, parseOrThrow, type Json } from '../factories/scenario-factory';

/** A call of two customer lines: a greeting and the last words. Override the lines' fields or the persona. */
function twoLineCall(options: { greeting?: Json; goodbye?: Json; persona?: Json; locale?: string } = {}): Scenario {
  const base = fakeScenarioFile();
  const meta = base.meta as Json;
  return parseOrThrow({
    ...base,
    meta: { ...meta, locale: options.locale ?? 'fr-FR', persona: { ...(meta.persona as Json), ...options.persona } },
    states: {
      greet: {
        meta: { line: { text: 'Bonjour, ma commande ?', ...options.greeting } },
        on: { 'opt.greet': { target: 'done', meta: { option: { text: 'Bonjour.', effects: {}, feedback: 'ok' } } } },
      },
      done: { type: 'final', meta: { line: { text: 'Merci, au revoir.', ...options.goodbye }, outcome: { kind: 'resolved', summary: 'ok' } } },
    },
  });
}

const generatedSha = (key: string) => `sha-of-${key}`;

/** The manifest and the files a previous run leaves behind for these scenarios. */
function afterRun(scenarios: Scenario[]): { manifest: AudioManifest; files: Map<string, ClipFileFacts> } {
  const manifest = emptyManifest();
  const files = new Map<string, ClipFileFacts>();
  for (const clip of audioNeeds(scenarios).clips) {
    manifest.clips[clip.key] = { file: `audio/clips/${clip.key}.ogg`, text: clip.text, locale: clip.locale, voice: clip.voice, sha256: generatedSha(clip.key), bytes: 5000, ms: 2000 };
    files.set(clip.key, { sha256: generatedSha(clip.key), bytes: 5000 });
  }
  return { manifest, files };
}

function facts(files: Map<string, ClipFileFacts>, extra: Partial<AudioFacts> = {}): AudioFacts {
  return { clipFiles: files, recordedPresent: new Set(), complete: true, ...extra };
}

const keysOf = (clips: ReadonlyArray<{ key: string }>) => clips.map((clip) => clip.key);

describe('clipKey', () => {
  it('is FNV-1a 64-bit over UTF-8, as 16 hex digits', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    expect(fnv1a64('é')).toBe(fnv1a64('\u00e9'));
    expect(fnv1a64('x'.repeat(10_000))).toMatch(/^[0-9a-f]{16}$/);
  });

  it('agrees with a 64-bit BigInt reference on any text', () => {
    const reference = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text)) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
      return hash.toString(16).padStart(16, '0');
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => fnv1a64(text) === reference(text)),
      { seed: 20261204 },
    );
  });

  it('is stable: the same line always names the same file (browser and generator agree)', () => {
    const clip = { locale: 'fr-FR', voice: 'fr+f3 -p 50 -s 160', text: 'Bonjour, ma commande ?' };
    expect(clipKey(clip)).toBe(clipKey({ ...clip }));
    expect(clipKey(clip)).toBe(fnv1a64('fr-FR\nfr+f3 -p 50 -s 160\nBonjour, ma commande ?'));
  });

  it('changes with the locale, the voice or the text', () => {
    const clip = { locale: 'fr-FR', voice: 'fr+f3 -p 50 -s 160', text: 'Bonjour.' };
    const keys = new Set([
      clipKey(clip),
      clipKey({ ...clip, locale: 'fr-BE' }),
      clipKey({ ...clip, voice: 'fr+f3 -p 51 -s 160' }),
      clipKey({ ...clip, text: 'Bonjour !' }),
      clipKey({ ...clip, text: 'Bonjour. ' }),
    ]);
    expect(keys.size).toBe(5);
  });
});

describe('voice settings', () => {
  it('takes the language from the locale', () => {
    expect(espeakLanguage('fr-FR')).toBe('fr');
    expect(espeakLanguage('en-GB')).toBe('en-gb');
    expect(espeakLanguage('en-US')).toBe('en-us');
    expect(espeakLanguage('fr-CA')).toBe('fr');
    expect(espeakLanguage('en-AU')).toBe('en-gb');
  });

  it("uses the persona's variant, pitch and speed, with defaults when absent", () => {
    expect(voiceSettings('fr-FR', { variant: 'f3', pitch: 62, speed: 150 })).toEqual({ voice: 'fr+f3', pitch: 62, speed: 150 });
    expect(voiceSettings('en-GB', undefined)).toEqual({ voice: 'en-gb', pitch: 50, speed: 160 });
    expect(describeVoice(voiceSettings('fr-FR', { variant: 'f3' }))).toBe('fr+f3 -p 50 -s 160');
    expect(espeakVoiceArgs(voiceSettings('fr-FR', { variant: 'm2', pitch: 40 }))).toEqual(['-v', 'fr+m2', '-p', '40', '-s', '160']);
  });

  it("lets the line's mood nudge speed and pitch, within espeak-ng's limits", () => {
    const calm = voiceSettings('fr-FR', { pitch: 50, speed: 160 }, 'neutral');
    const angry = voiceSettings('fr-FR', { pitch: 50, speed: 160 }, 'angry');
    expect(angry.speed).toBeGreaterThan(calm.speed);
    expect(angry.pitch).toBeGreaterThan(calm.pitch);
    expect(voiceSettings('fr-FR', { pitch: 99, speed: 260 }, 'furious')).toMatchObject({ pitch: 99, speed: 260 });
  });
});

describe('which lines need which clip', () => {
  it("lists each state's line and its variants", () => {
    const scenario = parseOrThrow(fakeScenarioFile());
    expect(customerLines(scenario).map(({ use, line }) => [use.state, use.variant, line.text])).toEqual([
      ['greet', undefined, 'Bonjour, ma commande ?'],
      ['verify', undefined, 'Oui, alors ?'],
      ['verify', 0, 'Bon, vous vous réveillez ?'],
      ['solved', undefined, 'Merci, au revoir.'],
    ]);
  });

  it('gives identical lines one shared clip, and a different voice its own', () => {
    const a = twoLineCall({ goodbye: { text: 'Bonjour, ma commande ?' } });
    const b = twoLineCall({ persona: { voice: { variant: 'f3' } } });
    const needs = audioNeeds([a, b]);
    expect(needs.clips).toHaveLength(3);
    expect(needs.clips[0]?.uses.map((use) => use.state)).toEqual(['greet', 'done']);
  });

  it('never generates for a line with its own recording, and does not speak stage directions', () => {
    const scenario = twoLineCall({ greeting: { audio: 'audio/recorded/greet.ogg' }, goodbye: { text: '(soupir) Merci. [bip]' } });
    const needs = audioNeeds([scenario]);
    expect(needs.recorded).toEqual([{ path: 'audio/recorded/greet.ogg', uses: [{ scenario: 'test-call.json', state: 'greet' }] }]);
    expect(needs.clips.map((clip) => [clip.text, clip.spoken])).toEqual([['(soupir) Merci. [bip]', 'Merci.']]);
    expect(audioNeeds([twoLineCall({ goodbye: { text: '(il raccroche)' } })]).silent).toEqual([{ scenario: 'test-call.json', state: 'done' }]);
    expect(spokenText('  Euh…  (pause)  oui ')).toBe('Euh… oui');
  });
});

describe('planAudio', () => {
  it('generates a clip for every new line', () => {
    const scenario = twoLineCall();
    const plan = planAudio(audioNeeds([scenario]), emptyManifest(), facts(new Map()));
    expect(plan.generate.map((clip) => clip.text)).toEqual(['Bonjour, ma commande ?', 'Merci, au revoir.']);
    expect(plan.upToDate).toEqual([]);
    expect(checkProblems(plan)).toHaveLength(2);
  });

  it('leaves unchanged lines alone: everything up to date, nothing to check', () => {
    const scenario = twoLineCall();
    const { manifest, files } = afterRun([scenario]);
    const plan = planAudio(audioNeeds([scenario]), manifest, facts(files));
    expect(plan.generate).toEqual([]);
    expect(plan.upToDate).toHaveLength(2);
    expect(plan.stale).toEqual([]);
    expect(checkProblems(plan)).toEqual([]);
  });

  it('gives an edited line a new key and marks the old clip stale', () => {
    const before = twoLineCall();
    const { manifest, files } = afterRun([before]);
    const after = twoLineCall({ greeting: { text: 'Bonjour, ma commande 4512 ?' } });
    const plan = planAudio(audioNeeds([after]), manifest, facts(files));
    const oldKey = lineClip(before, { text: 'Bonjour, ma commande ?' }).key;
    expect(plan.generate.map((clip) => clip.text)).toEqual(['Bonjour, ma commande 4512 ?']);
    expect(plan.generate[0]?.key).not.toBe(oldKey);
    expect(plan.stale.map((clip) => [clip.key, clip.recorded])).toEqual([[oldKey, false]]);
    expect(keysOf(prunable(plan))).toEqual([oldKey]);
    expect(checkProblems(plan).some((problem) => problem.includes('--prune'))).toBe(true);
  });

  it('regenerates when the voice or the mood of a line changes', () => {
    const before = twoLineCall();
    const { manifest, files } = afterRun([before]);
    expect(planAudio(audioNeeds([twoLineCall({ persona: { voice: { speed: 140 } } })]), manifest, facts(files)).generate).toHaveLength(2);
    expect(planAudio(audioNeeds([twoLineCall({ goodbye: { mood: 'angry' } })]), manifest, facts(files)).generate).toHaveLength(1);
  });

  it('regenerates a clip whose file is gone', () => {
    const scenario = twoLineCall();
    const { manifest, files } = afterRun([scenario]);
    const [first] = audioNeeds([scenario]).clips;
    files.delete(first!.key);
    expect(keysOf(planAudio(audioNeeds([scenario]), manifest, facts(files)).generate)).toEqual([first!.key]);
  });

  it('keeps a file that replaced the generated one as a recording', () => {
    const scenario = twoLineCall();
    const { manifest, files } = afterRun([scenario]);
    const [first] = audioNeeds([scenario]).clips;
    files.set(first!.key, { sha256: 'sha-of-a-human-recording', bytes: 12_000 });
    const plan = planAudio(audioNeeds([scenario]), manifest, facts(files));
    expect(plan.generate).toEqual([]);
    expect(plan.recordedKept.map((clip) => [clip.key, clip.listed])).toEqual([[first!.key, true]]);
  });

  it('keeps a recording whose line was edited away, and never prunes it', () => {
    const before = twoLineCall();
    const { manifest, files } = afterRun([before]);
    const oldKey = lineClip(before, { text: 'Merci, au revoir.' }).key;
    files.set(oldKey, { sha256: 'sha-of-a-human-recording', bytes: 12_000 });
    const plan = planAudio(audioNeeds([twoLineCall({ goodbye: { text: 'Merci beaucoup, au revoir.' } })]), manifest, facts(files));
    expect(plan.stale.map((clip) => [clip.key, clip.recorded])).toEqual([[oldKey, true]]);
    expect(prunable(plan)).toEqual([]);
  });

  it('takes a file found at a new line\'s place, with no manifest entry, for a recording', () => {
    const scenario = twoLineCall();
    const [first] = audioNeeds([scenario]).clips;
    const plan = planAudio(audioNeeds([scenario]), emptyManifest(), facts(new Map([[first!.key, { sha256: 'x', bytes: 9000 }]])));
    expect(plan.recordedKept.map((clip) => [clip.key, clip.listed])).toEqual([[first!.key, false]]);
    expect(keysOf(plan.generate)).toHaveLength(1);
  });

  it('reports whether named recordings exist, and never plans to generate them', () => {
    const scenario = twoLineCall({ greeting: { audio: 'audio/recorded/greet.ogg' }, goodbye: { audio: 'audio/recorded/bye.ogg' } });
    const plan = planAudio(audioNeeds([scenario]), emptyManifest(), facts(new Map(), { recordedPresent: new Set(['audio/recorded/greet.ogg']) }));
    expect(plan.generate).toEqual([]);
    expect(plan.recorded.map((line) => [line.path, line.present])).toEqual([
      ['audio/recorded/greet.ogg', true],
      ['audio/recorded/bye.ogg', false],
    ]);
    expect(checkProblems(plan)).toEqual(['missing recording public/audio/recorded/bye.ogg']);
  });

  it('judges nothing stale when only some scenarios were read', () => {
    const { manifest, files } = afterRun([twoLineCall()]);
    const plan = planAudio(audioNeeds([twoLineCall({ locale: 'en-GB' })]), manifest, facts(files, { complete: false }));
    expect(plan.staleChecked).toBe(false);
    expect(plan.stale).toEqual([]);
  });
});

describe('nextManifest', () => {
  const measured = { sha256: 'new-sha', bytes: 4200, ms: 1500 };

  it('records generated clips and drops the entry of a clip that failed', () => {
    const scenario = twoLineCall();
    const plan = planAudio(audioNeeds([scenario]), emptyManifest(), facts(new Map()));
    const [ok, failed] = plan.generate;
    const next = nextManifest(emptyManifest(), plan, { generated: new Map([[ok!.key, measured]]), adopted: new Map(), pruned: false });
    expect(next.clips).toEqual({
      [ok!.key]: { file: `audio/clips/${ok!.key}.ogg`, text: ok!.text, locale: 'fr-FR', voice: 'fr -p 50 -s 160', ...measured },
    });
    expect(next.clips[failed!.key]).toBeUndefined();
  });

  it('lists an adopted recording with no generated sha, and keeps a replaced clip\'s entry as it was', () => {
    const scenario = twoLineCall();
    const { manifest, files } = afterRun([scenario]);
    const [first, second] = audioNeeds([scenario]).clips;
    delete manifest.clips[second!.key];
    files.set(first!.key, { sha256: 'human', bytes: 1 });
    files.set(second!.key, { sha256: 'human', bytes: 1 });
    const plan = planAudio(audioNeeds([scenario]), manifest, facts(files));
    const next = nextManifest(manifest, plan, { generated: new Map(), adopted: new Map([[second!.key, { bytes: 7000, ms: 3000 }]]), pruned: false });
    expect(next.clips[first!.key]).toEqual(manifest.clips[first!.key]);
    expect(next.clips[second!.key]).toMatchObject({ sha256: '', bytes: 7000, ms: 3000, text: second!.text });
  });

  it('removes stale generated entries only when pruning', () => {
    const { manifest, files } = afterRun([twoLineCall()]);
    const plan = planAudio(audioNeeds([twoLineCall({ goodbye: { text: 'Au revoir.' } })]), manifest, facts(files));
    const [stale] = plan.stale;
    expect(nextManifest(manifest, plan, { generated: new Map(), adopted: new Map(), pruned: false }).clips[stale!.key]).toBeDefined();
    expect(nextManifest(manifest, plan, { generated: new Map(), adopted: new Map(), pruned: true }).clips[stale!.key]).toBeUndefined();
  });
});

describe('serializeAudioManifest', () => {
  it('sorts entries by key and ends with a newline, for stable diffs', () => {
    const entry = (text: string): ClipEntry => ({ file: 'audio/clips/x.ogg', text, locale: 'fr-FR', voice: 'fr -p 50 -s 160', sha256: 's', bytes: 1, ms: 1 });
    const manifest: AudioManifest = { version: 1, clips: { ffffffffffffffff: entry('b'), '0000000000000000': entry('a') } };
    const text = serializeAudioManifest(manifest);
    expect(Object.keys(JSON.parse(text).clips)).toEqual(['0000000000000000', 'ffffffffffffffff']);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
