/** The screens of the app; the URL hash mirrors them so a link or a reload lands on the same one. */
export type Screen = { name: 'library' } | { name: 'call'; scenarioId: string };

export function screenFromHash(hash: string): Screen {
  const match = /^#\/call\/([a-z0-9-]+)$/.exec(hash);
  return match?.[1] ? { name: 'call', scenarioId: match[1] } : { name: 'library' };
}

export function hashOf(screen: Screen): string {
  return screen.name === 'call' ? `#/call/${screen.scenarioId}` : '#/';
}
