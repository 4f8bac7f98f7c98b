/** The screens of the app; the URL hash mirrors them so a link or a reload lands on the same one. */
export type Screen =
  | { name: 'today' }
  | { name: 'library' }
  | { name: 'drill' }
  | { name: 'check' }
  | { name: 'progress' }
  | { name: 'self' }
  | { name: 'settings' }
  | { name: 'call'; scenarioId: string };

export function screenFromHash(hash: string): Screen {
  const call = /^#\/call\/([a-z0-9-]+)$/.exec(hash);
  if (call?.[1]) return { name: 'call', scenarioId: call[1] };
  if (hash === '#/library') return { name: 'library' };
  if (hash === '#/drill') return { name: 'drill' };
  if (hash === '#/check') return { name: 'check' };
  if (hash === '#/progress') return { name: 'progress' };
  if (hash === '#/self') return { name: 'self' };
  if (hash === '#/settings') return { name: 'settings' };
  return { name: 'today' };
}

export function hashOf(screen: Screen): string {
  switch (screen.name) {
    case 'call':
      return `#/call/${screen.scenarioId}`;
    case 'library':
      return '#/library';
    case 'drill':
      return '#/drill';
    case 'check':
      return '#/check';
    case 'progress':
      return '#/progress';
    case 'self':
      return '#/self';
    case 'settings':
      return '#/settings';
    default:
      return '#/';
  }
}
