/**
 * A polite live region for success messages. It is always rendered (empty when there is nothing to say) so
 * that screen readers pick up the text when it appears.
 */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <div className={message ? 'alert alert--success' : 'live-region--empty'} role="status" aria-live="polite">
      {message ?? ''}
    </div>
  );
}
