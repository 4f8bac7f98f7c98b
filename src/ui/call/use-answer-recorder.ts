import { useCallback, useEffect, useRef, useState } from 'react';
import type { MicProblem, MicSession, Microphone, Recording } from '../../adapters/microphone/microphone';

export type RecorderState = { kind: 'idle' } | { kind: 'opening' } | { kind: 'recording' } | { kind: 'recorded'; durationMs: number } | { kind: 'problem'; problem: MicProblem };

/**
 * "Answer out loud": at each decision the agent may record what they say before choosing.
 * The microphone opens on the first press (so the browser asks at a gesture); if it cannot, the
 * problem is kept and explained, and the call goes on without recording.
 * `take()` hands over the answer recorded for the decision being made (stopping it if needed).
 */
export function useAnswerRecorder(microphone: Microphone, enabled: boolean, turn: number) {
  const [state, setState] = useState<{ turn: number; value: RecorderState }>({ turn, value: { kind: 'idle' } });
  const session = useRef<MicSession | undefined>(undefined);
  const pending = useRef<Recording | undefined>(undefined);
  const problemRef = useRef<MicProblem | undefined>(undefined);
  const [problem, setProblem] = useState<MicProblem | undefined>(undefined);

  useEffect(
    () => () => {
      session.current?.close();
      session.current = undefined;
    },
    [],
  );

  const toggle = useCallback(async () => {
    if (!enabled || problemRef.current) return;
    if (session.current?.recording) {
      const recording = await session.current.stop();
      pending.current = recording;
      setState({ turn, value: recording ? { kind: 'recorded', durationMs: recording.durationMs } : { kind: 'idle' } });
      return;
    }
    if (!session.current) {
      setState({ turn, value: { kind: 'opening' } });
      const opened = await microphone.open();
      if (!opened.ok) {
        problemRef.current = opened.problem;
        setProblem(opened.problem);
        return;
      }
      session.current = opened.session;
    }
    pending.current = undefined;
    session.current.start();
    setState({ turn, value: { kind: 'recording' } });
  }, [enabled, microphone, turn]);

  /** The answer said for the decision being made now, if any. */
  const take = useCallback(async (): Promise<Recording | undefined> => {
    if (session.current?.recording) pending.current = await session.current.stop();
    const recording = pending.current;
    pending.current = undefined;
    return recording;
  }, []);

  const value: RecorderState = problem ? { kind: 'problem', problem } : state.turn === turn ? state.value : { kind: 'idle' };
  return { state: value, toggle, take };
}
