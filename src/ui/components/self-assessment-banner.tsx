/** Placeholder: invites the agent to rate themselves when a self-assessment is due. */
export function SelfAssessmentBanner(_props: { onRate: () => void }) {
  return null;
}
