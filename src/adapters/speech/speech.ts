/**
 * Speech synthesis for customer lines that have no clip: the browser's Web Speech voices, when
 * it has one for the call's language. Optional by design: with no voice (headless Chromium, many
 * Linux desktops) the caption alone carries the line.
 */
export interface Speech {
  /** Voices the browser has for this locale's language ("fr-FR" → French voices). */
  voicesFor(locale: string): number;
  /** Says the text; `onDone` when finished or failed. Returns false when it cannot speak this language. */
  speak(text: string, locale: string, onDone: (ok: boolean) => void): boolean;
  cancel(): void;
}

export function webSpeech(): Speech {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  const voices = (locale: string) => {
    const language = locale.slice(0, 2).toLowerCase();
    return (synth?.getVoices() ?? []).filter((voice) => voice.lang.toLowerCase().startsWith(language));
  };
  return {
    voicesFor: (locale) => voices(locale).length,
    speak(text, locale, onDone) {
      const voice = voices(locale)[0];
      if (!synth || !voice) return false;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onend = () => onDone(true);
      utterance.onerror = () => onDone(false);
      synth.speak(utterance);
      return true;
    },
    cancel: () => synth?.cancel(),
  };
}

/** No voices at all: for tests, and where the platform has no speech synthesis. */
export const noSpeech: Speech = { voicesFor: () => 0, speak: () => false, cancel: () => undefined };
