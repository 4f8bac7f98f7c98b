/** Placeholder: the progress screen (blind spots, skills over time, history, backup) is being built. */
export default function ProgressScreen(_props: { onRateYourself: () => void }) {
  return <h1>Progress</h1>;
}
