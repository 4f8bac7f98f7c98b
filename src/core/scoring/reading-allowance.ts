/** How long an agent may take at a decision before time counts: enough to read the line and the options. */
import { READING_BASE_MS, READING_MS_PER_CHAR } from './norms';

export function readingAllowanceMs(line: string | undefined, options: readonly { text: string }[]): number {
  const chars = (line?.length ?? 0) + options.reduce((sum, option) => sum + option.text.length, 0);
  return READING_BASE_MS + READING_MS_PER_CHAR * chars;
}
