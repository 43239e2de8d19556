/**
 * The `Last-Event-ID` of a first connection. The proxy then replays the borrower's recent events
 * it still holds (or says `resync`), so after a reload the page learns what only events tell,
 * such as which loan came from which offer (`loan.created`).
 */
export const REPLAY_FROM_START = '0';
