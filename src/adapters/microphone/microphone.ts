/**
 * "Hear yourself": the agent's answer, recorded from the microphone on this device only.
 * getUserMedia + MediaRecorder behind a small interface; every way it can fail becomes a named
 * problem the UI explains, and the call goes on without recording.
 */
export type MicProblem = 'unsupported' | 'denied' | 'missing' | 'failed';

export interface Recording {
  blob: Blob;
  mimeType: string;
  durationMs: number;
}

export interface MicSession {
  start(): void;
  /** Stops and returns what was recorded (undefined if nothing was). */
  stop(): Promise<Recording | undefined>;
  readonly recording: boolean;
  /** Releases the microphone. */
  close(): void;
}

export interface Microphone {
  open(): Promise<{ ok: true; session: MicSession } | { ok: false; problem: MicProblem }>;
}

function problemOf(error: unknown): MicProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  return 'failed';
}

const TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/mp4'];

export function browserMicrophone(): Microphone {
  return {
    async open() {
      if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') return { ok: false, problem: 'unsupported' };
      let stream: MediaStream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch (error) {
        return { ok: false, problem: problemOf(error) };
      }
      const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
      let recorder: MediaRecorder | undefined;
      let chunks: Blob[] = [];
      let startedAt = 0;
      return {
        ok: true,
        session: {
          get recording() {
            return recorder?.state === 'recording';
          },
          start() {
            chunks = [];
            recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
            recorder.ondataavailable = (event) => {
              if (event.data.size > 0) chunks.push(event.data);
            };
            startedAt = performance.now();
            recorder.start();
          },
          stop() {
            const current = recorder;
            if (!current || current.state !== 'recording') return Promise.resolve(undefined);
            return new Promise((resolve) => {
              current.onstop = () => {
                const type = current.mimeType || mimeType || 'audio/webm';
                resolve(chunks.length > 0 ? { blob: new Blob(chunks, { type }), mimeType: type, durationMs: performance.now() - startedAt } : undefined);
              };
              current.stop();
            });
          },
          close() {
            if (recorder?.state === 'recording') recorder.stop();
            for (const track of stream.getTracks()) track.stop();
          },
        },
      };
    },
  };
}
