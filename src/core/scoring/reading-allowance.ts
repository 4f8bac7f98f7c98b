/**
 * How long an agent may take at a decision before time counts, from the end of the customer's line:
 * enough to read the options, and whatever of the line's caption the time spent saying it did not
 * cover. Norms and reasons: norms.ts.
 */
import { READING_BASE_MS, READING_MS_PER_CHAR } from './norms';

/**
 * `speakingMs`: how long the customer took to say `line` (the log's `speakingMs`; 0 when the log has
 * none, e.g. a call recorded before answers were timed from the end of the line).
 */
export function readingAllowanceMs(line: string | undefined, options: readonly { text: string }[], speakingMs: number): number {
  const optionChars = options.reduce((sum, option) => sum + option.text.length, 0);
  const lineUncoveredMs = Math.max(0, READING_MS_PER_CHAR * (line?.length ?? 0) - Math.max(0, speakingMs));
  return READING_BASE_MS + READING_MS_PER_CHAR * optionChars + lineUncoveredMs;
}
