import { errorReason } from '@dinie-embed/react';
import { type ReactNode, useRef, useState } from 'react';
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
  /** How many times the read has failed so far. */
  failures: number;
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
  const failures = query.errorUpdateCount;
  if (query.error) return { error: query.error, retrying: false, failures };
  if (query.isFetching && failures > 0 && last.current !== undefined)
    return { error: last.current, retrying: true, failures };
  return null;
}

/** Props of {@link LoadFailed}. */
interface LoadFailedProps {
  /** The failure, from {@link useFailedLoad}. */
  failure: FailedLoad;
  /** Reads again. */
  onRetry: () => void;
  /** What could not be loaded (default: "your details"). */
  title?: ReactNode;
}

/**
 * A read that failed with nothing to show: why, in words, and a retry, busy while it runs. A retry
 * that fails again says so, visibly and to screen readers (the note is a new node each time, so
 * the alert announces every further failure, not only the first).
 */
export function LoadFailed({ failure, onRetry, title }: LoadFailedProps) {
  const messages = useMessages();
  // How many failures there had been when the borrower last asked for a retry.
  const [failuresAtRetry, setFailuresAtRetry] = useState<number | null>(null);
  const failedAgain = failuresAtRetry !== null && failure.failures > failuresAtRetry && !failure.retrying;
  return (
    <Alert tone="danger" title={title ?? messages.common.loadFailed}>
      <p>{messages.common.errors[errorReason(failure.error) ?? 'unknown']}</p>
      {failedAgain ? <p key={failure.failures}>{messages.common.retryFailed}</p> : null}
      <div>
        <Button
          busy={failure.retrying}
          onClick={() => {
            setFailuresAtRetry(failure.failures);
            onRetry();
          }}
        >
          {messages.common.retry}
        </Button>
      </div>
    </Alert>
  );
}
