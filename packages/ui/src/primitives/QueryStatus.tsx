import { errorReason } from '@dinie-embed/react';
import { useRef } from 'react';
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

/** The parts of a TanStack Query result that {@link useFailedLoad} reads. */
interface LoadedQuery {
  data: unknown;
  error: unknown;
  isFetching: boolean;
  errorUpdateCount: number;
}

/** A read that failed with nothing to show, as {@link useFailedLoad} reports it. */
export interface FailedLoad {
  /** The last error. */
  error: unknown;
  /** A retry is under way: the failure stays on screen, its button busy, until the retry ends. */
  retrying: boolean;
}

/**
 * Whether `query` failed with nothing to show, also while it retries: TanStack Query puts a
 * retried query without data back to "pending", which would swap the failure and its focused
 * retry button for "loading" and back. `null` while there is data or no failure.
 */
export function useFailedLoad(query: LoadedQuery): FailedLoad | null {
  const last = useRef<unknown>(undefined);
  if (query.error) last.current = query.error;
  if (query.data !== undefined) return null;
  if (query.error) return { error: query.error, retrying: false };
  if (query.isFetching && query.errorUpdateCount > 0 && last.current !== undefined)
    return { error: last.current, retrying: true };
  return null;
}

/** A read that failed with nothing to show: why, in words, and a retry, busy while it runs. */
export function LoadFailed({ failure, onRetry }: { failure: FailedLoad; onRetry: () => void }) {
  const messages = useMessages();
  return (
    <Alert tone="danger" title={messages.common.loadFailed}>
      <p>{messages.common.errors[errorReason(failure.error) ?? 'unknown']}</p>
      <div>
        <Button busy={failure.retrying} onClick={onRetry}>
          {messages.common.retry}
        </Button>
      </div>
    </Alert>
  );
}
