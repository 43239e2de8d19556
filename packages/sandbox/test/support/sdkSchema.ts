import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/*
 * The SDK dialect of Dinie 2026-03-01 as JSON Schema (2020-12), written from the contract notes
 * (§5, §6, §9.4, §9.5, §11) — what the official SDKs' generated models demand: money as numbers,
 * instants as integer Unix seconds, their field names, the tagged KYC requirements, six loan
 * statuses, fifteen events. Objects are closed, so a documented-dialect key leaking into an SDK
 * answer fails the check.
 */

// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema is plain data.
type Schema = Record<string, any>;

const closed = (required: string[], properties: Schema): Schema => ({
  type: 'object',
  required,
  properties,
  additionalProperties: false,
});
const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const id = (prefix: string): Schema => ({ type: 'string', pattern: `^${prefix}[0-9a-f]{32}$` });
const page = (item: string): Schema =>
  closed(['data', 'has_more'], { data: { type: 'array', items: ref(item) }, has_more: { type: 'boolean' } });

const money: Schema = { type: 'number', minimum: 0 };
const seconds: Schema = { type: 'integer', minimum: 1_000_000_000 };
const date: Schema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const rate: Schema = { type: 'number' };

const PERSONAL = ['identity', 'selfie', 'proof_of_address', 'email'];
const COMPANY = [
  'company_document',
  'ei_mei_documents',
  'income_statement',
  'articles_of_association',
  'eireli_incorporation_statement',
];

const offerBase = {
  id: id('co_'),
  customer_id: id('cust_'),
  external_id: nullable({ type: 'string' }),
  status: { enum: ['available', 'accepted', 'expired'] },
  approved_amount: money,
  min_amount: money,
  monthly_interest_rate: rate,
  installments: { type: 'integer', minimum: 1 },
  min_installments: { type: 'integer', minimum: 1 },
  max_installments: { type: 'integer', minimum: 1 },
  due_date_rule: nullable({ type: 'string' }),
  valid_until: seconds,
};
/** Fixed (`installments`) XOR range (`min_installments` + `max_installments`), by key presence. */
const offerTerm: Schema = {
  oneOf: [
    {
      required: ['installments'],
      not: { anyOf: [{ required: ['min_installments'] }, { required: ['max_installments'] }] },
    },
    { required: ['min_installments', 'max_installments'], not: { required: ['installments'] } },
  ],
};

const customerData = {
  id: id('cust_'),
  status: { enum: ['creating', 'pending_kyc', 'under_review', 'active', 'denied'] },
  cpf: { type: 'string', pattern: '^\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}$' },
  cnpj: nullable({ type: 'string' }),
  name: nullable({ type: 'string' }),
  email: nullable({ type: 'string', format: 'email' }),
  phone: nullable({ type: 'string', pattern: '^\\+55\\d{10,11}$' }),
  trading_name: nullable({ type: 'string' }),
  external_id: nullable({ type: 'string' }),
  kyc: { type: 'array', items: ref('KycRequirement') },
};

const event = (type: string, data: Schema): Schema => ({
  type: 'object',
  required: ['id', 'type', 'api_version', 'created_at', 'delivery_id', 'timestamp', 'data'],
  properties: {
    id: id('evt_'),
    type: { const: type },
    api_version: { const: '2026-03-01' },
    created_at: seconds,
    delivery_id: id('dlv_'),
    timestamp: seconds,
    data,
  },
  additionalProperties: false,
});
const loanData = (status: string, extra: Schema, required: string[] = []): Schema =>
  closed(['id', 'status', ...required], { id: id('ln_'), status: { const: status }, ...extra });

