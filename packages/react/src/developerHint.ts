/**
 * Tells the developer, once per provider and in the console, why the front end cannot reach the
 * proxy: the borrower only sees "something went wrong" and a retry, which says nothing about a
 * wrong `baseUrl` or a dev server that does not forward the mount. Every call goes through the
 * session token first, so a `fetchSessionToken` that fails is where an unreachable proxy shows.
 */
export interface DeveloperHints {
  /** `fetchSessionToken` failed. */
  sessionFailed(error: unknown): void;
}

/**
 * The hints of one provider, which logs each at most once. The wording loads only when there is
 * something to tell: a page that reaches its proxy never downloads it.
 */
export function createDeveloperHints(baseUrl: string): DeveloperHints {
  let told = false;
  return {
    sessionFailed(error) {
      if (told) return;
      told = true;
      void import('./developerHintText.ts').then(({ sessionFailedHint }) =>
        console.error(sessionFailedHint(baseUrl, error)),
      );
    },
  };
}
