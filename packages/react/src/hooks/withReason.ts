import type { UseMutationResult } from '@tanstack/react-query';
import { type DinieErrorReason, errorReason } from '../errorReason.ts';

/** A TanStack mutation result plus the closed {@link DinieErrorReason} of its error. */
export type DinieMutationResult<TData, TVariables> = UseMutationResult<TData, Error, TVariables> & {
  /** Why the last call failed, for a UI to put in words; `null` while there is no error. */
  reason: DinieErrorReason | null;
};

/** Adds `reason` to a mutation result. */
export function withReason<TData, TVariables>(
  result: UseMutationResult<TData, Error, TVariables>,
): DinieMutationResult<TData, TVariables> {
  return { ...result, reason: errorReason(result.error) };
}
