import { errorReason } from '@dinie-embed/react';
import { useMessages } from '../theme/ThemeContext.ts';
import { Alert } from './Alert.tsx';
import { Button } from './Button.tsx';
import { Spinner } from './icons.tsx';

/** "Loading…" with a spinner, announced politely. */
export function LoadingLine() {
  const messages = useMessages();
  return (
    <p className="dinie-status-line" role="status">
      <Spinner />
      {messages.common.loading}
    </p>
  );
}

/** A read that failed with nothing to show: why, in words, and a retry. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const messages = useMessages();
  return (
    <Alert tone="danger" title={messages.common.loadFailed}>
      <p>{messages.common.errors[errorReason(error) ?? 'unknown']}</p>
      <div>
        <Button onClick={onRetry}>{messages.common.retry}</Button>
      </div>
    </Alert>
  );
}
