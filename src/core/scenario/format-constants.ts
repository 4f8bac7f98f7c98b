/** Plain constants of the scenario format, without the schemas: cheap to import anywhere (the library's filters, the challenge format). */
export const FORMAT_VERSION = 1;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const STATE_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
export const EVENT_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
export const LOCALE_PATTERN = /^(fr|en)-[A-Z]{2}$/;
export const AUDIO_PATTERN = /^(?!\/)(?!.*\.\.)[A-Za-z0-9_./-]+\.(ogg|mp3|wav|webm)$/;

export const FATAL_KINDS = ['identity-breach', 'false-promise', 'abusive'] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const PERSONA_TRAITS = ['hurried', 'irritated', 'confused', 'firm', 'anxious', 'friendly', 'elderly'] as const;
