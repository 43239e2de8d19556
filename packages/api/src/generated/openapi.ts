/**
 * Generated from packages/api/openapi.yaml by openapi-typescript 7.13.0; do not edit.
 * Regenerate with `pnpm --filter @dinie-embed/api run generate`;
 * `pnpm --filter @dinie-embed/api run check:generated` fails while this file is stale.
 */

export interface paths {
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange credentials for an access token
         * @description OAuth2 client-credentials exchange. Send the credential pair as HTTP Basic
         *     authentication and `grant_type=client_credentials` as a form body; the response holds a
         *     JWT valid for one hour, to be sent as a bearer token on every other call. This is the
         *     only operation that does not take a bearer token, and it takes no `Idempotency-Key`.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Lists the partner's credentials, active and revoked. Secrets are never listed; they are
         *     shown only when a credential is created.
         */
        get: operations["listCredentials"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a new `client_id` / `client_secret` pair for the partner. The secret appears in
         *     this response only; store it at once. Separate keys per environment or system let each
         *     be revoked alone.
         */
        post: operations["createCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/credentials/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credential's `client_id`. */
                client_id: components["parameters"]["ClientIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes a credential at once and for good: no new token can be issued with it. Tokens
         *     issued before the revocation stay valid until they expire (at most one hour). The last
         *     active credential cannot be revoked (409 `last_active_credential`).
         */
        delete: operations["revokeCredential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description Lists and searches the partner's customers. Filter by `cpf`, `external_id` or `status`;
         *     page with `limit` and `starting_after`.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Register a customer
         * @description Registers a borrower. The customer starts in `pending_kyc` and the response already
         *     lists, in `kyc`, what must be submitted for its profile; documents then go to
         *     `POST /customers/{customer_id}/documents`.
         *
         *     Registration is idempotent on the pair CPF/CNPJ + `external_id`: sending the same pair
         *     again returns the existing customer with `200`. The same CPF/CNPJ with a different
         *     `external_id` is a 409 `customer_already_exists`.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's id. */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a customer
         * @description Returns the customer with its registration data, status and the `kyc` list showing the
         *     progress of each requirement. Read it again after a `customer.kyc_updated` event.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a customer
         * @description Corrects the customer's data, typically a field a reviewer marked `pending_correction`.
         *     Only the keys sent change. `cpf` and `external_id` can never change (422
         *     `immutable_field`). KYC review resumes by itself afterwards and reports through
         *     `customer.kyc_updated`.
         */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/customers/{customer_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's id. */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a KYC document
         * @description Uploads one KYC document as `multipart/form-data`. `type` must be one of the `type`
         *     keys in the customer's `kyc` list (for example `ccmei`, `cnh`, `selfie`); `file` is a
         *     PDF, JPEG or PNG. Review is asynchronous: follow it through `customer.kyc_updated` or
         *     by reading the customer.
         */
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/biometrics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's id. */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a biometrics capture session
         * @description Opens a biometrics capture session and returns a short-lived URL to send the customer
         *     to, by redirect or inside a webview. Biometrics is the `biometrics` item of the
         *     customer's `kyc` list and reports through `customer.kyc_updated`. This is an action, so
         *     it answers `200`, not `201`. While a session is running another one is a 409
         *     `session_already_active`.
         */
        post: operations["createBiometricsSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/credit-offers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's id. */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        /**
         * List a customer's credit offers
         * @description Lists the credit offers of one customer, optionally by `status`. Call it after
         *     `customer.active` to find the pre-approved offers.
         */
        get: operations["listCustomerCreditOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List credit offers
         * @description Lists the credit offers of all the partner's customers, optionally by `customer_id` and
         *     `status`; meant for dashboards and reports. For one customer prefer
         *     `GET /customers/{customer_id}/credit-offers`.
         */
        get: operations["listCreditOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-offers/{credit_offer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credit offer's id. */
                credit_offer_id: components["parameters"]["CreditOfferIdPath"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a credit offer
         * @description Returns one credit offer: the approved (maximum) and minimum amounts, the monthly
         *     interest rate, the term and `valid_until`. Read it before simulating to show the
         *     customer the limits.
         */
        get: operations["getCreditOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-offers/{credit_offer_id}/simulations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credit offer's id. */
                credit_offer_id: components["parameters"]["CreditOfferIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate a loan
         * @description Prices a loan for an amount and a number of installments within the offer's limits.
         *     The answer is synchronous and persisted; the customer may simulate as often as they
         *     like, but only the most recent simulation of an offer can be contracted. An amount
         *     outside `min_amount`..`approved_amount` is a 422 `amount_out_of_range`; an expired
         *     offer a 422 `offer_expired`; an offer already used a 409 `offer_already_accepted`.
         */
        post: operations["createSimulation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a loan
         * @description Originates a loan from a credit offer and the simulation the customer accepted. The
         *     terms sent must match that simulation, which must be the offer's latest (422
         *     `simulation_mismatch`); the customer must be `active` (422 `kyc_incomplete`). The loan
         *     starts in `processing` and advances on its own through `contract_generated`,
         *     `awaiting_signatures`, `signed` and `disbursing` to `active`; follow it through the
         *     `loan.*` events.
         */
        post: operations["createLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans/{loan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The loan's id. */
                loan_id: components["parameters"]["LoanIdPath"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a loan
         * @description Returns the loan. Some fields fill in as it advances: `ccb_number` from
         *     `contract_generated`, `signing_url` while it waits for signatures, `net_amount` once
         *     disbursed.
         */
        get: operations["getLoan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans/{loan_id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The loan's id. */
                loan_id: components["parameters"]["LoanIdPath"];
            };
            cookie?: never;
        };
        /**
         * List a loan's transactions
         * @description Lists the loan's installments, one transaction each, with due date, amounts and payment
         *     status. Read-only: payments happen outside the API and are announced by
         *     `loan.payment_received`.
         */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Lists the partner's webhook endpoints, without their secrets.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Registers a URL to receive events. `events` takes event names and the patterns
         *     `customer.*`, `credit_offer.*`, `loan.*` and `*`; leaving it out (or empty) subscribes
         *     to everything. The signing `secret` is returned here only.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/endpoints/{webhook_endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                webhook_endpoint_id: components["parameters"]["WebhookEndpointIdPath"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a webhook endpoint
         * @description Returns one webhook endpoint without its secret; rotate the secret to obtain a new one.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint and stops every delivery to it.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes the URL, the subscribed events, the description or the status; only the keys
         *     sent change. `disabled` pauses deliveries without deleting the endpoint.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/webhooks/endpoints/{webhook_endpoint_id}/secret/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                webhook_endpoint_id: components["parameters"]["WebhookEndpointIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Generates a new signing secret and returns it. The previous secret keeps signing for
         *     `expire_current_in` seconds (default 3600, at most 86400); meanwhile every delivery
         *     carries a signature from each secret, so receivers can switch without losing events.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "customer.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Customer created
         * @description Sent right after `POST /customers` registers a customer. Carries the whole customer,
         *     in `pending_kyc` and with its `kyc` list: the cue to start collecting documents.
         */
        post: operations["onCustomerCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.under_review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Customer under review
         * @description Sent once every required KYC item has been submitted and Dinie's review starts. Tell
         *     the customer the review is under way.
         */
        post: operations["onCustomerUnderReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.kyc_updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Customer KYC updated
         * @description Sent when any KYC item changes status (approved, rejected, correction requested).
         *     Carries the customer's id, status and its whole `kyc` list after the change; items in
         *     `rejected` or `pending_correction` call for a new upload or a `PATCH`.
         */
        post: operations["onCustomerKycUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Customer active
         * @description Sent when KYC is approved and the customer can receive credit offers: the moment to
         *     read `GET /customers/{customer_id}/credit-offers`.
         */
        post: operations["onCustomerActive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "credit_offer.available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit offer available
         * @description Sent when Dinie generates a pre-approved offer for a customer, with its amounts, rate,
         *     term and expiry. Tell the customer and start simulating.
         */
        post: operations["onCreditOfferAvailable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "credit_offer.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit offer expired
         * @description Sent when an offer passes `valid_until`, with the offer in `expired`. Remove it from
         *     the customer's screens; new offers may come later through `credit_offer.available`.
         */
        post: operations["onCreditOfferExpired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "loan.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loan created
         * @description Sent when `POST /loans` creates a loan, in `processing`, with its offer, customer,
         *     requested amount and number of installments.
         */
        post: operations["onLoanCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "loan.contract_generated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loan contract generated
         * @description Sent when the CCB (Cédula de Crédito Bancário) is generated, with its number and the
         *     ClickSign link where the customer signs it.
         */
        post: operations["onLoanContractGenerated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "loan.awaiting_signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loan awaiting signatures
         * @description Sent when the CCB is on ClickSign waiting for the customer's signature, with the
         *     current `signing_url`; use it to resend the link or remind the customer.
         */
        post: operations["onLoanAwaitingSignatures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "loan.signed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loan signed
         * @description Sent when every party has signed the CCB, with its registered `ccb_number`.
         *     Disbursement follows by itself.
         */
        post: operations["onLoanSigned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "loan.disbursing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loan disbursing
         * @description Sent when Dinie starts sending the money to the customer's account, with the method
         *     (Pix). The transfer may take a few minutes.
         */
        post: operations["onLoanDisbursing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "loan.active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loan active
         * @description Sent when the disbursement is confirmed and repayment begins, with the requested and
         *     the net amounts. The installments now exist as transactions.
         */
        post: operations["onLoanActive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "loan.payment_received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loan payment received
         * @description Sent for every installment payment recorded, with the amount, when it was paid and the
         *     installment's number (counted from 1 in due-date order).
         */
        post: operations["onLoanPaymentReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "loan.finished": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loan finished
         * @description Sent when every installment is paid and the contract closes. A good moment to look for
         *     new credit offers.
         */
        post: operations["onLoanFinished"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "loan.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loan cancelled
         * @description Sent when the loan is cancelled before the disbursement completes. The original offer
         *     may still be usable for a new request.
         */
        post: operations["onLoanCancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "loan.error": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loan error
         * @description Sent when the loan hits an unrecoverable error, such as a failed disbursement or a
         *     contract that could not be generated, with the error's code and message. Alert your
         *     team and tell the customer.
         */
        post: operations["onLoanError"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description An amount in reais as a decimal string with exactly two decimals and no separators or
         *     currency sign. Convert to integer cents before doing arithmetic.
         * @example 25000.00
         */
        Money: string;
        /**
         * Format: date
         * @description A calendar date, `YYYY-MM-DD`, with no time zone.
         * @example 2026-04-15
         */
        Date: string;
        /**
         * Format: date-time
         * @description An instant, RFC 3339 in UTC.
         * @example 2026-03-04T10:00:00Z
         */
        Timestamp: string;
        /**
         * @description Customer id, `cust_` + 32 lowercase hex.
         * @example cust_550e8400e29b41d4a716446655440000
         */
        CustomerId: string;
        /**
         * @description Credit offer id, `co_` + 32 lowercase hex.
         * @example co_550e8400e29b41d4a716446655440000
         */
        CreditOfferId: string;
        /**
         * @description Simulation id, `sim_` + 32 lowercase hex.
         * @example sim_550e8400e29b41d4a716446655440001
         */
        SimulationId: string;
        /**
         * @description Loan id, `ln_` + 32 lowercase hex.
         * @example ln_550e8400e29b41d4a716446655440000
         */
        LoanId: string;
        /**
         * @description Transaction id, `tx_` + 32 lowercase hex.
         * @example tx_550e8400e29b41d4a716446655440000
         */
        TransactionId: string;
        /**
         * @description Webhook endpoint id, `we_` + 32 lowercase hex.
         * @example we_550e8400e29b41d4a716446655440000
         */
        WebhookEndpointId: string;
        /**
         * @description Event id, `evt_` + 32 lowercase hex.
         * @example evt_550e8400e29b41d4a716446655440000
         */
        EventId: string;
        /**
         * @description Credential id, which is also its `client_id`, `dinie_ci_` + 32 lowercase hex.
         * @example dinie_ci_550e8400e29b41d4a716446655440000
         */
        ApiClientId: string;
        /**
         * @description Uploaded KYC document id, `doc_` + 32 lowercase hex.
         * @example doc_550e8400e29b41d4a716446655440000
         */
        DocumentId: string;
        /**
         * @description An RFC 9457 problem. Branch on `code`, not on `title` or `detail`, which are for
         *     people.
         */
        Problem: {
            /**
             * Format: uri
             * @description The error category, `https://api.dinie.com.br/errors/<category>`.
             * @example https://api.dinie.com.br/errors/validation-failed
             */
            type: string;
            /**
             * @description Short summary of the category.
             * @example Validation Failed
             */
            title: string;
            /**
             * @description The HTTP status, repeated.
             * @example 422
             */
            status: number;
            /**
             * @description What went wrong in this request.
             * @example One or more fields failed validation.
             */
            detail: string;
            /**
             * @description The request path.
             * @example /v3/customers
             */
            instance?: string;
            /**
             * @description Machine-readable reason within the category.
             * @example missing_required_field
             */
            code: string;
            /**
             * @description The parameter at fault, when there is one.
             * @example limit
             */
            param?: string;
            /** @description One entry per offending field. */
            errors?: components["schemas"]["ProblemFieldError"][];
            /**
             * @description The response's `X-Request-Id`.
             * @example req_7c4a8d09ca3762af61e59520943dc264
             */
            request_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One field that failed validation. */
        ProblemFieldError: {
            /**
             * @description The field's name.
             * @example cpf
             */
            param: string;
            /**
             * @description What is wrong with it.
             * @example The cpf field is required.
             */
            detail: string;
            /**
             * @description Machine-readable reason.
             * @example missing_required_field
             */
            code?: string;
        };
        /** @description Form body of the client-credentials exchange. */
        TokenRequest: {
            /**
             * @description Always `client_credentials`.
             * @example client_credentials
             * @constant
             */
            grant_type: "client_credentials";
        };
        /** @description A bearer token for every other call. */
        TokenResponse: {
            /**
             * @description The JWT, prefixed `dinie_at_`.
             * @example dinie_at_eyJhbGciOiJIUzI1NiJ9...
             */
            access_token: string;
            /**
             * @description Always `bearer`; compare it case-insensitively.
             * @example bearer
             * @constant
             */
            token_type: "bearer";
            /**
             * @description Lifetime in seconds.
             * @example 3600
             */
            expires_in: number;
        };
        /** @description A new API key. */
        CredentialCreateRequest: {
            /**
             * @description Label for people.
             * @example Production Key
             */
            name: string;
            /**
             * Format: date-time
             * @description When the key stops working; absent or `null` means never.
             * @example 2027-03-04T00:00:00Z
             */
            expires_at?: string | null;
        };
        /** @description An API key, without its secret. */
        Credential: {
            id: components["schemas"]["ApiClientId"];
            /** @description Same value as `id`; the user name of the Basic authentication. */
            client_id: components["schemas"]["ApiClientId"];
            /**
             * @description Label for people.
             * @example Production Key
             */
            name: string;
            /**
             * @description `revoked` is final.
             * @example active
             * @enum {string}
             */
            status: "active" | "revoked";
            /**
             * Format: date-time
             * @description When the key stops working; `null` means never.
             * @example 2027-03-04T00:00:00Z
             */
            expires_at: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description Last token issued with the key; `null` if never used.
             * @example 2026-03-05T14:30:00Z
             */
            last_used_at: string | null;
        };
        /** @description A just-created API key with its secret, shown this once. */
        CredentialWithSecret: components["schemas"]["Credential"] & {
            /**
             * @description The secret; `dinie_cs_live_` in production, `dinie_cs_test_` in the sandbox. Store it securely.
             * @example dinie_cs_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
             */
            client_secret: string;
        };
        /** @description A page of credentials. */
        CredentialList: {
            data: components["schemas"]["Credential"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description `pending_kyc`: registered, KYC items outstanding. `under_review`: everything
         *     submitted, Dinie reviewing. `active`: approved, eligible for credit.
         * @example pending_kyc
         * @enum {string}
         */
        CustomerStatus: "pending_kyc" | "under_review" | "active";
        /** @description A borrower to register. Only `cpf` is required. */
        CustomerCreateRequest: {
            /**
             * @description The person's CPF, formatted or digits only.
             * @example 123.456.789-00
             */
            cpf: string;
            /**
             * @description The company's CNPJ, formatted or not, when the borrower is a business.
             * @example 12.345.678/0001-90
             */
            cnpj?: string | null;
            /**
             * @description Full name.
             * @example João Silva
             */
            name?: string;
            /**
             * Format: email
             * @example joao@example.com
             */
            email?: string;
            /**
             * @description Mobile number in E.164.
             * @example +5511999999999
             */
            phone?: string;
            /**
             * @description The business's trading name.
             * @example Loja do João
             */
            trading_name?: string;
            /**
             * @description The partner's own reference for this customer.
             * @example partner-ref-123
             */
            external_id?: string;
        };
        /**
         * @description Corrections to a customer; only the keys sent change. `cpf` and `external_id` cannot
         *     change.
         */
        CustomerUpdateRequest: {
            /** @example 12.345.678/0001-90 */
            cnpj?: string;
            /** @example João Silva */
            name?: string;
            /**
             * Format: email
             * @example joao@example.com
             */
            email?: string;
            /**
             * @description Mobile number in E.164.
             * @example +5511999999999
             */
            phone?: string;
            /** @example Loja do João */
            trading_name?: string | null;
        };
        /** @description A borrower and the state of its KYC. */
        Customer: {
            id: components["schemas"]["CustomerId"];
            status: components["schemas"]["CustomerStatus"];
            /**
             * @description CPF, formatted.
             * @example 123.456.789-00
             */
            cpf: string;
            /**
             * @description CNPJ, formatted; `null` for a person without a company.
             * @example 12.345.678/0001-90
             */
            cnpj: string | null;
            /**
             * @description Full name; `null` when not given at registration.
             * @example João Silva
             */
            name: string | null;
            /**
             * Format: email
             * @description `null` when not given at registration.
             * @example joao@example.com
             */
            email: string | null;
            /**
             * @description Mobile number in E.164; `null` when not given at registration.
             * @example +5511999999999
             */
            phone: string | null;
            /** @example Loja do João */
            trading_name: string | null;
            /**
             * @description The partner's own reference.
             * @example partner-ref-123
             */
            external_id: string | null;
            /** @description Every KYC requirement of this customer and its progress. */
            kyc: components["schemas"]["KycItem"][];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description `document`: a file to upload. `data`: a customer field to correct with `PATCH /customers/{customer_id}`.
         * @example document
         * @enum {string}
         */
        KycItemKind: "document" | "data";
        /**
         * @description `pending`: nothing submitted. `submitted`: waiting for review. `approved`, `rejected`
         *     (see `message`; submit again) and `pending_correction` (fix the data or upload again).
         * @example pending
         * @enum {string}
         */
        KycItemStatus: "pending" | "submitted" | "approved" | "rejected" | "pending_correction";
        /** @description One KYC requirement of a customer. */
        KycItem: {
            kind: components["schemas"]["KycItemKind"];
            /**
             * @description What is required. For documents, the `type` to upload (`ccmei`, `cnh`, `selfie`,
             *     `biometrics`, …); for data, the customer field (`email`, `phone`, `name`,
             *     `trading_name`, `cnpj`).
             * @example ccmei
             */
            type: string;
            /**
             * @description Label for people.
             * @example Certificado MEI
             */
            description: string;
            status: components["schemas"]["KycItemStatus"];
            /**
             * @description The reviewer's feedback, present when rejected or a correction is asked.
             * @example O documento está ilegível.
             */
            message: string | null;
            /**
             * Format: date-time
             * @description When the latest file was uploaded; `null` before any upload.
             * @example 2026-03-04T10:05:00Z
             */
            uploaded_at: string | null;
        };
        /** @description A page of customers. */
        CustomerList: {
            data: components["schemas"]["Customer"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description A KYC document upload. */
        DocumentUploadRequest: {
            /**
             * @description One of the `type` keys in the customer's `kyc` list.
             * @example ccmei
             */
            type: string;
            /** @description The document, as PDF, JPEG or PNG. */
            file: Blob;
        };
        /** @description An uploaded KYC document. */
        KycDocument: {
            id: components["schemas"]["DocumentId"];
            /**
             * @description The KYC item it answers.
             * @example ccmei
             */
            type: string;
            /**
             * @description Review status of this file.
             * @example submitted
             * @enum {string}
             */
            status: "submitted" | "approved" | "rejected";
            uploaded_at: components["schemas"]["Timestamp"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description A biometrics capture session. */
        BiometricsSession: {
            /**
             * Format: uri
             * @description Where to send the customer, by redirect or inside a webview.
             * @example https://biometrics.dinie.com.br/session/...
             */
            session_url: string;
            /** @description After this the URL no longer opens a session. */
            expires_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description `available`: can be simulated and contracted. `accepted`: a loan was created from it. `expired`: past `valid_until`.
         * @example available
         * @enum {string}
         */
        CreditOfferStatus: "available" | "accepted" | "expired";
        /**
         * @description A pre-approved credit offer. A fixed-term offer carries `installments`; a ranged offer
         *     carries `min_installments` and `max_installments` instead and has no `installments`
         *     key.
         */
        CreditOffer: {
            id: components["schemas"]["CreditOfferId"];
            customer_id: components["schemas"]["CustomerId"];
            status: components["schemas"]["CreditOfferStatus"];
            /**
             * @description The most that can be borrowed.
             * @example 50000.00
             */
            approved_amount: components["schemas"]["Money"];
            /**
             * @description The least that can be borrowed.
             * @example 5000.00
             */
            min_amount: components["schemas"]["Money"];
            /**
             * @description Interest, percent per month.
             * @example 2.5
             */
            interest_rate: number;
            /**
             * @description Fixed-term offers only; the one allowed number of installments.
             * @example 12
             */
            installments?: number;
            /**
             * @description Ranged offers only; the fewest installments allowed.
             * @example 3
             */
            min_installments?: number;
            /**
             * @description Ranged offers only; the most installments allowed.
             * @example 12
             */
            max_installments?: number;
            /**
             * @description How installment due dates are set, when the product has a rule.
             * @example null
             */
            due_date_rule: string | null;
            /**
             * @description The offer expires after this instant.
             * @example 2026-04-01T23:59:59Z
             */
            valid_until: components["schemas"]["Timestamp"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description A page of credit offers. */
        CreditOfferList: {
            data: components["schemas"]["CreditOffer"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description An amount and a term to price. */
        SimulationRequest: {
            /**
             * @description Between the offer's `min_amount` and `approved_amount`.
             * @example 25000.00
             */
            requested_amount: components["schemas"]["Money"];
            /**
             * @description The offer's `installments`, or within its `min_installments`..`max_installments`.
             * @example 6
             */
            installment_count: number;
        };
        /** @description The full cost of a loan, computed before contracting. */
        Simulation: {
            id: components["schemas"]["SimulationId"];
            credit_offer_id: components["schemas"]["CreditOfferId"];
            /**
             * @description What the customer asked for.
             * @example 25000.00
             */
            requested_amount: components["schemas"]["Money"];
            /**
             * @description What the customer receives.
             * @example 24250.00
             */
            amount: components["schemas"]["Money"];
            /**
             * @description Total interest over the loan.
             * @example 2750.00
             */
            interest_amount: components["schemas"]["Money"];
            /**
             * @description Total fees.
             * @example 300.00
             */
            fees_amount: components["schemas"]["Money"];
            /**
             * @description IOF (the federal tax on credit operations).
             * @example 450.00
             */
            iof_amount: components["schemas"]["Money"];
            /**
             * @description Everything the customer pays back.
             * @example 27500.00
             */
            total_loan_amount: components["schemas"]["Money"];
            /**
             * @description Interest, percent per month.
             * @example 3.5
             */
            interest_percentage: number;
            /**
             * @description CET (total effective cost), percent per year.
             * @example 4.12
             */
            cet_percentage: number;
            /** @example 12 */
            number_of_installments: number;
            /**
             * @description The amount of each installment.
             * @example 2291.67
             */
            installments_value: components["schemas"]["Money"];
            /** @description Due date of the first installment. */
            first_due_date: components["schemas"]["Date"];
            created_at: components["schemas"]["Timestamp"];
        };
        /** @description The simulated terms the customer accepted. */
        LoanCreateRequest: {
            credit_offer_id: components["schemas"]["CreditOfferId"];
            /** @description The offer's latest simulation. */
            simulation_id: components["schemas"]["SimulationId"];
            /**
             * @description The simulation's `number_of_installments`.
             * @example 6
             */
            installments: number;
            /**
             * @description The simulation's `installments_value`.
             * @example 4550.00
             */
            installments_value: components["schemas"]["Money"];
            /** @description The simulation's `first_due_date`. */
            first_due_date: components["schemas"]["Date"];
        };
        /**
         * @description `processing` → `contract_generated` → `awaiting_signatures` (send the customer to
         *     `signing_url`) → `signed` → `disbursing` → `active` (repaying) → `finished`; or
         *     `cancelled` before disbursement, or `error` (contact support).
         * @example processing
         * @enum {string}
         */
        LoanStatus: "processing" | "contract_generated" | "awaiting_signatures" | "signed" | "disbursing" | "active" | "finished" | "cancelled" | "error";
        /** @description A loan and its lifecycle. Keys that are not known yet are `null`. */
        Loan: {
            id: components["schemas"]["LoanId"];
            credit_offer_id: components["schemas"]["CreditOfferId"];
            simulation_id: components["schemas"]["SimulationId"];
            customer_id: components["schemas"]["CustomerId"];
            status: components["schemas"]["LoanStatus"];
            /** @example 25000.00 */
            requested_amount: components["schemas"]["Money"];
            /**
             * @description What the customer receives after fees; `null` until calculated.
             * @example 24250.00
             */
            net_amount: components["schemas"]["Money"] | null;
            /**
             * @description IOF charged; `null` until calculated.
             * @example 450.00
             */
            iof: components["schemas"]["Money"] | null;
            /**
             * @description Service fee charged; `null` until calculated.
             * @example 300.00
             */
            service_fee: components["schemas"]["Money"] | null;
            /**
             * @description Interest, percent per month; `null` until calculated.
             * @example 3.5
             */
            interest_rate: number | null;
            /**
             * @description CET (total effective cost), percent per year; `null` until calculated.
             * @example 35.2
             */
            cet: number | null;
            /**
             * @description Everything the customer pays back.
             * @example 27300.00
             */
            total_amount: components["schemas"]["Money"];
            /** @example 4550.00 */
            installments_value: components["schemas"]["Money"];
            /** @example 6 */
            number_of_installments: number;
            first_due_date: components["schemas"]["Date"];
            /**
             * @description Number of the CCB contract, from `contract_generated` on.
             * @example CCB-2026-001234
             */
            ccb_number: string | null;
            /**
             * @description How the money is sent, once disbursement starts.
             * @example pix
             */
            disbursement_method: string | null;
            /**
             * Format: uri
             * @description ClickSign page where the customer signs, while `contract_generated` or `awaiting_signatures`.
             * @example https://app.clicksign.com/sign/8a2f4c1e-0b7d-4e59-9c3a-6f1d2e7b5a90
             */
            signing_url: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description Why a loan failed, as sent by `loan.error`. */
        LoanError: {
            /**
             * @description Machine-readable reason.
             * @example disbursement_failed
             */
            code: string;
            /**
             * @description Explanation for people.
             * @example Bank rejected the transfer.
             */
            message: string;
        };
        /**
         * @description `overdue` means past `due_date` and not fully paid (`days_overdue` > 0).
         * @example pending
         * @enum {string}
         */
        TransactionStatus: "pending" | "paid" | "overdue" | "partially_paid";
        /** @description One installment of a loan. */
        Transaction: {
            id: components["schemas"]["TransactionId"];
            loan_id: components["schemas"]["LoanId"];
            /**
             * @description Always `installment`.
             * @example installment
             * @constant
             */
            type: "installment";
            status: components["schemas"]["TransactionStatus"];
            due_date: components["schemas"]["Date"];
            /**
             * @description The installment's amount.
             * @example 4550.00
             */
            amount_due: components["schemas"]["Money"];
            /** @example 0.00 */
            amount_paid: components["schemas"]["Money"];
            /** @example 4550.00 */
            amount_remaining: components["schemas"]["Money"];
            /**
             * @description Part of the installment that repays principal.
             * @example 3924.65
             */
            principal: components["schemas"]["Money"];
            /**
             * @description Part of the installment that pays interest.
             * @example 625.35
             */
            interest: components["schemas"]["Money"];
            /**
             * @description Part of the installment that pays fees.
             * @example 0.00
             */
            fees: components["schemas"]["Money"];
            /** @example 0 */
            days_overdue: number;
            /**
             * Format: date-time
             * @description When it was paid in full; `null` until then.
             * @example 2026-04-15T13:58:00Z
             */
            paid_at: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description A page of a loan's transactions. */
        TransactionList: {
            data: components["schemas"]["Transaction"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The name of an event.
         * @example loan.active
         * @enum {string}
         */
        WebhookEventType: "customer.created" | "customer.under_review" | "customer.kyc_updated" | "customer.active" | "credit_offer.available" | "credit_offer.expired" | "loan.created" | "loan.contract_generated" | "loan.awaiting_signatures" | "loan.signed" | "loan.disbursing" | "loan.active" | "loan.payment_received" | "loan.finished" | "loan.cancelled" | "loan.error";
        /**
         * @description An event subscription; an event name, a resource's wildcard (`customer.*`, `credit_offer.*`, `loan.*`) or `*` for all.
         * @example loan.*
         */
        WebhookEventPattern: components["schemas"]["WebhookEventType"] | ("*" | "customer.*" | "credit_offer.*" | "loan.*");
        /**
         * @description `disabled` endpoints receive nothing.
         * @example active
         * @enum {string}
         */
        WebhookEndpointStatus: "active" | "disabled";
        /** @description A URL to receive events. */
        WebhookEndpointCreateRequest: {
            /**
             * Format: uri
             * @description Where events are POSTed; must be HTTPS.
             * @example https://partner.example.com/webhooks/dinie
             */
            url: string;
            /**
             * @description What to receive; absent or empty means every event.
             * @example [
             *       "customer.active",
             *       "credit_offer.available",
             *       "loan.*"
             *     ]
             */
            events?: components["schemas"]["WebhookEventPattern"][];
            /**
             * @description Label for people.
             * @example Production webhook
             */
            description?: string | null;
        };
        /** @description Changes to a webhook endpoint; only the keys sent change. */
        WebhookEndpointUpdateRequest: {
            /**
             * Format: uri
             * @description Must be HTTPS.
             * @example https://partner.example.com/webhooks/dinie
             */
            url?: string;
            /**
             * @description Replaces the subscription; empty means every event.
             * @example [
             *       "loan.*"
             *     ]
             */
            events?: components["schemas"]["WebhookEventPattern"][];
            /** @example Production webhook */
            description?: string | null;
            status?: components["schemas"]["WebhookEndpointStatus"];
        };
        /** @description A URL that receives events, without its secret. */
        WebhookEndpoint: {
            id: components["schemas"]["WebhookEndpointId"];
            /**
             * Format: uri
             * @example https://partner.example.com/webhooks/dinie
             */
            url: string;
            /**
             * @description The subscription; empty means every event.
             * @example [
             *       "customer.active",
             *       "credit_offer.available",
             *       "loan.*"
             *     ]
             */
            events: components["schemas"]["WebhookEventPattern"][];
            /** @example Production webhook */
            description: string | null;
            status: components["schemas"]["WebhookEndpointStatus"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description A just-created webhook endpoint with its signing secret, shown this once. */
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /**
             * @description The signing secret, `whsec_` + base64. Store it securely.
             * @example whsec_xxxx...
             */
            secret: string;
        };
        /** @description A page of webhook endpoints. */
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description How long the current secret keeps signing. */
        WebhookSecretRotateRequest: {
            /**
             * @description Seconds the previous secret stays valid.
             * @default 3600
             * @example 3600
             */
            expire_current_in?: number;
        };
        /** @description The new signing secret. */
        WebhookSecretRotation: {
            id: components["schemas"]["WebhookEndpointId"];
            /**
             * @description The new secret, `whsec_` + base64.
             * @example whsec_yyyy...
             */
            secret: string;
            /** @description When the previous secret stops signing. */
            previous_secret_expires_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description What every event delivery carries. Treat `id` as the dedupe key: a retry repeats it
         *     (and the `webhook-id` header) while `delivery_id` changes per attempt.
         */
        WebhookEventBase: {
            id: components["schemas"]["EventId"];
            type: components["schemas"]["WebhookEventType"];
            /**
             * @description Version of the payload's shape.
             * @example 2026-03-01
             * @constant
             */
            api_version: "2026-03-01";
            /** @description When the event was recorded. */
            created_at: components["schemas"]["Timestamp"];
            /** @description When the change happened. */
            timestamp: components["schemas"]["Timestamp"];
            /**
             * @description This delivery attempt, `dlv_` + 32 lowercase hex.
             * @example dlv_550e8400e29b41d4a716446655440000
             */
            delivery_id: string;
            /** @description The resource the event is about; its shape depends on `type`. */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description `customer.created`: the whole new customer, in `pending_kyc` with its `kyc` list. */
        CustomerCreatedEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "customer.created";
            data: components["schemas"]["Customer"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "customer.created";
        };
        /** @description `customer.under_review`: everything was submitted and the review started. */
        CustomerUnderReviewEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "customer.under_review";
            data: {
                id: components["schemas"]["CustomerId"];
                /** @constant */
                status: "under_review";
                /** @example partner-ref-123 */
                external_id: string | null;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "customer.under_review";
        };
        /** @description `customer.kyc_updated`: a KYC item changed; carries the whole `kyc` list after the change. */
        CustomerKycUpdatedEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "customer.kyc_updated";
            data: {
                id: components["schemas"]["CustomerId"];
                status: components["schemas"]["CustomerStatus"];
                kyc: components["schemas"]["KycItem"][];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "customer.kyc_updated";
        };
        /** @description `customer.active`: KYC approved; the customer can receive credit offers. */
        CustomerActiveEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "customer.active";
            data: {
                id: components["schemas"]["CustomerId"];
                /** @constant */
                status: "active";
                /** @example partner-ref-123 */
                external_id: string | null;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "customer.active";
        };
        /**
         * @description The offer as sent by `credit_offer.*` events. Like `CreditOffer`, a fixed-term offer
         *     carries `installments` and a ranged one `min_installments` and `max_installments`.
         */
        CreditOfferEventData: {
            id: components["schemas"]["CreditOfferId"];
            customer_id: components["schemas"]["CustomerId"];
            status: components["schemas"]["CreditOfferStatus"];
            /** @example 50000.00 */
            approved_amount: components["schemas"]["Money"];
            /** @example 5000.00 */
            min_amount: components["schemas"]["Money"];
            /**
             * @description Interest, percent per month.
             * @example 2.5
             */
            interest_rate: number;
            /** @example 12 */
            installments?: number;
            /** @example 3 */
            min_installments?: number;
            /** @example 12 */
            max_installments?: number;
            /** @example null */
            due_date_rule: string | null;
            /** @example 2026-04-01T23:59:59Z */
            valid_until: components["schemas"]["Timestamp"];
        };
        /** @description `credit_offer.available`: a new pre-approved offer for a customer. */
        CreditOfferAvailableEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "credit_offer.available";
            data: components["schemas"]["CreditOfferEventData"] & {
                /** @constant */
                status: "available";
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "credit_offer.available";
        };
        /** @description `credit_offer.expired`: an offer passed `valid_until`. */
        CreditOfferExpiredEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "credit_offer.expired";
            data: components["schemas"]["CreditOfferEventData"] & {
                /** @constant */
                status: "expired";
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "credit_offer.expired";
        };
        /** @description `loan.created`: a new loan, in `processing`. */
        LoanCreatedEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "loan.created";
            data: {
                id: components["schemas"]["LoanId"];
                credit_offer_id: components["schemas"]["CreditOfferId"];
                customer_id: components["schemas"]["CustomerId"];
                /** @constant */
                status: "processing";
                requested_amount: components["schemas"]["Money"];
                /** @example 6 */
                number_of_installments: number;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "loan.created";
        };
        /**
         * @description `loan.contract_generated`: the CCB exists and can be signed. The reference names the
         *     CCB number and the signing link without listing the keys; this payload is a proposal.
         */
        LoanContractGeneratedEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "loan.contract_generated";
            data: {
                id: components["schemas"]["LoanId"];
                /** @constant */
                status: "contract_generated";
                /** @example CCB-2026-001234 */
                ccb_number: string;
                /**
                 * Format: uri
                 * @example https://app.clicksign.com/sign/8a2f4c1e-0b7d-4e59-9c3a-6f1d2e7b5a90
                 */
                signing_url: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "loan.contract_generated";
        };
        /**
         * @description `loan.awaiting_signatures`: the CCB waits for the customer's signature. The reference
         *     names the updated signing link without listing the keys; this payload is a proposal.
         */
        LoanAwaitingSignaturesEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "loan.awaiting_signatures";
            data: {
                id: components["schemas"]["LoanId"];
                /** @constant */
                status: "awaiting_signatures";
                /**
                 * Format: uri
                 * @example https://app.clicksign.com/sign/8a2f4c1e-0b7d-4e59-9c3a-6f1d2e7b5a90
                 */
                signing_url: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "loan.awaiting_signatures";
        };
        /** @description `loan.signed`: every party signed the CCB. */
        LoanSignedEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "loan.signed";
            data: {
                id: components["schemas"]["LoanId"];
                /** @constant */
                status: "signed";
                /** @example CCB-2026-001234 */
                ccb_number: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "loan.signed";
        };
        /**
         * @description `loan.disbursing`: the transfer to the customer started. The reference names the
         *     disbursement method without listing the keys; this payload is a proposal.
         */
        LoanDisbursingEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "loan.disbursing";
            data: {
                id: components["schemas"]["LoanId"];
                /** @constant */
                status: "disbursing";
                /** @example pix */
                disbursement_method: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "loan.disbursing";
        };
        /** @description `loan.active`: the money arrived; repayment begins. */
        LoanActiveEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "loan.active";
            data: {
                id: components["schemas"]["LoanId"];
                /** @constant */
                status: "active";
                requested_amount: components["schemas"]["Money"];
                /** @description What the customer received. */
                net_amount: components["schemas"]["Money"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "loan.active";
        };
        /** @description `loan.payment_received`: an installment payment was recorded. */
        LoanPaymentReceivedEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "loan.payment_received";
            data: {
                id: components["schemas"]["LoanId"];
                /** @description The loan's status after the payment, normally `active`. */
                status: components["schemas"]["LoanStatus"];
                payment: {
                    /** @example 4550.00 */
                    amount: components["schemas"]["Money"];
                    paid_at: components["schemas"]["Timestamp"];
                    /**
                     * @description Which installment, counted from 1 in due-date order.
                     * @example 1
                     */
                    installment_number: number;
                };
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "loan.payment_received";
        };
        /** @description `loan.finished`: every installment is paid. */
        LoanFinishedEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "loan.finished";
            data: {
                id: components["schemas"]["LoanId"];
                /** @constant */
                status: "finished";
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "loan.finished";
        };
        /** @description `loan.cancelled`: the loan was cancelled before disbursement. */
        LoanCancelledEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "loan.cancelled";
            data: {
                id: components["schemas"]["LoanId"];
                /** @constant */
                status: "cancelled";
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "loan.cancelled";
        };
        /** @description `loan.error`: the loan failed for good; `error` says why. */
        LoanErrorEvent: components["schemas"]["WebhookEventBase"] & {
            /** @constant */
            type: "loan.error";
            data: {
                id: components["schemas"]["LoanId"];
                /** @constant */
                status: "error";
                error: components["schemas"]["LoanError"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "loan.error";
        };
        /** @description Any event delivery; narrow it on `type`. */
        WebhookEvent: components["schemas"]["CustomerCreatedEvent"] | components["schemas"]["CustomerUnderReviewEvent"] | components["schemas"]["CustomerKycUpdatedEvent"] | components["schemas"]["CustomerActiveEvent"] | components["schemas"]["CreditOfferAvailableEvent"] | components["schemas"]["CreditOfferExpiredEvent"] | components["schemas"]["LoanCreatedEvent"] | components["schemas"]["LoanContractGeneratedEvent"] | components["schemas"]["LoanAwaitingSignaturesEvent"] | components["schemas"]["LoanSignedEvent"] | components["schemas"]["LoanDisbursingEvent"] | components["schemas"]["LoanActiveEvent"] | components["schemas"]["LoanPaymentReceivedEvent"] | components["schemas"]["LoanFinishedEvent"] | components["schemas"]["LoanCancelledEvent"] | components["schemas"]["LoanErrorEvent"];
    };
    responses: {
        /**
         * @description The request could not be read: malformed body (`malformed_body`), wrong content type
         *     (`invalid_content_type`), missing upload (`missing_file`) or unknown cursor
         *     (`invalid_cursor`).
         */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.dinie.com.br/errors/invalid-request",
                 *       "title": "Invalid Request",
                 *       "status": 400,
                 *       "detail": "The request body is not valid JSON.",
                 *       "code": "malformed_body",
                 *       "instance": "/v3/customers",
                 *       "request_id": "req_7c4a8d09ca3762af61e59520943dc264"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Missing, invalid or expired credentials: `missing_token`, `invalid_token`,
         *     `token_expired`, or `invalid_client` at `/auth/token`.
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.dinie.com.br/errors/authentication-failed",
                 *       "title": "Authentication Failed",
                 *       "status": 401,
                 *       "detail": "The access token has expired.",
                 *       "code": "token_expired",
                 *       "request_id": "req_7c4a8d09ca3762af61e59520943dc264"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The credentials are valid but may not do this (`forbidden`), for example sandbox credentials in production. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.dinie.com.br/errors/forbidden",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "These credentials may not access this resource.",
                 *       "code": "forbidden",
                 *       "request_id": "req_7c4a8d09ca3762af61e59520943dc264"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description No such resource for this partner (`customer_not_found`, `credit_offer_not_found`,
         *     `simulation_not_found`, `loan_not_found`, `webhook_endpoint_not_found`,
         *     `credential_not_found`).
         */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.dinie.com.br/errors/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No customer with id cust_550e8400e29b41d4a716446655440000.",
                 *       "code": "customer_not_found",
                 *       "request_id": "req_7c4a8d09ca3762af61e59520943dc264"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The request clashes with the current state: `customer_already_exists`,
         *     `offer_already_accepted`, `session_already_active`, `last_active_credential`,
         *     `idempotency_key_reused`, `idempotency_key_in_use`.
         */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.dinie.com.br/errors/conflict",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "A customer with this CPF is already registered with another external_id.",
                 *       "code": "customer_already_exists",
                 *       "request_id": "req_7c4a8d09ca3762af61e59520943dc264"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The request was read but its content is not acceptable: `missing_required_field`,
         *     `invalid_cpf`, `invalid_cnpj`, `immutable_field`, `kyc_incomplete`, `offer_expired`,
         *     `simulation_mismatch`, `amount_out_of_range`, `invalid_installment_count`; `errors`
         *     lists every offending field.
         */
        UnprocessableEntity: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.dinie.com.br/errors/validation-failed",
                 *       "title": "Validation Failed",
                 *       "status": 422,
                 *       "detail": "One or more fields failed validation.",
                 *       "code": "missing_required_field",
                 *       "errors": [
                 *         {
                 *           "param": "cpf",
                 *           "detail": "The cpf field is required.",
                 *           "code": "missing_required_field"
                 *         }
                 *       ],
                 *       "request_id": "req_7c4a8d09ca3762af61e59520943dc264"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The path exists but does not take this method (`method_not_allowed`). Every path of this
         *     document answers so to a method it does not list; `Allow` names the methods it takes.
         *     Documented on each operation because OpenAPI has no place for the methods a path lacks.
         */
        MethodNotAllowed: {
            headers: {
                Allow: components["headers"]["Allow"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.dinie.com.br/errors/invalid-request",
                 *       "title": "Method Not Allowed",
                 *       "status": 405,
                 *       "detail": "PUT is not allowed here; use GET, PATCH.",
                 *       "code": "method_not_allowed",
                 *       "instance": "/v3/customers/cust_550e8400e29b41d4a716446655440000",
                 *       "request_id": "req_7c4a8d09ca3762af61e59520943dc264"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The request body is over the size limit: `payload_too_large` for a JSON or form body,
         *     `file_too_large` (with `param: file`) for a document upload. Sending it again unchanged
         *     fails the same way.
         */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.dinie.com.br/errors/invalid-request",
                 *       "title": "Payload Too Large",
                 *       "status": 413,
                 *       "detail": "The request body exceeds the limit of 1048576 bytes.",
                 *       "code": "payload_too_large",
                 *       "instance": "/v3/customers",
                 *       "request_id": "req_7c4a8d09ca3762af61e59520943dc264"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate limit exceeded (`rate_limit_exceeded`); wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.dinie.com.br/errors/rate-limit-exceeded",
                 *       "title": "Too Many Requests",
                 *       "status": 429,
                 *       "detail": "Rate limit exceeded. Try again in 30 seconds.",
                 *       "code": "rate_limit_exceeded",
                 *       "request_id": "req_7c4a8d09ca3762af61e59520943dc264"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Dinie failed (`internal_error`); safe to retry with the same `Idempotency-Key`. */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://api.dinie.com.br/errors/internal",
                 *       "title": "Internal Server Error",
                 *       "status": 500,
                 *       "detail": "Something went wrong on our side.",
                 *       "code": "internal_error",
                 *       "request_id": "req_7c4a8d09ca3762af61e59520943dc264"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The receiver took the event. Any 2xx counts; answer within about five seconds and do
         *     the work afterwards.
         */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The receiver refused the delivery (for example a bad signature). Any answer other than
         *     2xx, or none, is a failed attempt and the event is delivered again later with the same
         *     `webhook-id`.
         */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description A unique string that makes a POST safe to retry. The first response is stored for 24
         *     hours and replayed, with `Idempotent-Replayed: true`, to any repeat of the same key;
         *     the same key with another body is a 409 `idempotency_key_reused`, and a repeat while
         *     the first request is still running a 409 `idempotency_key_in_use`.
         */
        IdempotencyKey: string;
        /** @description Page size. Outside 1..100 is a 422 naming `limit`. */
        Limit: number;
        /**
         * @description Cursor: the id of the last item of the previous page; the page starts right after it.
         *     An id that is not in the list is a 400 `invalid_cursor`.
         */
        StartingAfter: string;
        /** @description The credential's `client_id`. */
        ClientIdPath: components["schemas"]["ApiClientId"];
        /** @description The customer's id. */
        CustomerIdPath: components["schemas"]["CustomerId"];
        /** @description The credit offer's id. */
        CreditOfferIdPath: components["schemas"]["CreditOfferId"];
        /** @description The loan's id. */
        LoanIdPath: components["schemas"]["LoanId"];
        /** @description The webhook endpoint's id. */
        WebhookEndpointIdPath: components["schemas"]["WebhookEndpointId"];
        /**
         * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
         *     duplicates, since delivery is at least once.
         */
        WebhookIdHeader: components["schemas"]["EventId"];
        /**
         * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
         *     minutes away from your clock.
         */
        WebhookTimestampHeader: number;
        /**
         * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
         *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
         *     base64 after `whsec_`). During a rotation there is one signature per live secret;
         *     accept the delivery when any `v1` signature matches, compared in constant time.
         */
        WebhookSignatureHeader: string;
    };
    requestBodies: never;
    headers: {
        /** @description Id of this request, also given as `request_id` in problem bodies; quote it to support. */
        "X-Request-Id": string;
        /** @description Requests allowed in the current window. */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "X-RateLimit-Remaining": number;
        /** @description Unix time, in seconds, when the window resets. */
        "X-RateLimit-Reset": number;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
        /** @description The methods this path takes, comma-separated. */
        Allow: string;
        /** @description Path of the created resource, with the `/v3` prefix. */
        Location: string;
        /** @description Present, as `true`, when this response is the stored answer to an earlier request with the same `Idempotency-Key`. */
        "Idempotent-Replayed": "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grant_type": "client_credentials"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Token issued. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "dinie_at_eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaW5pZV9jaV81NTBlODQwMGUyOWI0MWQ0YTcxNjQ0NjY1NTQ0MDAwMCIsImV4cCI6MTcwOTU1NTYwMH0.abc123",
                     *       "token_type": "bearer",
                     *       "expires_in": 3600
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCredentials: {
        parameters: {
            query?: {
                /** @description Page size. Outside 1..100 is a 422 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: the id of the last item of the previous page; the page starts right after it.
                 *     An id that is not in the list is a 400 `invalid_cursor`.
                 */
                starting_after?: components["parameters"]["StartingAfter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of credentials. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "dinie_ci_550e8400e29b41d4a716446655440000",
                     *           "client_id": "dinie_ci_550e8400e29b41d4a716446655440000",
                     *           "name": "Chave de Produção",
                     *           "status": "active",
                     *           "expires_at": "2027-03-04T00:00:00Z",
                     *           "created_at": "2026-03-04T10:00:00Z",
                     *           "updated_at": "2026-03-04T10:00:00Z",
                     *           "last_used_at": "2026-03-05T14:30:00Z"
                     *         }
                     *       ],
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["CredentialList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createCredential: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique string that makes a POST safe to retry. The first response is stored for 24
                 *     hours and replayed, with `Idempotent-Replayed: true`, to any repeat of the same key;
                 *     the same key with another body is a 409 `idempotency_key_reused`, and a repeat while
                 *     the first request is still running a 409 `idempotency_key_in_use`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Chave de Produção",
                 *       "expires_at": "2027-03-04T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["CredentialCreateRequest"];
            };
        };
        responses: {
            /** @description Credential created; the response is the only place its secret appears. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dinie_ci_550e8400e29b41d4a716446655440000",
                     *       "client_id": "dinie_ci_550e8400e29b41d4a716446655440000",
                     *       "name": "Chave de Produção",
                     *       "status": "active",
                     *       "client_secret": "dinie_cs_live_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6",
                     *       "expires_at": "2027-03-04T00:00:00Z",
                     *       "created_at": "2026-03-04T10:00:00Z",
                     *       "updated_at": "2026-03-04T10:00:00Z",
                     *       "last_used_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["CredentialWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    revokeCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credential's `client_id`. */
                client_id: components["parameters"]["ClientIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Credential revoked; no body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description Only the customer with this CPF, formatted or digits only. */
                cpf?: string;
                /** @description Only customers registered with this partner reference. */
                external_id?: string;
                /** @description Only customers in this status. */
                status?: components["schemas"]["CustomerStatus"];
                /** @description Field the list is ordered by. */
                sort?: "created_at" | "updated_at" | "name";
                /** @description Direction of the ordering. */
                order?: "asc" | "desc";
                /** @description Page size. Outside 1..100 is a 422 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: the id of the last item of the previous page; the page starts right after it.
                 *     An id that is not in the list is a 400 `invalid_cursor`.
                 */
                starting_after?: components["parameters"]["StartingAfter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique string that makes a POST safe to retry. The first response is stored for 24
                 *     hours and replayed, with `Idempotent-Replayed: true`, to any repeat of the same key;
                 *     the same key with another body is a 409 `idempotency_key_reused`, and a repeat while
                 *     the first request is still running a 409 `idempotency_key_in_use`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cpf": "123.456.789-00",
                 *       "cnpj": "12.345.678/0001-90",
                 *       "name": "João Silva",
                 *       "email": "joao@example.com",
                 *       "phone": "+5511999999999",
                 *       "trading_name": "Loja do João",
                 *       "external_id": "partner-ref-123"
                 *     }
                 */
                "application/json": components["schemas"]["CustomerCreateRequest"];
            };
        };
        responses: {
            /** @description A customer with this CPF/CNPJ and `external_id` already existed; it is returned unchanged. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Customer registered in `pending_kyc`. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cust_550e8400e29b41d4a716446655440000",
                     *       "status": "pending_kyc",
                     *       "cpf": "123.456.789-00",
                     *       "cnpj": "12.345.678/0001-90",
                     *       "name": "João Silva",
                     *       "email": "joao@example.com",
                     *       "phone": "+5511999999999",
                     *       "trading_name": "Loja do João",
                     *       "external_id": "partner-ref-123",
                     *       "kyc": [
                     *         {
                     *           "kind": "document",
                     *           "type": "ccmei",
                     *           "description": "Certificado MEI",
                     *           "status": "pending",
                     *           "message": null,
                     *           "uploaded_at": null
                     *         },
                     *         {
                     *           "kind": "document",
                     *           "type": "cnh",
                     *           "description": "Carteira Nacional de Habilitação",
                     *           "status": "pending",
                     *           "message": null,
                     *           "uploaded_at": null
                     *         },
                     *         {
                     *           "kind": "document",
                     *           "type": "selfie",
                     *           "description": "Selfie",
                     *           "status": "pending",
                     *           "message": null,
                     *           "uploaded_at": null
                     *         },
                     *         {
                     *           "kind": "document",
                     *           "type": "biometrics",
                     *           "description": "Biometria facial",
                     *           "status": "pending",
                     *           "message": null,
                     *           "uploaded_at": null
                     *         }
                     *       ],
                     *       "created_at": "2026-03-04T10:00:00Z",
                     *       "updated_at": "2026-03-04T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's id. */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's id. */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "joao.silva@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["CustomerUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated customer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    uploadDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique string that makes a POST safe to retry. The first response is stored for 24
                 *     hours and replayed, with `Idempotent-Replayed: true`, to any repeat of the same key;
                 *     the same key with another body is a 409 `idempotency_key_reused`, and a repeat while
                 *     the first request is still running a 409 `idempotency_key_in_use`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The customer's id. */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DocumentUploadRequest"];
            };
        };
        responses: {
            /** @description Document received and queued for review. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "doc_550e8400e29b41d4a716446655440000",
                     *       "type": "ccmei",
                     *       "status": "submitted",
                     *       "uploaded_at": "2026-03-04T10:05:00Z",
                     *       "created_at": "2026-03-04T10:05:00Z",
                     *       "updated_at": "2026-03-04T10:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["KycDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createBiometricsSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique string that makes a POST safe to retry. The first response is stored for 24
                 *     hours and replayed, with `Idempotent-Replayed: true`, to any repeat of the same key;
                 *     the same key with another body is a 409 `idempotency_key_reused`, and a repeat while
                 *     the first request is still running a 409 `idempotency_key_in_use`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The customer's id. */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session opened. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "session_url": "https://biometrics.dinie.com.br/session/...",
                     *       "expires_at": "2026-03-03T16:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BiometricsSession"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCustomerCreditOffers: {
        parameters: {
            query?: {
                /** @description Only offers in this status. */
                status?: components["schemas"]["CreditOfferStatus"];
                /** @description Page size. Outside 1..100 is a 422 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: the id of the last item of the previous page; the page starts right after it.
                 *     An id that is not in the list is a 400 `invalid_cursor`.
                 */
                starting_after?: components["parameters"]["StartingAfter"];
            };
            header?: never;
            path: {
                /** @description The customer's id. */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of credit offers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "co_550e8400e29b41d4a716446655440000",
                     *           "customer_id": "cust_550e8400e29b41d4a716446655440000",
                     *           "status": "available",
                     *           "approved_amount": "50000.00",
                     *           "min_amount": "5000.00",
                     *           "interest_rate": 2.5,
                     *           "min_installments": 3,
                     *           "max_installments": 12,
                     *           "due_date_rule": null,
                     *           "valid_until": "2026-04-01T00:00:00Z",
                     *           "created_at": "2026-03-04T12:00:00Z",
                     *           "updated_at": "2026-03-04T12:00:00Z"
                     *         }
                     *       ],
                     *       "has_more": false
                     *     }
                     */
                    "application/json": components["schemas"]["CreditOfferList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCreditOffers: {
        parameters: {
            query?: {
                /** @description Only offers of this customer. */
                customer_id?: components["schemas"]["CustomerId"];
                /** @description Only offers in this status. */
                status?: components["schemas"]["CreditOfferStatus"];
                /** @description Page size. Outside 1..100 is a 422 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: the id of the last item of the previous page; the page starts right after it.
                 *     An id that is not in the list is a 400 `invalid_cursor`.
                 */
                starting_after?: components["parameters"]["StartingAfter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of credit offers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditOfferList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCreditOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credit offer's id. */
                credit_offer_id: components["parameters"]["CreditOfferIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credit offer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditOffer"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createSimulation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique string that makes a POST safe to retry. The first response is stored for 24
                 *     hours and replayed, with `Idempotent-Replayed: true`, to any repeat of the same key;
                 *     the same key with another body is a 409 `idempotency_key_reused`, and a repeat while
                 *     the first request is still running a 409 `idempotency_key_in_use`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The credit offer's id. */
                credit_offer_id: components["parameters"]["CreditOfferIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requested_amount": "25000.00",
                 *       "installment_count": 12
                 *     }
                 */
                "application/json": components["schemas"]["SimulationRequest"];
            };
        };
        responses: {
            /** @description Simulation priced and stored. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sim_550e8400e29b41d4a716446655440001",
                     *       "credit_offer_id": "co_550e8400e29b41d4a716446655440000",
                     *       "requested_amount": "25000.00",
                     *       "amount": "24250.00",
                     *       "interest_amount": "2750.00",
                     *       "fees_amount": "300.00",
                     *       "iof_amount": "450.00",
                     *       "total_loan_amount": "27500.00",
                     *       "interest_percentage": 3.5,
                     *       "cet_percentage": 4.12,
                     *       "number_of_installments": 12,
                     *       "installments_value": "2291.67",
                     *       "first_due_date": "2026-04-15",
                     *       "created_at": "2026-03-04T12:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Simulation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createLoan: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique string that makes a POST safe to retry. The first response is stored for 24
                 *     hours and replayed, with `Idempotent-Replayed: true`, to any repeat of the same key;
                 *     the same key with another body is a 409 `idempotency_key_reused`, and a repeat while
                 *     the first request is still running a 409 `idempotency_key_in_use`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "credit_offer_id": "co_550e8400e29b41d4a716446655440000",
                 *       "simulation_id": "sim_550e8400e29b41d4a716446655440001",
                 *       "installments": 6,
                 *       "installments_value": "4550.00",
                 *       "first_due_date": "2026-04-15"
                 *     }
                 */
                "application/json": components["schemas"]["LoanCreateRequest"];
            };
        };
        responses: {
            /** @description Loan created in `processing`. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ln_550e8400e29b41d4a716446655440000",
                     *       "credit_offer_id": "co_550e8400e29b41d4a716446655440000",
                     *       "simulation_id": "sim_550e8400e29b41d4a716446655440001",
                     *       "customer_id": "cust_550e8400e29b41d4a716446655440000",
                     *       "status": "processing",
                     *       "requested_amount": "25000.00",
                     *       "net_amount": null,
                     *       "iof": null,
                     *       "service_fee": null,
                     *       "interest_rate": null,
                     *       "cet": null,
                     *       "total_amount": "27300.00",
                     *       "installments_value": "4550.00",
                     *       "number_of_installments": 6,
                     *       "first_due_date": "2026-04-15",
                     *       "ccb_number": null,
                     *       "disbursement_method": null,
                     *       "signing_url": null,
                     *       "created_at": "2026-03-04T13:00:00Z",
                     *       "updated_at": "2026-03-04T13:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Loan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getLoan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The loan's id. */
                loan_id: components["parameters"]["LoanIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The loan. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Loan"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                /** @description Page size. Outside 1..100 is a 422 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: the id of the last item of the previous page; the page starts right after it.
                 *     An id that is not in the list is a 400 `invalid_cursor`.
                 */
                starting_after?: components["parameters"]["StartingAfter"];
            };
            header?: never;
            path: {
                /** @description The loan's id. */
                loan_id: components["parameters"]["LoanIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of transactions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "tx_550e8400e29b41d4a716446655440000",
                     *           "loan_id": "ln_550e8400e29b41d4a716446655440000",
                     *           "type": "installment",
                     *           "status": "pending",
                     *           "due_date": "2026-04-15",
                     *           "amount_due": "4550.00",
                     *           "amount_paid": "0.00",
                     *           "amount_remaining": "4550.00",
                     *           "principal": "3924.65",
                     *           "interest": "625.35",
                     *           "fees": "0.00",
                     *           "days_overdue": 0,
                     *           "paid_at": null,
                     *           "created_at": "2026-03-10T09:00:00Z",
                     *           "updated_at": "2026-03-10T09:00:00Z"
                     *         }
                     *       ],
                     *       "has_more": true
                     *     }
                     */
                    "application/json": components["schemas"]["TransactionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page size. Outside 1..100 is a 422 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: the id of the last item of the previous page; the page starts right after it.
                 *     An id that is not in the list is a 400 `invalid_cursor`.
                 */
                starting_after?: components["parameters"]["StartingAfter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhook endpoints. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique string that makes a POST safe to retry. The first response is stored for 24
                 *     hours and replayed, with `Idempotent-Replayed: true`, to any repeat of the same key;
                 *     the same key with another body is a 409 `idempotency_key_reused`, and a repeat while
                 *     the first request is still running a 409 `idempotency_key_in_use`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://partner.example.com/webhooks/dinie",
                 *       "events": [
                 *         "customer.active",
                 *         "credit_offer.available",
                 *         "loan.*"
                 *       ],
                 *       "description": "Production webhook"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointCreateRequest"];
            };
        };
        responses: {
            /** @description Endpoint created; the response is the only place its secret appears. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_550e8400e29b41d4a716446655440000",
                     *       "url": "https://partner.example.com/webhooks/dinie",
                     *       "events": [
                     *         "customer.active",
                     *         "credit_offer.available",
                     *         "loan.*"
                     *       ],
                     *       "description": "Production webhook",
                     *       "status": "active",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                     *       "created_at": "2026-03-04T10:00:00Z",
                     *       "updated_at": "2026-03-04T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                webhook_endpoint_id: components["parameters"]["WebhookEndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                webhook_endpoint_id: components["parameters"]["WebhookEndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Endpoint deleted; no body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                webhook_endpoint_id: components["parameters"]["WebhookEndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "disabled"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated webhook endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique string that makes a POST safe to retry. The first response is stored for 24
                 *     hours and replayed, with `Idempotent-Replayed: true`, to any repeat of the same key;
                 *     the same key with another body is a 409 `idempotency_key_reused`, and a repeat while
                 *     the first request is still running a 409 `idempotency_key_in_use`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The webhook endpoint's id. */
                webhook_endpoint_id: components["parameters"]["WebhookEndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "expire_current_in": 3600
                 *     }
                 */
                "application/json": components["schemas"]["WebhookSecretRotateRequest"];
            };
        };
        responses: {
            /** @description Secret rotated. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_550e8400e29b41d4a716446655440000",
                     *       "secret": "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
                     *       "previous_secret_expires_at": "2026-03-04T11:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSecretRotation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    onCustomerCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onCustomerUnderReview: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_550e8400e29b41d4a716446655440001",
                 *       "type": "customer.under_review",
                 *       "api_version": "2026-03-01",
                 *       "created_at": "2026-03-04T11:00:00Z",
                 *       "timestamp": "2026-03-04T11:00:00Z",
                 *       "delivery_id": "dlv_550e8400e29b41d4a716446655440001",
                 *       "data": {
                 *         "id": "cust_550e8400e29b41d4a716446655440000",
                 *         "status": "under_review",
                 *         "external_id": "partner-ref-123"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CustomerUnderReviewEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onCustomerKycUpdated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_550e8400e29b41d4a716446655440002",
                 *       "type": "customer.kyc_updated",
                 *       "api_version": "2026-03-01",
                 *       "created_at": "2026-03-04T11:30:00Z",
                 *       "timestamp": "2026-03-04T11:30:00Z",
                 *       "delivery_id": "dlv_550e8400e29b41d4a716446655440002",
                 *       "data": {
                 *         "id": "cust_550e8400e29b41d4a716446655440000",
                 *         "status": "pending_kyc",
                 *         "kyc": [
                 *           {
                 *             "kind": "document",
                 *             "type": "ccmei",
                 *             "description": "Certificado MEI",
                 *             "status": "rejected",
                 *             "message": "O documento está ilegível.",
                 *             "uploaded_at": "2026-03-04T10:05:00Z"
                 *           },
                 *           {
                 *             "kind": "data",
                 *             "type": "email",
                 *             "description": "E-mail",
                 *             "status": "pending_correction",
                 *             "message": "O e-mail informado não existe.",
                 *             "uploaded_at": null
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CustomerKycUpdatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onCustomerActive: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerActiveEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onCreditOfferAvailable: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_550e8400e29b41d4a716446655440004",
                 *       "type": "credit_offer.available",
                 *       "api_version": "2026-03-01",
                 *       "created_at": "2026-03-04T12:00:00Z",
                 *       "timestamp": "2026-03-04T12:00:00Z",
                 *       "delivery_id": "dlv_550e8400e29b41d4a716446655440004",
                 *       "data": {
                 *         "id": "co_550e8400e29b41d4a716446655440000",
                 *         "customer_id": "cust_550e8400e29b41d4a716446655440000",
                 *         "status": "available",
                 *         "approved_amount": "50000.00",
                 *         "min_amount": "5000.00",
                 *         "interest_rate": 2.5,
                 *         "installments": 12,
                 *         "due_date_rule": null,
                 *         "valid_until": "2026-04-01T00:00:00Z"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreditOfferAvailableEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onCreditOfferExpired: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditOfferExpiredEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onLoanCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_550e8400e29b41d4a716446655440006",
                 *       "type": "loan.created",
                 *       "api_version": "2026-03-01",
                 *       "created_at": "2026-03-04T13:00:00Z",
                 *       "timestamp": "2026-03-04T13:00:00Z",
                 *       "delivery_id": "dlv_550e8400e29b41d4a716446655440006",
                 *       "data": {
                 *         "id": "ln_550e8400e29b41d4a716446655440000",
                 *         "credit_offer_id": "co_550e8400e29b41d4a716446655440000",
                 *         "customer_id": "cust_550e8400e29b41d4a716446655440000",
                 *         "status": "processing",
                 *         "requested_amount": "25000.00",
                 *         "number_of_installments": 6
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["LoanCreatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onLoanContractGenerated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanContractGeneratedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onLoanAwaitingSignatures: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanAwaitingSignaturesEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onLoanSigned: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanSignedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onLoanDisbursing: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanDisbursingEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onLoanActive: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_550e8400e29b41d4a716446655440011",
                 *       "type": "loan.active",
                 *       "api_version": "2026-03-01",
                 *       "created_at": "2026-03-05T09:00:00Z",
                 *       "timestamp": "2026-03-05T09:00:00Z",
                 *       "delivery_id": "dlv_550e8400e29b41d4a716446655440011",
                 *       "data": {
                 *         "id": "ln_550e8400e29b41d4a716446655440000",
                 *         "status": "active",
                 *         "requested_amount": "25000.00",
                 *         "net_amount": "24250.00"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["LoanActiveEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onLoanPaymentReceived: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_550e8400e29b41d4a716446655440012",
                 *       "type": "loan.payment_received",
                 *       "api_version": "2026-03-01",
                 *       "created_at": "2026-04-15T14:00:00Z",
                 *       "timestamp": "2026-04-15T14:00:00Z",
                 *       "delivery_id": "dlv_550e8400e29b41d4a716446655440012",
                 *       "data": {
                 *         "id": "ln_550e8400e29b41d4a716446655440000",
                 *         "status": "active",
                 *         "payment": {
                 *           "amount": "4550.00",
                 *           "paid_at": "2026-04-15T13:58:00Z",
                 *           "installment_number": 1
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["LoanPaymentReceivedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onLoanFinished: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanFinishedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onLoanCancelled: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanCancelledEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    onLoanError: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Message id, equal to the event `id` and unchanged across retries; use it to drop
                 *     duplicates, since delivery is at least once.
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description Unix time, in seconds, of this delivery attempt. Reject deliveries more than five
                 *     minutes away from your clock.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 of
                 *     `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the endpoint secret (the
                 *     base64 after `whsec_`). During a rotation there is one signature per live secret;
                 *     accept the delivery when any `v1` signature matches, compared in constant time.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_550e8400e29b41d4a716446655440015",
                 *       "type": "loan.error",
                 *       "api_version": "2026-03-01",
                 *       "created_at": "2026-03-05T08:00:00Z",
                 *       "timestamp": "2026-03-05T08:00:00Z",
                 *       "delivery_id": "dlv_550e8400e29b41d4a716446655440015",
                 *       "data": {
                 *         "id": "ln_550e8400e29b41d4a716446655440000",
                 *         "status": "error",
                 *         "error": {
                 *           "code": "disbursement_failed",
                 *           "message": "Bank rejected the transfer."
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["LoanErrorEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
}
