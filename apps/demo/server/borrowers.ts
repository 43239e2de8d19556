import { randomBytes } from 'node:crypto';

/** A shop signed up to the partner's ERP; its `id` is the borrower's `external_id` at Dinie. */
export interface Borrower {
  /** The partner's own id, e.g. `loja-3f9a1c2b`. */
  id: string;
  /** The shop's name, as typed at sign-up. */
  name: string;
  /** What the partner learnt from Dinie's webhooks: the borrower's newest loan. */
  loanId: string | null;
}

/** The partner's user directory: in memory, bounded, newest first. */
export interface BorrowerDirectory {
  list(): Borrower[];
  get(id: string): Borrower | undefined;
  /** Signs up a shop; `name` is trimmed and must be 2–80 characters. */
  create(name: string): Borrower;
  /** Remembers a loan announced by a webhook for this borrower. */
  recordLoan(id: string, loanId: string): void;
}

const MAX_BORROWERS = 500;

/** Thrown for a name the sign-up form must reject. */
export class BorrowerNameError extends Error {
  override readonly name = 'BorrowerNameError';
}

/** Creates an empty directory; the oldest shop is forgotten once {@link MAX_BORROWERS} exist. */
export function createBorrowerDirectory(): BorrowerDirectory {
  const borrowers = new Map<string, Borrower>();
  return {
    list: () => [...borrowers.values()].reverse(),
    get: (id) => borrowers.get(id),
    create(rawName) {
      const name = rawName.trim().replace(/\s+/g, ' ');
      if (name.length < 2 || name.length > 80) {
        throw new BorrowerNameError('O nome da loja deve ter de 2 a 80 caracteres.');
      }
      const borrower: Borrower = { id: `loja-${randomBytes(4).toString('hex')}`, name, loanId: null };
      borrowers.set(borrower.id, borrower);
      if (borrowers.size > MAX_BORROWERS) {
        const oldest = borrowers.keys().next().value;
        if (oldest !== undefined) borrowers.delete(oldest);
      }
      return borrower;
    },
    recordLoan(id, loanId) {
      const borrower = borrowers.get(id);
      if (borrower) borrower.loanId = loanId;
    },
  };
}
