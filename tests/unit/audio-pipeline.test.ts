/**
 * The real pipeline (espeak-ng + sox) on a temporary copy of the project layout: scenarios/ and public/
 * under a temporary root, one call of two customer lines.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAudioManifest } from '../../src/core/audio/audio-manifest';
import { runAudio, type AudioRunOptions } from '../../scripts/audio/run-audio';
import { fakeScenarioFile, toText, type Json } from '../factories/scenario-factory';

function twoLineCallFile(goodbye = 'Merci, au revoir.'): string {
  const base = fakeScenarioFile();
  return toText({
    ...base,
    meta: { ...(base.meta as Json), persona: { name: 'Karine', role: 'Acheteuse', mood: 'neutral', voice: { variant: 'f3', pitch: 55 } } },
    states: {
      greet: {
        meta: { line: { text: 'Bonjour, ma commande ?' } },
        on: { 'opt.greet': { target: 'done', meta: { option: { text: 'Bonjour.', effects: {}, feedback: 'ok' } } } },
      },
      done: { type: 'final', meta: { line: { text: goodbye, mood: 'satisfied' }, outcome: { kind: 'resolved', summary: 'ok' } } },
    },
  });
}

let root: string;
const logs: string[] = [];
const run = (options: Partial<AudioRunOptions> = {}) => runAudio({ root, check: false, prune: false, files: [], ...options }, (line) => logs.push(line));
const manifest = () => parseAudioManifest(JSON.parse(readFileSync(join(root, 'public/audio/manifest.json'), 'utf8')));
const clipPath = (key: string) => join(root, 'public/audio/clips', `${key}.ogg`);
const soxi = (flag: string, file: string) => execFileSync('soxi', [flag, file], { encoding: 'utf8' }).trim();

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'callcourt-audio-test-'));
  mkdirSync(join(root, 'scenarios'));
  writeFileSync(join(root, 'scenarios', 'test-call.json'), twoLineCallFile());
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run audio on a real scenario', () => {
  it('finds two missing clips with --check, and generates nothing', async () => {
    const report = await run({ check: true });
    expect(report.exitCode).toBe(1);
    expect(report.plan.generate).toHaveLength(2);
    expect(existsSync(join(root, 'public/audio/manifest.json'))).toBe(false);
  });

  it('generates small 8 kHz mono Ogg clips and lists them in the manifest', async () => {
    const report = await run();
    expect(report.exitCode).toBe(0);
    expect(report.generated.size).toBe(2);
    const clips = manifest().clips;
    expect(Object.values(clips).map((clip) => [clip.text, clip.voice])).toEqual(
      expect.arrayContaining([
        ['Bonjour, ma commande ?', 'fr+f3 -p 55 -s 160'],
        ['Merci, au revoir.', 'fr+f3 -p 58 -s 160'],
      ]),
    );
    for (const [key, clip] of Object.entries(clips)) {
      const file = clipPath(key);
      const bytes = readFileSync(file);
      expect(clip.file).toBe(`audio/clips/${key}.ogg`);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('OggS');
      expect(bytes.length).toBe(clip.bytes);
      expect(bytes.length).toBeLessThan(40 * 1024);
      expect(soxi('-c', file)).toBe('1');
      expect(soxi('-r', file)).toBe('8000');
      expect(clip.ms).toBeGreaterThan(500);
      expect(clip.ms).toBeLessThan(5000);
    }
  });

  it('generates nothing on a second run, and --check passes', async () => {
    const before = readFileSync(join(root, 'public/audio/manifest.json'), 'utf8');
    const again = await run();
    expect(again.generated.size).toBe(0);
    expect(again.plan.upToDate).toHaveLength(2);
    expect(again.manifestWritten).toBe(false);
    expect(readFileSync(join(root, 'public/audio/manifest.json'), 'utf8')).toBe(before);
    expect((await run({ check: true })).exitCode).toBe(0);
  });

  it('never overwrites a clip replaced by a recording', async () => {
    const [key] = Object.keys(manifest().clips).sort();
    const recording = join(root, 'recording.ogg');
    execFileSync('sox', ['-R', '-n', '-r', '8000', '-c', '1', '-C', '0', recording, 'synth', '0.5', 'sine', '440']);
    writeFileSync(clipPath(key!), readFileSync(recording));
    const report = await run();
    expect(report.generated.size).toBe(0);
    expect(report.plan.recordedKept.map((clip) => clip.key)).toEqual([key]);
    expect(readFileSync(clipPath(key!))).toEqual(readFileSync(recording));
    expect(logs.some((line) => line.includes('recorded (kept)'))).toBe(true);
  });

  it('makes a new clip for an edited line; --prune deletes the old generated one', async () => {
    const old = manifest().clips;
    writeFileSync(join(root, 'scenarios', 'test-call.json'), twoLineCallFile('Merci beaucoup, au revoir.'));
    expect((await run({ check: true })).exitCode).toBe(1);
    const report = await run({ prune: true });
    expect(report.generated.size).toBe(1);
    const [stale] = report.pruned;
    expect(old[stale!.key]?.text).toBe('Merci, au revoir.');
    expect(existsSync(clipPath(stale!.key))).toBe(false);
    expect(Object.values(manifest().clips).map((clip) => clip.text).sort()).toEqual(['Bonjour, ma commande ?', 'Merci beaucoup, au revoir.']);
    expect((await run({ check: true })).exitCode).toBe(0);
  });
});
