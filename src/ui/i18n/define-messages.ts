/** One feature's interface text in both languages; French must have exactly the English keys. */
export function defineMessages<const T extends Record<string, string>>(messages: { en: T; fr: Record<keyof T, string> }) {
  return messages;
}
