/**
 * How long the data of a Dinie query counts as fresh, in milliseconds. Events, the polling
 * fallback and the safety-net poll refetch what the server changes whatever this says; it only
 * spares a request when another component mounts with data just fetched, or just brought by a list
 * (`GET customers` brings the session's borrower, an offer list each offer).
 */
export const FRESH_FOR_MS = 30_000;
