/** Placeholder: the self-assessment form is being built. */
export default function SelfAssessmentScreen(_props: { onDone: () => void }) {
  return <h1>Self-assessment</h1>;
}
