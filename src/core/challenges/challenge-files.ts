/** File names for what challenges hand out: safe on every system, readable, never empty. */

/** "Défi du lundi !" → "defi-du-lundi": letters and digits without accents, joined by dashes. */
export function fileSlug(text: string, fallback: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || fallback;
}

export function challengeFileName(challengeName: string): string {
  return `challenge-${fileSlug(challengeName, 'team')}.json`;
}

export function resultFileName(player: string): string {
  return `challenge-result-${fileSlug(player, 'agent')}.json`;
}

export function boardFileName(challengeName: string): string {
  return `team-board-${fileSlug(challengeName, 'challenge')}.csv`;
}
