/** Placeholder: being built. */
export default function ChallengesScreen(_props: Record<string, unknown>) {
  return <h1>ChallengesScreen</h1>;
}
