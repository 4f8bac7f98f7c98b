/**
 * "Not now" on the self-assessment invitation (and "Skip for now" on the form) quiets the invitation
 * for the rest of the session, in memory only. A session is one Services object: main.tsx makes one
 * per page load, and each test makes its own, so nothing leaks from one test to the next.
 */
const snoozed = new WeakSet<object>();

export function snoozeSelfAssessment(session: object): void {
  snoozed.add(session);
}

export function selfAssessmentSnoozed(session: object): boolean {
  return snoozed.has(session);
}
