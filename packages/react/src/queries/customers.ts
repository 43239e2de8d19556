import type {
  BiometricsSession,
  Customer,
  CustomerCreateRequest,
  CustomerUpdateRequest,
  KycDocument,
  UploadDocumentInput,
} from '@dinie-embed/api';
import { mutationOptions, type QueryClient, queryOptions, skipToken } from '@tanstack/react-query';
import { createSubmission, type Submission } from './createSubmission.ts';
import { dinieClientOf } from './dinieClientOf.ts';
import { FRESH_FOR_MS } from './freshness.ts';
import { customerKeys } from './queryKeys.ts';
import { rememberBiometricsSession, rememberedBiometricsSession } from './rememberedBiometrics.ts';

/** {@link customerQueries}`.session()`, importable alone. */
export const sessionCustomerQuery = () =>
  queryOptions({
    queryKey: customerKeys.session(),
    staleTime: FRESH_FOR_MS,
    queryFn: async ({ client, signal }): Promise<Customer | null> => {
      const page = await dinieClientOf(client, 'customerQueries.session()').customers.list(
        { limit: 1 },
        { signal },
      );
      const customer = page.data[0] ?? null;
      if (customer) client.setQueryData(customerKeys.detail(customer.id), customer);
      return customer;
    },
  });

/** {@link customerQueries}`.detail(id)`, importable alone. */
export const customerDetailQuery = (customerId: string) =>
  queryOptions({
    queryKey: customerKeys.detail(customerId),
    staleTime: FRESH_FOR_MS,
    queryFn: ({ client, signal }) =>
      dinieClientOf(client, 'customerQueries.detail(id)').customers.get(customerId, { signal }),
  });

/**
 * `queryOptions` of customers. Its members are also module-level functions, which `useCustomer`
 * imports one by one: a page that shows the borrower then does not carry the biometrics session's
 * storage reader.
 */
