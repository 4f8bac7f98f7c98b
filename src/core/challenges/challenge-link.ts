/** The link a team lead shares: the app's own address, with the challenge's code in the fragment. */
import { encodeChallenge, type Challenge } from './challenge';

/** `pageUrl` is any address of the app (the current page): its fragment is replaced. */
export function challengeLink(pageUrl: string, challenge: Challenge): string {
  const hash = pageUrl.indexOf('#');
  const base = hash === -1 ? pageUrl : pageUrl.slice(0, hash);
  return `${base}#/challenge/${encodeChallenge(challenge)}`;
}
