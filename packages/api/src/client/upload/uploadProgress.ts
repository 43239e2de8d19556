/** How much of an upload has been sent. */
export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /**
   * Bytes to send: the whole multipart body where the platform reports it, else the file size.
   * The last report of a finished upload has `loaded === total`.
   */
  total: number;
}

/** Receives upload progress; reports never go backwards. */
export type UploadProgressListener = (progress: UploadProgress) => void;

/**
 * Wraps a listener so it only hears progress that moves forward. A retried upload starts sending
 * from byte 0 again; the person watching a progress bar should not see it jump back, so reports
 * below the best so far are dropped until the new attempt passes it.
 */
export function monotonicProgress(listener: UploadProgressListener): UploadProgressListener {
  let best = -1;
  return ({ loaded, total }) => {
    const clamped = Math.min(loaded, total);
    if (clamped <= best) return;
    best = clamped;
    listener({ loaded: clamped, total });
  };
}
