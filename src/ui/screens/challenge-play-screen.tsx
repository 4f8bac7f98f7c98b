/** Placeholder: being built. */
export default function ChallengePlayScreen(_props: { code: string }) {
  return <h1>ChallengePlayScreen</h1>;
}