export const customerQueries = {
  /**
   * The borrower of the session: behind the proxy, `GET customers` answers a list of 0 or 1;
   * `null` means the borrower has not registered yet. The customer it finds also fills its
   * `detail`, so a component asking for it by id does not fetch it again.
   */
  session: sessionCustomerQuery,
  /** One customer by id, with its `kyc` list. */
  detail: customerDetailQuery,
  /**
   * The biometrics session last opened from this tab. Dinie cannot hand an open session's URL
   * out again (409 `session_already_active`), so it is kept here, filled by
   * `customerMutations.startBiometrics()` and never fetched; the tab's `sessionStorage` keeps it
   * across a reload, so the borrower resumes the same capture (same QR code, same frame).
   */
  biometricsSession: (customerId: string) =>
    queryOptions<BiometricsSession>({
      queryKey: customerKeys.biometricsSession(customerId),
      queryFn: skipToken,
      initialData: () => rememberedBiometricsSession(customerId),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

/** Variables of {@link customerMutations.update}. */
export interface UpdateCustomerVariables {
  /** The customer to correct. */
  customerId: string;
  /** The fields to change; only the keys sent change. */
  changes: CustomerUpdateRequest;
}

/** Variables of {@link customerMutations.uploadDocument}. */
export interface UploadDocumentVariables extends UploadDocumentInput {
  /** The customer the document belongs to. */
  customerId: string;
  /** The key of this logical upload, the same on every retry of it. */
  idempotencyKey: string;
  /** Cancels the upload. */
  signal?: AbortSignal | undefined;
}

/** `mutationOptions` of customers; each keeps the cache in step with the answer. */
export const customerMutations = {
  /**
   * Registers the borrower. Repeats of the same input share one `Idempotency-Key` (see
   * `createSubmission`), so a double submit or a retry registers one customer.
   *
   * @param submission - the logical submission to use; a hook keeps one per component.
   */
  register: (submission: Submission<CustomerCreateRequest> = createSubmission()) =>
    mutationOptions({
      mutationKey: [...customerKeys.all, 'register'] as const,
      mutationFn: (input: CustomerCreateRequest, { client }) =>
        submission.submit(input, (idempotencyKey) =>
          dinieClientOf(client, 'customerMutations.register()').customers.create(input, { idempotencyKey }),
        ),
      onSuccess: (customer, _input, _result, { client }) => storeCustomer(client, customer),
    }),
  /** Corrects customer data (`pending_correction` items of kind `data`). */
  update: () =>
    mutationOptions({
      mutationKey: [...customerKeys.all, 'update'] as const,
      mutationFn: ({ customerId, changes }: UpdateCustomerVariables, { client }) =>
        dinieClientOf(client, 'customerMutations.update()').customers.update(customerId, changes),
      onSuccess: (customer, _variables, _result, { client }) => storeCustomer(client, customer),
    }),
  /** Uploads one KYC document; the customer is refetched afterwards for its new `kyc` state. */
  uploadDocument: () =>
    mutationOptions({
      mutationKey: [...customerKeys.all, 'upload-document'] as const,
      mutationFn: (
        { customerId, idempotencyKey, signal, ...input }: UploadDocumentVariables,
        { client },
      ): Promise<KycDocument> =>
        dinieClientOf(client, 'customerMutations.uploadDocument()').customers.uploadDocument(
          customerId,
          input,
          {
            idempotencyKey,
            signal,
          },
        ),
      onSuccess: (_document, _variables, _result, { client }) =>
        client.invalidateQueries({ queryKey: customerKeys.all }),
    }),
  /**
   * Opens a biometrics capture session and remembers it for the customer. Single-flight per
   * customer and QueryClient: a start made while another is running joins it, and a session
   * already held and not expired is returned as is. Dinie keeps one open session per customer and
   * refuses a second with 409 `session_already_active`, which is what a component starting from
   * an effect would otherwise get under StrictMode, or two components starting together.
   */
  startBiometrics: () =>
    mutationOptions({
      mutationKey: [...customerKeys.all, 'start-biometrics'] as const,
      mutationFn: (customerId: string, { client }): Promise<BiometricsSession> => {
        const held =
          client.getQueryData<BiometricsSession>(customerKeys.biometricsSession(customerId)) ??
          rememberedBiometricsSession(customerId);
        if (held && !hasExpired(held)) return Promise.resolve(held);
        return biometricsStartsOf(client).submit(customerId, async () => {
          const session = await dinieClientOf(
            client,
            'customerMutations.startBiometrics()',
          ).customers.createBiometricsSession(customerId);
          // Stored before the shared promise settles, so a start in between sees it as held.
          client.setQueryData(customerKeys.biometricsSession(customerId), session);
          rememberBiometricsSession(customerId, session);
          return session;
        });
      },
      onSuccess: (session, customerId, _result, { client }) => {
        client.setQueryData(customerKeys.biometricsSession(customerId), session);
        return client.invalidateQueries({ queryKey: customerKeys.detail(customerId) });
      },
    }),
};

// One per QueryClient rather than per hook: the starts that collide come from separate
// `useMutation` calls (an effect run twice, two components), which share only the cache.
const biometricsStarts = new WeakMap<QueryClient, Submission<string>>();

function biometricsStartsOf(client: QueryClient): Submission<string> {
  let starts = biometricsStarts.get(client);
  if (!starts) {
    starts = createSubmission<string>();
    biometricsStarts.set(client, starts);
  }
  return starts;
}

function hasExpired(session: BiometricsSession): boolean {
  const expiresAt = Date.parse(session.expires_at);
  return Number.isNaN(expiresAt) || expiresAt <= Date.now();
}

/** Puts a customer the server just returned where every customer query will find it. */
function storeCustomer(client: QueryClient, customer: Customer): void {
  client.setQueryData(customerKeys.detail(customer.id), customer);
  client.setQueryData(customerKeys.session(), (current: Customer | null | undefined) =>
    current === undefined || current === null || current.id === customer.id ? customer : current,
  );
}
