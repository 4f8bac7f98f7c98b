/**
 * What the synthesiser reads out of a caption: stage directions in parentheses or brackets,
 * such as "(soupir)" or "[bruit de fond]", are shown in the caption but not spoken.
 */
export function spokenText(caption: string): string {
  return caption
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the caption has words to say once stage directions are removed. */
export function hasWords(caption: string): boolean {
  return /[\p{L}\p{N}]/u.test(spokenText(caption));
}
