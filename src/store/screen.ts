/** The screens of the app; the URL hash mirrors them so a link or a reload lands on the same one. */
export type Screen =
  | { name: 'today' }
  | { name: 'library' }
  | { name: 'drill' }
  | { name: 'check' }
  | { name: 'progress' }
  | { name: 'self' }
  | { name: 'settings' }
  | { name: 'challenges' }
  | { name: 'board' }
  | { name: 'challenge'; code: string }
  | { name: 'call'; scenarioId: string };

export function screenFromHash(hash: string): Screen {
  const call = /^#\/call\/([a-z0-9-]+)$/.exec(hash);
  if (call?.[1]) return { name: 'call', scenarioId: call[1] };
  const challenge = /^#\/challenge\/([A-Za-z0-9_-]+)$/.exec(hash);
  if (challenge?.[1]) return { name: 'challenge', code: challenge[1] };
  if (hash === '#/challenges') return { name: 'challenges' };
  if (hash === '#/board') return { name: 'board' };
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
    case 'challenges':
      return '#/challenges';
    case 'board':
      return '#/board';
    case 'challenge':
      return `#/challenge/${screen.code}`;
    default:
      return '#/';
  }
}
