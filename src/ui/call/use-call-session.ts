import { useEffect, useState } from 'react';
import type { AudioPlayer } from '../../adapters/audio/audio-player';
import type { Services } from '../shared/services';
import type { Call } from '../../core/engine/call';
import { startCall } from '../../core/engine/call-engine';
import { formatFinding } from '../../core/scenario/finding';
import { parseScenario } from '../../core/scenario/parse-scenario';
import type { ScenarioCard } from '../../core/scenario/scenario-card';
import type { Line, Scenario } from '../../core/scenario/scenario-types';
import { clipResolver } from '../../core/audio/clip-resolver';

export type CallSession =
  | { status: 'loading' }
  | { status: 'error'; details: string[] }
  | { status: 'ready'; scenario: Scenario; call: Call; audio: AudioPlayer; clipFor: (line: Line) => string | undefined };

/**
 * Loads a scenario (parsed at the boundary), its audio manifest and the audio player, preloads the
 * call's clips, and starts the call ringing. Everything is disposed when the screen goes away.
 * `visit` changes on "play again" so a fresh call starts. `timeLimitMs` (a challenge's clock for
 * this call) is part of what the call is: a different limit starts a fresh call.
 */
export function useCallSession(card: ScenarioCard, loadText: () => Promise<string>, services: Services, visit: number, timeLimitMs?: number): CallSession {
  const [state, setState] = useState<{ for: unknown; session: CallSession }>({ for: undefined, session: { status: 'loading' } });
  const key = `${card.file}:${visit}:${timeLimitMs ?? ''}`;
  useEffect(() => {
    let cancelled = false;
    let call: Call | undefined;
    let audio: AudioPlayer | undefined;
    const setSession = (session: CallSession) => setState({ for: key, session });
    (async () => {
      const [text, manifest, player] = await Promise.all([
        loadText(),
        services.loadAudioManifest().catch(() => undefined),
        services.createAudio(),
      ]);
      audio = player;
      if (cancelled) return player.dispose();
      const parsed = parseScenario(text, card.file);
      if (!parsed.ok) {
        setSession({ status: 'error', details: parsed.findings.map(formatFinding) });
        return;
      }
      const { clipFor, speakingMs } = clipResolver(manifest, parsed.scenario);
      player.preload(clipUrls(parsed.scenario, clipFor));
      call = startCall(parsed.scenario, { clock: services.clock, speakingMs, ...(timeLimitMs === undefined ? {} : { timeLimitMs }) });
      setSession({ status: 'ready', scenario: parsed.scenario, call, audio: player, clipFor });
    })().catch((error: unknown) => {
      if (!cancelled) setSession({ status: 'error', details: [error instanceof Error ? error.message : String(error)] });
    });
    return () => {
      cancelled = true;
      call?.dispose();
      audio?.dispose();
    };
  }, [card, loadText, services, key, timeLimitMs]);
  return state.for === key ? state.session : { status: 'loading' };
}

function clipUrls(scenario: Scenario, clipFor: (line: Line) => string | undefined): string[] {
  const urls = new Set<string>();
  for (const state of Object.values(scenario.states)) {
    for (const line of [state.line, ...state.variants]) {
      const url = line ? clipFor(line) : undefined;
      if (url) urls.add(url);
    }
  }
  return [...urls];
}
