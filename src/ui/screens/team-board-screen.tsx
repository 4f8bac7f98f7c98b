/** Placeholder: being built. */
export default function TeamBoardScreen(_props: Record<string, unknown>) {
  return <h1>TeamBoardScreen</h1>;
}
