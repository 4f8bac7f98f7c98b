/** A polite live region: screen readers hear each new customer line without moving focus. */
export function LiveAnnouncer({ message }: { message: string }) {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message}
    </div>
  );
}