/** The SDK dialect's bodies, by name. */
export const sdkSchema: Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://dinie-embed.test/sdk-dialect.json',
  $defs: {
    KycSubject: closed(['id', 'name', 'subject_type'], {
      id: { type: 'string', pattern: '^[0-9A-Za-z]{18}$' },
      name: { type: 'string' },
      subject_type: { enum: ['applicant', 'co_owner'] },
    }),
    KycRequirement: {
      ...closed(['requirement_id', 'requirement_type', 'label', 'mandatory'], {
        requirement_id: { type: 'string' },
        requirement_type: { enum: [...PERSONAL, ...COMPANY] },
        label: { type: 'string', minLength: 1 },
        mandatory: { type: 'boolean' },
        subject: ref('KycSubject'),
        submitted: closed(['evidence_type', 'attachments', 'review_status', 'review_reason'], {
          evidence_type: { type: 'string' },
          attachments: {
            type: 'array',
            items: closed(['attachment_type', 'submitted'], {
              attachment_type: { type: 'string' },
              submitted: { type: 'boolean' },
            }),
          },
          review_status: { enum: ['pending', 'accepted', 'rejected'] },
          review_reason: nullable({ type: 'string' }),
        }),
      }),
      // Person-specific requirements carry their subject; company-wide ones have no subject key.
      if: { properties: { requirement_type: { enum: PERSONAL } } },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keyword.
      then: { required: ['subject'] },
      else: { not: { required: ['subject'] } },
    },
    Customer: closed(
      [
        'id',
        'status',
        'cpf',
        'cnpj',
        'name',
        'email',
        'phone',
        'trading_name',
        'external_id',
        'created_at',
        'updated_at',
      ],
      {
        ...customerData,
        created_at: seconds,
        updated_at: seconds,
      },
    ),
    CustomerList: page('Customer'),
    CreditOffer: {
      ...closed(
        [
          'id',
          'customer_id',
          'status',
          'approved_amount',
          'min_amount',
          'monthly_interest_rate',
          'valid_until',
          'created_at',
          'updated_at',
        ],
        {
          ...offerBase,
          created_at: seconds,
          updated_at: seconds,
        },
      ),
      ...offerTerm,
    },
    CreditOfferList: page('CreditOffer'),
    Simulation: closed(
      [
        'id',
        'credit_offer_id',
        'requested_amount',
        'principal_amount',
        'interest_amount',
        'fee_amount',
        'iof_amount',
        'total_amount',
        'monthly_interest_rate',
        'annual_interest_rate',
        'monthly_cet_rate',
        'annual_cet_rate',
        'installment_count',
        'installment_amount',
        'first_due_date',
        'created_at',
      ],
      {
        id: id('sim_'),
        credit_offer_id: id('co_'),
        requested_amount: money,
        principal_amount: money,
        interest_amount: money,
        fee_amount: money,
        iof_amount: money,
        total_amount: money,
        monthly_interest_rate: rate,
        annual_interest_rate: rate,
        monthly_cet_rate: rate,
        annual_cet_rate: rate,
        installment_count: { type: 'integer', minimum: 1 },
        installment_amount: money,
        first_due_date: date,
        created_at: seconds,
      },
    ),
    Loan: closed(
      [
        'id',
        'credit_offer_id',
        'simulation_id',
        'customer_id',
        'status',
        'requested_amount',
        'principal_amount',
        'iof_amount',
        'monthly_interest_rate',
        'annual_interest_rate',
        'monthly_cet_rate',
        'annual_cet_rate',
        'total_amount',
        'installment_amount',
        'installment_count',
        'first_due_date',
        'ccb_number',
        'disbursement_method',
        'signing_url',
        'created_at',
        'updated_at',
      ],
      {
        id: id('ln_'),
        credit_offer_id: id('co_'),
        simulation_id: id('sim_'),
        customer_id: id('cust_'),
        status: { enum: ['awaiting_signatures', 'processing', 'active', 'finished', 'cancelled', 'error'] },
        requested_amount: money,
        principal_amount: nullable(money),
        iof_amount: nullable(money),
        monthly_interest_rate: nullable(rate),
        annual_interest_rate: nullable(rate),
        monthly_cet_rate: nullable(rate),
        annual_cet_rate: nullable(rate),
        total_amount: money,
        installment_amount: money,
        installment_count: { type: 'integer', minimum: 1 },
        first_due_date: date,
        ccb_number: nullable({ type: 'string' }),
        disbursement_method: nullable({ type: 'string' }),
        signing_url: nullable({ type: 'string', format: 'uri' }),
        created_at: seconds,
        updated_at: seconds,
      },
    ),
    Transaction: closed(
      [
        'id',
        'loan_id',
        'type',
        'status',
        'due_date',
        'amount_due',
        'amount_paid',
        'amount_remaining',
        'principal',
        'interest',
        'fees',
        'days_overdue',
        'paid_at',
        'created_at',
        'updated_at',
      ],
      {
        id: id('tx_'),
        loan_id: id('ln_'),
        type: { const: 'installment' },
        status: { enum: ['pending', 'paid', 'overdue', 'partially_paid'] },
        due_date: date,
        amount_due: money,
        amount_paid: money,
        amount_remaining: money,
        principal: money,
        interest: money,
        fees: money,
        days_overdue: { type: 'integer', minimum: 0 },
        paid_at: nullable(seconds),
        created_at: seconds,
        updated_at: seconds,
      },
    ),
    TransactionList: page('Transaction'),
    WebhookEndpoint: closed(['id', 'url', 'events', 'description', 'status', 'created_at', 'updated_at'], {
      id: id('we_'),
      url: { type: 'string', format: 'uri' },
      events: { type: 'array', items: { type: 'string' } },
      description: { type: 'string' },
      status: { enum: ['active', 'disabled'] },
      secret: { type: 'string', pattern: '^whsec_' },
      created_at: seconds,
      updated_at: seconds,
    }),
    WebhookSecretRotation: closed(['id', 'secret', 'previous_secret_expires_at'], {
      id: id('we_'),
      secret: { type: 'string', pattern: '^whsec_' },
      previous_secret_expires_at: seconds,
    }),
    BiometricsSession: closed(['session_url', 'expires_at'], {
      session_url: { type: 'string', format: 'uri', pattern: '/dinie_bsc_[A-Za-z0-9_]+$' },
      expires_at: seconds,
    }),
    SessionExchange: closed(['access_token', 'token_type', 'expires_in', 'customer_id'], {
      access_token: { type: 'string', pattern: '^dinie_at_' },
      token_type: { const: 'bearer' },
      expires_in: { type: 'integer', minimum: 1 },
      customer_id: id('cust_'),
    }),
    KycAttachmentConfirmation: closed(['attachment_type', 'submitted'], {
      attachment_type: { type: 'string' },
      submitted: { const: true },
    }),
    BankList: closed(['data'], {
      data: {
        type: 'array',
        items: closed(['id', 'name', 'display_name'], {
          id: { type: 'string', pattern: '^\\d{3}$' },
          name: { type: 'string' },
          display_name: { type: 'string' },
        }),
      },
    }),
    BankAccount: closed(['id', 'bank_id', 'kind', 'branch', 'number', 'digit', 'bank_name', 'updated_at'], {
      id: id('ba_'),
      bank_id: { type: 'string', pattern: '^\\d{3}$' },
      kind: { enum: ['checking', 'saving', 'payment'] },
      branch: { type: 'string', pattern: '^\\d{4}$' },
      number: { type: 'string', pattern: '^\\d+$' },
      digit: { type: 'string', pattern: '^[0-9X]$' },
      bank_name: { type: 'string' },
      updated_at: seconds,
    }),
    WebhookEvent: {
      oneOf: [
        event('customer.created', {
          ...closed(['id', 'external_id', 'name', 'email', 'phone', 'cpf', 'trading_name', 'status', 'kyc'], {
            ...customerData,
            status: { const: 'pending_kyc' },
          }),
        }),
        ...['customer.under_review', 'customer.active'].map((type) =>
          event(
            type,
            closed(['id', 'status', 'external_id'], {
              id: id('cust_'),
              status: { const: type.split('.')[1] },
              external_id: nullable({ type: 'string' }),
            }),
          ),
        ),
        event(
          'customer.kyc_updated',
          closed(['id', 'external_id', 'status', 'kyc'], {
            id: id('cust_'),
            external_id: nullable({ type: 'string' }),
            status: { enum: ['pending_kyc', 'under_review', 'active'] },
            kyc: { type: 'array', items: ref('KycRequirement') },
          }),
        ),
        ...['credit_offer.available', 'credit_offer.expired'].map((type) =>
          event(type, {
            ...closed(
              [
                'id',
                'customer_id',
                'external_id',
                'status',
                'approved_amount',
                'min_amount',
                'monthly_interest_rate',
                'valid_until',
              ],
              offerBase,
            ),
            ...offerTerm,
          }),
        ),
        event(
          'loan.created',
          closed(
            [
              'id',
              'credit_offer_id',
              'customer_id',
              'status',
              'requested_amount',
              'installment_count',
              'signing_url',
            ],
            {
              id: id('ln_'),
              credit_offer_id: id('co_'),
              customer_id: id('cust_'),
              status: { const: 'awaiting_signatures' },
              requested_amount: money,
              installment_count: { type: 'integer', minimum: 1 },
              signing_url: nullable({ type: 'string', format: 'uri' }),
            },
          ),
        ),
        event(
          'loan.signature_received',
          loanData(
            'awaiting_signatures',
            {
              signer: closed(['name', 'cpf', 'signed_at'], {
                name: { type: 'string' },
                cpf: { type: 'string' },
                signed_at: seconds,
              }),
              signatures_received: { type: 'integer', minimum: 1 },
              signatures_required: { type: 'integer', minimum: 1 },
            },
            ['signer', 'signatures_received', 'signatures_required'],
          ),
        ),
        event(
          'loan.processing',
          loanData(
            'processing',
            {
              credit_offer_id: id('co_'),
              customer_id: id('cust_'),
              ccb_number: { type: 'string' },
              disbursement_method: { type: 'string' },
            },
            ['credit_offer_id', 'customer_id', 'ccb_number', 'disbursement_method'],
          ),
        ),
        event(
          'loan.active',
          loanData('active', { requested_amount: money, principal_amount: money }, [
            'requested_amount',
            'principal_amount',
          ]),
        ),
        event(
          'loan.payment_received',
          closed(['id', 'status', 'payment'], {
            id: id('ln_'),
            status: { enum: ['active', 'finished'] },
            payment: closed(['amount', 'paid_at', 'installment_number'], {
              amount: money,
              paid_at: seconds,
              installment_number: { type: 'integer', minimum: 1 },
            }),
          }),
        ),
        event('loan.finished', loanData('finished', {})),
        event('loan.cancelled', loanData('cancelled', {})),
        event(
          'loan.error',
          loanData('error', {
            error: closed(['code', 'message'], { code: { type: 'string' }, message: { type: 'string' } }),
          }),
        ),
      ],
    },
  },
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(sdkSchema);

function describe(errors: ErrorObject[] | null | undefined, label: string): string[] {
  return (errors ?? []).map(
    (error) =>
      `${label}${error.instancePath || ''}: ${error.message ?? 'invalid'} ${JSON.stringify(error.params)}`,
  );
}

/** Problems of `value` against the SDK schema `name` (`[]` when it conforms). */
export function checkSdk(name: string, value: unknown): string[] {
  const validate = ajv.getSchema(`${sdkSchema.$id}#/$defs/${name}`);
  if (validate === undefined) throw new Error(`No SDK schema ${name}`);
  return validate(value) ? [] : describe(validate.errors, name);
}
