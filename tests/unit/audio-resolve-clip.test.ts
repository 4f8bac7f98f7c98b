import { describe, expect, it } from 'vitest';
import { emptyManifest, parseAudioManifest, serializeAudioManifest, type AudioManifest } from '../../src/core/audio/audio-manifest';
import { lineClip } from '../../src/core/audio/line-clip';
import { resolveClip } from '../../src/core/audio/resolve-clip';
import { fakeScenarioFile, parseOrThrow } from '../factories/scenario-factory';

const scenario = parseOrThrow(fakeScenarioFile());
const greeting = { text: 'Bonjour, ma commande ?' };

function manifestWith(...lines: Array<{ text: string; mood?: 'angry' }>): AudioManifest {
  const manifest = emptyManifest();
  for (const line of lines) {
    const clip = lineClip(scenario, line);
    manifest.clips[clip.key] = { file: `audio/clips/${clip.key}.ogg`, text: clip.text, locale: clip.locale, voice: clip.voice, sha256: 'abc', bytes: 4000, ms: 1800 };
  }
  return manifest;
}

describe('resolveClip', () => {
  it("plays the line's own recording first", () => {
    expect(resolveClip(manifestWith(greeting), scenario, { ...greeting, audio: 'audio/recorded/greet.ogg' })).toBe('audio/recorded/greet.ogg');
    expect(resolveClip(undefined, scenario, { ...greeting, audio: 'audio/recorded/greet.ogg' })).toBe('audio/recorded/greet.ogg');
  });

  it('else the generated clip for this text and voice', () => {
    const key = lineClip(scenario, greeting).key;
    expect(resolveClip(manifestWith(greeting), scenario, greeting)).toBe(`audio/clips/${key}.ogg`);
  });

  it('else nothing: the caption plays alone', () => {
    expect(resolveClip(undefined, scenario, greeting)).toBeUndefined();
    expect(resolveClip(emptyManifest(), scenario, greeting)).toBeUndefined();
    expect(resolveClip(manifestWith(greeting), scenario, { text: 'Bonjour, ma commande 4512 ?' })).toBeUndefined();
  });

  it("finds the clip made for the line's mood, not another one", () => {
    const manifest = manifestWith({ text: 'Merci.', mood: 'angry' });
    expect(resolveClip(manifest, scenario, { text: 'Merci.', mood: 'angry' })).toBeDefined();
    expect(resolveClip(manifest, scenario, { text: 'Merci.' })).toBeUndefined();
  });
});

describe('parseAudioManifest', () => {
  it('reads what serializeAudioManifest writes', () => {
    const manifest = manifestWith(greeting, { text: 'Merci, au revoir.' });
    expect(parseAudioManifest(JSON.parse(serializeAudioManifest(manifest)))).toEqual(manifest);
  });

  it('gives an empty manifest for anything that is not a version-1 manifest', () => {
    for (const bad of [undefined, null, 42, 'manifest', [], {}, { version: 2, clips: {} }, { version: 1 }, { version: 1, clips: [] }, { version: '1', clips: {} }]) {
      expect(parseAudioManifest(bad)).toEqual({ version: 1, clips: {} });
    }
  });

  it('drops malformed entries and keeps the rest', () => {
    const good = { file: 'audio/clips/0123456789abcdef.ogg', text: 'Oui.', locale: 'fr-FR', voice: 'fr -p 50 -s 160', sha256: 'abc', bytes: 10, ms: 20 };
    const manifest = parseAudioManifest({
      version: 1,
      clips: {
        '0123456789abcdef': good,
        'not-a-key': good,
        '1111111111111111': 'a string',
        '2222222222222222': { ...good, file: 42 },
        '3333333333333333': { ...good, file: '/etc/passwd' },
        '4444444444444444': { ...good, file: '../secret.ogg' },
      },
    });
    expect(manifest.clips).toEqual({ '0123456789abcdef': good });
  });

  it('repairs missing or wrong-typed details of an entry that has a file', () => {
    const manifest = parseAudioManifest({ version: 1, clips: { '0123456789abcdef': { file: 'audio/clips/0123456789abcdef.ogg', bytes: -1, ms: 'long' } } });
    expect(manifest.clips['0123456789abcdef']).toEqual({ file: 'audio/clips/0123456789abcdef.ogg', text: '', locale: '', voice: '', sha256: '', bytes: 0, ms: 0 });
  });
});
