// Generated from the API's OpenAPI document by openapi-typescript: do not edit.
// Regenerate with `pnpm --dir apps/api web-api-types` after changing a route's schemas.

export interface paths {
    "/api/v1/account-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a payment, promise to pay or dispute: stored once by eventId, then delivered to running cadences
         * @description A dispute also opens a dispute on the account: every later contact decision blocks until it is verified (PATCH /accounts/{id}/compliance).
         *
         *     Roles: agent, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountEventInput"];
                };
            };
            responses: {
                /** @description Already received: nothing changed (an earlier failed delivery is retried) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountEventReceipt"];
                    };
                };
                /** @description Stored (and delivered unless `signalled` is false: a sweep retries) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountEventReceipt"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Accounts list: a page of the accounts of your portfolios (an agent: of your queues) that the filter keeps, and its totals
         * @description Sorted by `sort` then id; `totals` counts every account the filter keeps (not just this page) and sums their balances per currency. DPD and open promises are as of today (UTC).
         *
         *     Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Largest balance, in cents */
                    balanceMax?: number | null;
                    /** @description Smallest balance, in cents */
                    balanceMin?: number | null;
                    /** @description DPD buckets: pre_due, 1-15, 16-30, 31-60, 60+ */
                    dpd?: ("pre_due" | "1-15" | "16-30" | "31-60" | "60+")[];
                    limit?: number;
                    offset?: number | null;
                    order?: "asc" | "desc";
                    /** @description Portfolio ids */
                    portfolio?: string[] | null;
                    /** @description An account id, the start of a name, a phone number or an email address */
                    q?: string;
                    /** @description `due`: the due date (ascending: highest DPD first) */
                    sort?: "id" | "name" | "balance" | "due" | "updated";
                    /** @description Any of: in_cadence, promise_open, plan, dispute, opted_out, paid */
                    status?: ("in_cadence" | "promise_open" | "plan" | "dispute" | "opted_out" | "paid")[];
                    /** @description Tiers (attributes.tier) */
                    tier?: string[] | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of accounts and the totals of the filter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountList"];
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account
         * @description Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Create or replace an account (running enrollments see the change)
         * @description Strategists create and replace test accounts in sandbox portfolios only (their sends go to the outbox). Compliance facts are replaced only when `compliance` is given: a sync that does not know of an opt-out never erases it.
         *
         *     Roles: strategist, engineer, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: {
                            city: string;
                            /** @default US */
                            country?: string;
                            line1?: string;
                            line2?: string;
                            postalCode: string;
                            state: string;
                        };
                        /** @default {} */
                        attributes?: {
                            [key: string]: string | number | boolean | null;
                        };
                        balanceCents: number;
                        careFlags?: {
                            /** @enum {string} */
                            kind: "hardship" | "vulnerability";
                            note?: string;
                            /** Format: date-time */
                            setAt?: string;
                            setBy?: string;
                        }[];
                        compliance?: {
                            /** Format: date-time */
                            callConsentAt?: string;
                            /** @default false */
                            ceaseCommunication?: boolean;
                            /**
                             * @default {
                             *       "status": "none"
                             *     }
                             */
                            dispute?: {
                                /** Format: date-time */
                                openedAt?: string;
                                /** @enum {string} */
                                status: "none" | "open" | "verified";
                            };
                            /** @default [] */
                            inconvenientTimes?: {
                                /**
                                 * @default [
                                 *       "sun",
                                 *       "mon",
                                 *       "tue",
                                 *       "wed",
                                 *       "thu",
                                 *       "fri",
                                 *       "sat"
                                 *     ]
                                 */
                                days?: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat")[];
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            optOuts?: ("call" | "sms" | "email" | "voicemail" | "whatsapp" | "push" | "letter")[];
                            /**
                             * @default unknown
                             * @enum {string}
                             */
                            phoneType?: "mobile" | "landline" | "unknown";
                            profile?: string;
                            /** @default [] */
                            timezones?: string[];
                        };
                        /** @default {} */
                        consents?: {
                            email?: boolean;
                            letter?: boolean;
                            push?: boolean;
                            sms?: boolean;
                            voice?: boolean;
                            whatsapp?: boolean;
                        };
                        consumerId?: string;
                        /** @default USD */
                        currency?: string;
                        debtFlags?: {
                            /** @default false */
                            medical?: boolean;
                            /** @default false */
                            timeBarred?: boolean;
                        };
                        doNotContactAtWork?: boolean;
                        /** Format: date */
                        dueDate: string;
                        /** Format: email */
                        email?: string;
                        emails?: {
                            /** Format: email */
                            address: string;
                            /** @default {} */
                            consents?: {
                                email?: boolean;
                            };
                        }[];
                        /** Format: date-time */
                        esignConsentAt?: string;
                        /** @default en */
                        language?: string;
                        name: string;
                        phone?: string;
                        phones?: {
                            /** @default {} */
                            consents?: {
                                sms?: boolean;
                                voice?: boolean;
                                whatsapp?: boolean;
                            };
                            number: string;
                            /**
                             * @default unknown
                             * @enum {string}
                             */
                            type?: "mobile" | "landline" | "work" | "unknown";
                        }[];
                        portfolioId?: string;
                        spouse?: {
                            /** Format: email */
                            email?: string;
                            name: string;
                            phone?: string;
                        };
                        /** @default UTC */
                        timezone?: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A strategist writing outside a sandbox portfolio (`forbidden`): strategists write test accounts only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The account is of a portfolio you do not read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record what the holder told us: an opt-out, a cease-communication request, a dispute, inconvenient times, other possible time zones
         * @description Only the fields given change. Takes effect for the next contact decision at once.
         *
         *     Roles: agent, compliance_officer, engineer, admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        callConsentAt?: string;
                        ceaseCommunication?: boolean;
                        dispute?: {
                            /** Format: date-time */
                            openedAt?: string;
                            /** @enum {string} */
                            status: "none" | "open" | "verified";
                        };
                        inconvenientTimes?: {
                            /**
                             * @default [
                             *       "sun",
                             *       "mon",
                             *       "tue",
                             *       "wed",
                             *       "thu",
                             *       "fri",
                             *       "sat"
                             *     ]
                             */
                            days?: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat")[];
                            from: string;
                            to: string;
                        }[];
                        optOuts?: ("call" | "sms" | "email" | "voicemail" | "whatsapp" | "push" | "letter")[];
                        /** @enum {string} */
                        phoneType?: "mobile" | "landline" | "unknown";
                        /** @description null removes the override: the portfolio profile governs again */
                        profile?: string | null;
                        timezones?: string[];
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The payment ledger: payments (full, partial, settlement), failed and returned payments, promises (kept, broken, open), plans with schedules, receipts sent
         * @description Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ledger */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaymentLedger"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/story": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One view of the customer: profile, balance and DPD, tier, compliance facts with who changed them, ledger, contacts with their decisions, enrollments with their path, agent tasks
         * @description Each list holds the latest `limit` entries (default 20) and says whether there are more. Read as GET /accounts/{id} is: your portfolios' accounts by exact id (an agent's read is audited).
         *
         *     Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account's story */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountStory"];
                    };
                };
                /** @description Invalid id or limit */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/freshness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Through when the analytics count every committed fact, and how many facts are parked
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The freshness */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsFreshness"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/parked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Facts the analytics projection could not count, with why: the most recently failing first
         * @description Roles: admin.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The parked facts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParkedFacts"];
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/parked/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry every parked fact now (after fixing their cause); those that still fail stay parked with their reason
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What the retry did */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParkedFactsRetried"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unit cost of a contact attempt per channel (what cost to collect is computed with)
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsSettings"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Set the unit cost per channel (minor units of the currency); channels left out keep their default
         * @description Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AnalyticsSettings"];
                };
            };
            responses: {
                /** @description The settings now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsSettings"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log (submits, comments, approvals, changes requests, publishes, migrations, user and role changes), newest first
         * @description Roles: compliance_officer, admin.
         */
        get: {
            parameters: {
                query?: {
                    action?: "submit" | "comment" | "approve" | "request_changes" | "publish" | "migration" | "role_change" | "user_created" | "opt_out" | "opt_in" | "portfolio_change" | "compliance_profile_change" | "user_invited" | "invitation_accepted" | "invitation_revoked" | "invitation_expired" | "user_deactivated" | "user_reactivated" | "sessions_revoked" | "password_changed" | "password_reset_issued" | "password_reset" | "membership_change" | "account_read" | "account_write_refused" | "compliance_change" | "audience_enrollment" | "enrollment_paused" | "enrollment_resumed" | "enrollment_stopped" | "version_paused" | "version_resumed" | "account_import";
                    /** @description The actor's id or email (any case) */
                    actor?: string;
                    actorId?: string;
                    cadenceId?: string;
                    /** @description The `nextCursor` of the previous page */
                    cursor?: number | null;
                    /** @description Entries at or after this instant */
                    from?: string;
                    /** @description A content hash, or its first characters */
                    hash?: string;
                    limit?: number;
                    /** @description Entries at or before this instant */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: components["schemas"]["AuditEntry"][];
                            nextCursor: number | null;
                        };
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every matching audit entry as CSV (oldest first), for a spreadsheet or an examiner
         * @description Roles: compliance_officer, admin.
         */
        get: {
            parameters: {
                query?: {
                    action?: "submit" | "comment" | "approve" | "request_changes" | "publish" | "migration" | "role_change" | "user_created" | "opt_out" | "opt_in" | "portfolio_change" | "compliance_profile_change" | "user_invited" | "invitation_accepted" | "invitation_revoked" | "invitation_expired" | "user_deactivated" | "user_reactivated" | "sessions_revoked" | "password_changed" | "password_reset_issued" | "password_reset" | "membership_change" | "account_read" | "account_write_refused" | "compliance_change" | "audience_enrollment" | "enrollment_paused" | "enrollment_resumed" | "enrollment_stopped" | "version_paused" | "version_resumed" | "account_import";
                    /** @description The actor's id or email (any case) */
                    actor?: string;
                    actorId?: string;
                    cadenceId?: string;
                    /** @description Entries at or after this instant */
                    from?: string;
                    /** @description A content hash, or its first characters */
                    hash?: string;
                    /** @description Entries at or before this instant */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV with a header row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password: your current one is required; every other session of yours ends (this one stays signed in)
         * @description Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            changed: true;
                            sessionsRevoked: number;
                        };
                    };
                };
                /** @description Invalid body, a wrong current password (`wrong_password`) or the same password again */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a one-time link is for (an invitation or a password reset), or why it no longer works */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The token of the link, as it stands after /invite/ or /reset-password/ */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The link works */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordLink"];
                    };
                };
                /** @description No such link (`link_not_found`) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Used (`link_used`), expired (`link_expired`), withdrawn (`link_revoked`) or replaced by a newer one (`link_replaced`) */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Set your password with a one-time link: an invitation makes your account, a reset replaces your password (ending every session); then you are signed in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The token of the link, as it stands after /invite/ or /reset-password/ */
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Password set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "invitation" | "password_reset";
                            /** @description false: the password is set, but sign in yourself (e.g. too many attempts from this address) */
                            signedIn: boolean;
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The account is deactivated (`account_deactivated`) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such link (`link_not_found`) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An account with this email exists already (`email_taken`) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Used, expired, withdrawn or replaced */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session, if any: { user } when signed in, { user: null } when not (never 401, so a first visit logs no error) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed-in user, or null */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password: sets the session cookie (and answers its token in `set-auth-token` for scripts) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Wrong email or password (`invalid_credentials`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Cross-site request refused, or the account is deactivated (`account_deactivated`, said only after a right password) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts from this address: wait a minute */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session and clears the cookie (signed out already is fine) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            signedOut: true;
                        };
                    };
                };
                /** @description Cross-site request refused */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auto-enrollment/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enroll every account that a rule-triggered cadence (segment, DPD, pre-due entry) matches now, once per cycle
         * @description Roles: strategist, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What the run did */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AutoEnrollmentReport"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cadences
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Also list archived cadences */
                    includeArchived?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cadences */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": (components["schemas"]["Cadence"] & {
                            /** @description The name of who created it */
                            createdByName: string | null;
                        })[];
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a cadence (a draft graph)
         * @description Roles: strategist, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        graph?: {
                            edges: {
                                id: string;
                                source: string;
                                sourceHandle: string;
                                target: string;
                                targetHandle?: string | null;
                            }[];
                            nodes: {
                                /**
                                 * @default {
                                 *       "config": {}
                                 *     }
                                 */
                                data?: {
                                    /** @default {} */
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    configVersion?: number;
                                    label?: string;
                                };
                                id: string;
                                position: {
                                    x: number;
                                    y: number;
                                };
                                type: string;
                            }[];
                        };
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Created; `issues` lists what blocks publishing */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CadenceWithIssues"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cadence with its draft graph, its problems and lint findings, and where it stands in review
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The cadence */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CadenceWithIssues"] & {
                            lifecycle: components["schemas"]["CadenceLifecycle"];
                        };
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, describe, archive or restore a cadence (the draft is untouched)
         * @description Roles: strategist, admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true archives (hidden from the default list), false restores */
                        archived?: boolean;
                        description?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cadence"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cadences/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the draft changes against the live version: nodes, configs and templates (before and after), edges
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The diff (everything is added while nothing is published) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            diff: components["schemas"]["GraphDiff"];
                            liveHash: string | null;
                            liveVersionId: string | null;
                        };
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadences/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save the draft graph (drafts may have problems; they are returned as `issues`, compliance lint as `findings`)
         * @description A save after approval makes the draft a draft again: the approval is bound to the content hash it was given for.
         *
         *     Roles: strategist, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        expectedRevision?: number;
                        graph: {
                            edges: {
                                id: string;
                                source: string;
                                sourceHandle: string;
                                target: string;
                                targetHandle?: string | null;
                            }[];
                            nodes: {
                                /**
                                 * @default {
                                 *       "config": {}
                                 *     }
                                 */
                                data?: {
                                    /** @default {} */
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    configVersion?: number;
                                    label?: string;
                                };
                                id: string;
                                position: {
                                    x: number;
                                    y: number;
                                };
                                type: string;
                            }[];
                        };
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CadenceWithIssues"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Someone saved a newer revision */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadences/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new cadence from a copy of this one's draft
         * @description Roles: strategist, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description The copy; `issues` lists what blocks publishing it */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cadence"] & {
                            issues: components["schemas"]["CadenceIssue"][];
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadences/{id}/entry-matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many accounts the draft's entry rule matches now: publishing enrolls them at once
         * @description Counts the accounts of the portfolios you read (up to 100000), per portfolio, leaving out accounts already in the cadence or already enrolled in the rule's current cycle. A draft whose Entry enrolls through the API answers `trigger: "api"` and 0.
         *
         *     Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryMatches"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The draft has errors, so it has no rule to count yet */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadences/{id}/lint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compliance lint of the draft, each finding at its node and field (blocking findings stop publishing)
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Lint under this compliance profile only (default: every profile in use: the configured default, the portfolios' and accounts' choices) */
                    profile?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Findings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description False while the draft has errors: fix `issues` first */
                            compiled: boolean;
                            findings: components["schemas"]["LintFinding"][];
                            issues: components["schemas"]["CadenceIssue"][];
                            /** @description The profile asked for, or the configured default when none was */
                            profile: string;
                            /** @description Every profile the design was linted under */
                            profiles: string[];
                        };
                    };
                };
                /** @description Unknown profile */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadences/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reviews of a cadence, newest first
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reviews */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"][];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit the draft for review: a snapshot bound to its content hash (an open review of other content is superseded)
         * @description Roles: strategist, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description This content is already under review or approved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
                /** @description Submitted */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The draft changed while submitting: submit again */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The draft has errors or blocking lint findings */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvalidCadence"] | (components["schemas"]["Error"] & {
                            findings: components["schemas"]["LintFinding"][];
                        });
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadences/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate the saved draft
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problems, each at its node/edge/field */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            issues: components["schemas"]["CadenceIssue"][];
                        };
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cadences/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published versions, newest first
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CadenceVersion"][];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Publish the draft as a new immutable version: its content hash must be approved by a compliance officer
         * @description Refused (403 `publish_refused`) unless the draft, as it compiles now, is the content a compliance officer who is not an author approved, and no blocking lint finding stands.
         *
         *     Roles: strategist, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The latest version already has this content */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CadenceVersion"];
                    };
                };
                /** @description Published */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CadenceVersion"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not approved (`publish_refused`), or not allowed for your role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishRefused"];
                    };
                };
                /** @description No such cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The draft changed while publishing: try again */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The draft has errors; nothing was published */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvalidCadence"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * May this contact happen at this instant? allow, defer until an instant, or block, with the rule that decided
         * @description A pure decision over the facts given: the caller hands in the account state and its contact history. Kairos cadences make the same decision against the contact ledger in the database, in the transaction that records the attempt.
         *
         *     Roles: agent, compliance_officer, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        account: {
                            /** Format: date-time */
                            callConsentAt?: string;
                            ceaseCommunication: boolean;
                            /** @default {} */
                            consents?: {
                                autodialedCalls?: boolean;
                                sms?: boolean;
                            };
                            dispute: {
                                /** Format: date-time */
                                openedAt?: string;
                                /** @enum {string} */
                                status: "none" | "open" | "verified";
                            };
                            /** @default [] */
                            inconvenientTimes?: {
                                /**
                                 * @default [
                                 *       "sun",
                                 *       "mon",
                                 *       "tue",
                                 *       "wed",
                                 *       "thu",
                                 *       "fri",
                                 *       "sat"
                                 *     ]
                                 */
                                days?: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat")[];
                                from: string;
                                to: string;
                            }[];
                            optOuts: ("call" | "sms" | "email" | "voicemail" | "whatsapp" | "push" | "letter")[];
                            /**
                             * @default unknown
                             * @enum {string}
                             */
                            phoneType?: "mobile" | "landline" | "unknown";
                            timezones: string[];
                        };
                        /** Format: date-time */
                        at: string;
                        /** @enum {string} */
                        channel: "call" | "sms" | "email" | "voicemail" | "whatsapp" | "push" | "letter" | "voice";
                        history: {
                            /** Format: date-time */
                            at: string;
                            /** @enum {string} */
                            channel: "call" | "sms" | "email" | "voicemail" | "whatsapp" | "push" | "letter" | "voice";
                            /** @enum {string} */
                            outcome: "no_answer" | "conversation" | "voicemail" | "busy" | "delivered" | "failed";
                        }[];
                        profile: string;
                    };
                };
            };
            responses: {
                /** @description The decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplianceDecision"];
                    };
                };
                /** @description Malformed request: each issue names its field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The compliance profiles portfolios and accounts may name
         * @description Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Profiles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplianceProfileSummary"][];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/profiles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace a custom compliance profile (hours by weekday, caps per channel, holidays, disclosures; optionally based on a built-in one)
         * @description The body is a profile file as documented in docs/compliance.md (`id` may be left out: the path names it). It is validated field by field, stored with an audit entry, and used by the run-time gate and the lint of every instance within seconds. Built-in and configured profiles cannot be replaced.
         *
         *     Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Replaced */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplianceProfileSummary"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplianceProfileSummary"];
                    };
                };
                /** @description The profile does not hold together: each issue names its field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contact attempts across providers and agents (the ledger compliance reads), newest first
         * @description Operations check `?status=outcome_unknown`: messages that may have reached the customer because a worker stopped while the provider was being called. They are never sent again, count as contacts for compliance, and the provider's status report settles them.
         *
         *     Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    enrollmentId?: string;
                    limit?: number;
                    /** @description pending (decided, being sent); outcome_unknown (a worker stopped while the provider was being called: it may have reached the customer, is never sent again, and the provider's status report settles it); queued, sent, delivered, failed or bounced (as the provider reports); skipped (nothing to send: paid, no contact point); blocked by compliance */
                    status?: "pending" | "outcome_unknown" | "queued" | "sent" | "delivered" | "failed" | "bounced" | "skipped" | "blocked";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Contact attempts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactAttempt"][];
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a contact made outside Kairos (an agent's call and how it ended), decided first: it counts toward every later decision
         * @description The contact is decided against the stored ledger (as POST /contacts/check) and recorded in the same transaction; a decision that does not allow it answers 409 with the rule and reasons and records only the decision. A call that already happened is recorded without a decision when `alreadyHappened` is true (a report after the fact must not be lost). `idempotencyKey` makes a retried report count once.
         *
         *     Roles: agent, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId: string;
                        /**
                         * @description True: the contact took place already; record it without deciding
                         * @default false
                         */
                        alreadyHappened?: boolean;
                        /** Format: date-time */
                        at: string;
                        /**
                         * @description `call` (alias `voice`), voicemail, sms, email, whatsapp, push or letter
                         * @enum {string}
                         */
                        channel: "call" | "voice" | "voicemail" | "sms" | "email" | "whatsapp" | "push" | "letter";
                        idempotencyKey: string;
                        note?: string;
                        /** @enum {string} */
                        outcome: "no_answer" | "conversation" | "voicemail" | "busy" | "delivered" | "failed";
                    };
                };
            };
            responses: {
                /** @description Already recorded under this key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactAttempt"];
                    };
                };
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactAttempt"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Compliance does not allow this contact now: nothing but the decision was recorded */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decision: components["schemas"]["LedgerDecision"];
                            /** @enum {string} */
                            error: "contact_refused";
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * May an agent contact this account now? allow, defer until an instant, or block, over the stored contact history and account facts
         * @description The decision the worker makes before every send, over every cadence's and agent's attempts in the database and the account's compliance facts, under the profile that governs it. Nothing is recorded: report the call with POST /api/v1/contacts, which decides again.
         *
         *     Roles: agent, compliance_officer, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId: string;
                        /**
                         * Format: date-time
                         * @description Default: now
                         */
                        at?: string;
                        /**
                         * @description `call` (alias `voice`), voicemail, sms, email, whatsapp, push or letter
                         * @enum {string}
                         */
                        channel: "call" | "voice" | "voicemail" | "sms" | "email" | "whatsapp" | "push" | "letter";
                    };
                };
            };
            responses: {
                /** @description The decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LedgerDecision"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Portfolio KPIs over a date range: recovery, promises, contact and right-party-contact rates, cost; by channel and tier; roll rates; time to recovery
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: {
                    cadenceId?: string;
                    /** @description First day (UTC), included; default: 29 days before `to` */
                    from?: string;
                    tier?: string;
                    /** @description Last day (UTC), included; default: today */
                    to?: string;
                    versionId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The dashboard */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dashboard"];
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dashboard as CSV: one row per day and channel (columns in docs/api.md)
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: {
                    cadenceId?: string;
                    /** @description First day (UTC), included; default: 29 days before `to` */
                    from?: string;
                    tier?: string;
                    /** @description Last day (UTC), included; default: today */
                    to?: string;
                    versionId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV with a header row; `Kairos-Analytics-Projected-Through` and `Kairos-Analytics-Parked-Facts` say how fresh it is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Enrollments, newest first
         * @description Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    cadenceId?: string;
                    limit?: number;
                    status?: "active" | "finished" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Enrollments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Enrollment"][];
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Enroll an account in a cadence (latest published version unless versionId is given)
         * @description Roles: strategist, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId: string;
                        cadenceId: string;
                        versionId?: string;
                    };
                };
            };
            responses: {
                /** @description Already enrolled: the active enrollment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Enrollment"] & {
                            /** @description What will stop this enrollment's messages although it was enrolled (the portfolio has no collector identity: its sends are refused) */
                            warnings?: {
                                /** @enum {string} */
                                code: "collector_identity_missing";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Enrolled and started */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Enrollment"] & {
                            /** @description What will stop this enrollment's messages although it was enrolled (the portfolio has no collector identity: its sends are refused) */
                            warnings?: {
                                /** @enum {string} */
                                code: "collector_identity_missing";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account, cadence or version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The cadence has no published version (`not_published`), or it takes one active cadence per account and the account is active in another (`in_another_cadence`) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stored, but Temporal could not start it: retry the same request */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An enrollment: where it stands, its timeline, its contacts and (while running) the live interpreter state
         * @description Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The enrollment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Enrollment"] & {
                            contacts: components["schemas"]["ContactAttempt"][];
                            /** @description The running workflow's own view (interpreter state and recent timeline); null when finished or unavailable */
                            live: {
                                recent: components["schemas"]["TimelineEntry"][];
                                state?: unknown;
                            } | null;
                            timeline: components["schemas"]["TimelineEntry"][];
                        };
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such enrollment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause an enrollment: it sends nothing until resumed; a wait that ends meanwhile ends at resume
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Done, or already so (`changed: false`) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnrollmentControlResult"];
                    };
                };
                /** @description Invalid body: the issues name each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such enrollment among the accounts you read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The enrollment has already finished (`already_finished`): nothing to change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporal could not be reached: nothing was changed; retry the same request */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused enrollment where it was
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Done, or already so (`changed: false`) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnrollmentControlResult"];
                    };
                };
                /** @description Invalid body: the issues name each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such enrollment among the accounts you read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The enrollment has already finished (`already_finished`): nothing to change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporal could not be reached: nothing was changed; retry the same request */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop an enrollment: it ends at once, as `stopped`
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Done, or already so (`changed: false`) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnrollmentControlResult"];
                    };
                };
                /** @description Invalid body: the issues name each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such enrollment among the accounts you read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The enrollment has already finished (`already_finished`): nothing to change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporal could not be reached: nothing was changed; retry the same request */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enroll an audience in a published cadence in the background; read its progress with GET /enrollments/audience/{id}
         * @description Roles: strategist, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience: components["schemas"]["EnrollmentAudience"];
                        cadenceId: string;
                        /** @description The same key again answers with the job it started instead of a new one */
                        idempotencyKey?: string;
                        /** @description A published version of the cadence; its newest when absent */
                        versionId?: string;
                    };
                };
            };
            responses: {
                /** @description Already started with this idempotency key: that job */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AudienceEnrollment"];
                    };
                };
                /** @description Started */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AudienceEnrollment"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such version of this cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The cadence has no published version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/audience/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How far an audience enrollment got: done of total, enrolled, excluded by reason, rate and time left
         * @description Roles: strategist, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The job */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AudienceEnrollment"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such audience enrollment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause, resume or stop a selection of enrollments (at most 1000), with one answer per id
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "pause" | "resume" | "stop";
                        enrollmentIds: string[];
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description One result per distinct id, in the order given */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description How many ids came to each outcome */
                            counts: {
                                [key: string]: number;
                            };
                            results: {
                                changed: boolean;
                                id: string;
                                message: string;
                                /** @enum {string} */
                                outcome: "paused" | "resumed" | "stopped" | "already_paused" | "not_paused" | "already_finished" | "not_found" | "temporal_unavailable";
                            }[];
                        };
                    };
                };
                /** @description Invalid body: the issues name each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * How many accounts of an audience would enter a published cadence, how many would not and why, with a few of each
         * @description Roles: strategist, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience: components["schemas"]["EnrollmentAudience"];
                        cadenceId: string;
                        /** @description A published version of the cadence; its newest when absent */
                        versionId?: string;
                    };
                };
            };
            responses: {
                /** @description The preview */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnrollmentPreview"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such version of this cadence */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The cadence has no published version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Experiments (A/B splits in published versions), the most recently assigning first
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: {
                    cadenceId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Experiments; empty when no published version has a split. `Kairos-Analytics-Projected-Through` and `Kairos-Analytics-Parked-Facts` say how fresh the counts are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExperimentSummary"][];
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{experimentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An experiment per arm (intention to treat) with always-valid comparisons against the champion
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Needed when two cadences use the same experiment id */
                    cadenceId?: string;
                    /** @description First day (UTC), included; default: 29 days before `to` */
                    from?: string;
                    primaryMetric?: "paidShare" | "recoveryRate" | "promiseRate";
                    /** @description Last day (UTC), included; default: today */
                    to?: string;
                };
                header?: never;
                path: {
                    experimentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExperimentReport"];
                    };
                };
                /** @description Invalid query, or an experiment id two cadences share without cadenceId */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such experiment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{experimentId}/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Promote an arm: the cadence's draft becomes the live version with the split replaced by the arm's path
         * @description The result is a draft: it needs review and approval like any edit before it can be published.
         *
         *     Roles: strategist, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    experimentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example variant:B */
                        arm: string;
                        /** Format: uuid */
                        cadenceId: string;
                    };
                };
            };
            responses: {
                /** @description The new draft */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cadenceId: string;
                            draftHash: string | null;
                            message: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such experiment or arm */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The draft has unpublished edits */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the database and Temporal answer, and how fresh the analytics are */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description All good */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Something is down: the flags say what */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Past and running imports into the portfolios you read, newest first
         * @description Roles: strategist, engineer, admin.
         */
        get: {
            parameters: {
                query?: {
                    portfolioId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Imports */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountImport"][];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a CSV file of accounts: answers the suggested mapping, the first rows as they will be stored and every row problem
         * @description Send the file as the body with content-type text/csv. Nothing is imported until POST /imports/{id}/start. Strategists import only into sandbox portfolios.
         *
         *     Roles: strategist, engineer, admin.
         */
        post: {
            parameters: {
                query: {
                    fileName?: string;
                    portfolioId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Uploaded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
                /** @description Not a file to import, or a portfolio you may not import into */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not CSV */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import: status, progress (rows done of total, rows per second, seconds left) and counts
         * @description Roles: strategist, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The import */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountImport"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such import */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an import: a running one stops after its current batch (rows written stay written)
         * @description Roles: strategist, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled, or stopping after its batch */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountImport"];
                    };
                };
                /** @description A portfolio you may not import into */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such import */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already ended */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Choose an uploaded file's column mapping: answers the first rows as they will be stored and every row problem
         * @description Roles: strategist, engineer, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        columns: {
                            [key: string]: {
                                field: string;
                                format?: string;
                            };
                        };
                        /** @default USD */
                        currency?: string;
                        /** @default US */
                        defaultCountry?: string;
                    };
                };
            };
            responses: {
                /** @description The preview with this mapping */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
                /** @description Invalid mapping */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such import */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The import has started */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/problems.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every problem of an import's rows as CSV: row, column, problem
         * @description Roles: strategist, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV with a header row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such import */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an uploaded import: it runs in the background, after the imports queued before it
         * @description Rows with problems are rejected (listed in problems.csv); the others are written in batches. The mapping is saved as the portfolio's for its next file.
         *
         *     Roles: strategist, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountImport"];
                    };
                };
                /** @description The mapping does not fit the file */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such import */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already started */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invitations waiting to be used, oldest first (expired ones are closed, and audited, on the way)
         * @description Roles: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open invitations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invitation"][];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite someone: answers a one-time link (24 hours) with which they set their own password and join with this role
         * @description Kairos sends no email: give the link to the person yourself (it is shown once). A new invitation to the same email replaces an open one. The account records that you invited them: a compliance officer you invited may never approve work you authored.
         *
         *     Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        portfolios?: components["schemas"]["Membership"] & unknown;
                        /** @enum {string} */
                        role: "strategist" | "compliance_officer" | "engineer" | "agent" | "admin";
                    };
                };
            };
            responses: {
                /** @description Invited: pass the link on */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationLink"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A user with this email exists (`email_taken`) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an invitation: its link stops working at once
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invitation"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such invitation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The invitation was used, revoked, replaced or expired already (`invitation_closed`) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, and their role
         * @description Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed-in user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/node-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Installed node kinds with their config JSON Schema
         * @description Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Node kinds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NodeKind"][];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The hosts each portfolio may call (https only, never private addresses): what webhook steps and custom nodes are held to
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The policies */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboundPolicies"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the sandbox channel provider sent, newest first
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    limit?: number;
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Messages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboxMessage"][];
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate a delivery receipt for a sandbox message: delivered, failed or bounced (a failure can make its step fall back)
         * @description Roles: strategist, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        error?: string;
                        /** @enum {string} */
                        status: "delivered" | "failed" | "bounced";
                    };
                };
            };
            responses: {
                /** @description The contact attempt's status now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicate: boolean;
                            status: string | null;
                        };
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such sandbox message */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate the customer replying to a sandbox message (STOP opts them out of that channel at once)
         * @description Roles: strategist, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Stored as a reply of each account at that contact point */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: string[];
                            keyword: string | null;
                        };
                    };
                };
                /** @description Replies exist for texts, WhatsApp and email only */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such sandbox message */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolio-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The policies of the portfolios you read: sandbox of test accounts, and the promise hold
         * @description A portfolio you read that has no settings yet answers the defaults (not a sandbox; reminders hold while a promise is open).
         *
         *     Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One entry per portfolio you read, by id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortfolioPolicy"][];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Portfolios and their channel providers (secrets are never shown)
         * @description Roles: engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Portfolios */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Portfolio"][];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One portfolio, with the webhook URLs to configure at the providers
         * @description Roles: engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The portfolio */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Portfolio"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such portfolio */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Create or change a portfolio: which provider serves each channel, and its credentials
         * @description Accounts name their portfolio in `portfolioId` (default `default`). Channels not named go to the sandbox.
         *
         *     Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Write-only: a value sets the secret, null removes it, a secret left out keeps its value. Never answered. */
                        secrets?: {
                            emailWebhookSecret?: string | null;
                            paymentsWebhookSecret?: string | null;
                            smtpPassword?: string | null;
                            stripeWebhookSecret?: string | null;
                            twilioAuthToken?: string | null;
                        };
                        settings: {
                            /** @default {} */
                            channels?: {
                                /** @enum {string} */
                                email?: "sandbox" | "twilio" | "smtp";
                                /** @enum {string} */
                                letter?: "sandbox" | "twilio" | "smtp";
                                /** @enum {string} */
                                push?: "sandbox" | "twilio" | "smtp";
                                /** @enum {string} */
                                sms?: "sandbox" | "twilio" | "smtp";
                                /** @enum {string} */
                                voice?: "sandbox" | "twilio" | "smtp";
                                /** @enum {string} */
                                whatsapp?: "sandbox" | "twilio" | "smtp";
                            };
                            /** @description Who collects this book (see PUT /portfolios/{id}/collector); absent: the stored identity is kept */
                            collector?: {
                                displayName: string;
                                hours: string;
                                legalName: string;
                                /** @default [] */
                                licences?: {
                                    number: string;
                                    /** @enum {string} */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                                }[];
                                mailingAddress: {
                                    city: string;
                                    line1: string;
                                    line2?: string;
                                    postalCode: string;
                                    /** @enum {string} */
                                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                                };
                                phone: string;
                                /** Format: uri */
                                website: string;
                            };
                            /** @description The compliance profile of this book's accounts (an account's own `compliance.profile` overrides it); absent: the configured default */
                            complianceProfile?: string;
                            /** @description Contact steps wait while a promise to pay is open (until kept, or broken after its date + 1 grace day); absent: on */
                            holdContactWhilePromiseOpen?: boolean;
                            /** @description Hosts the webhook steps, custom nodes and providers of this book may call besides the providers' own (api.twilio.com): https only, never private addresses */
                            outbound?: {
                                /**
                                 * @description Hosts that webhook steps, custom nodes and providers of this portfolio may call: hooks.example.com, *.example.com or a public IP
                                 * @default []
                                 */
                                allowedHosts?: string[];
                            };
                            receiptWaitSeconds?: number;
                            /** @description `true`: a sandbox portfolio of test accounts (every send goes to the outbox, strategists may create its accounts); an object: the sandbox provider's settings */
                            sandbox?: true | {
                                bounceRecipients?: string[];
                                deliver?: boolean;
                                failRecipients?: string[];
                                receipts?: boolean;
                            };
                            smtp?: {
                                from: string;
                                host: string;
                                port: number;
                                /** @default false */
                                secure?: boolean;
                                user?: string;
                            };
                            twilio?: {
                                accountSid: string;
                                /**
                                 * Format: uri
                                 * @description https://api.twilio.com unless given; another host must be in `outbound.allowedHosts` (the auth token is sent there)
                                 */
                                baseUrl?: string;
                                from?: string;
                                messagingServiceSid?: string;
                                whatsappFrom?: string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Portfolio"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Portfolio"];
                    };
                };
                /** @description Invalid settings: the issues name each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/collector": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who collects a portfolio's accounts, as its messages, disclosures, checkout page and letters name it
         * @description Roles: strategist, compliance_officer, engineer, agent, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The identity, or null with why sends are refused */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortfolioCollector"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A portfolio you do not read */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Set who collects a portfolio's accounts (creates the portfolio, on the sandbox, if it does not exist)
         * @description Sends for a portfolio without a complete identity are refused. Provider settings are left as they are.
         *
         *     Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        hours: string;
                        legalName: string;
                        /** @default [] */
                        licences?: {
                            number: string;
                            /** @enum {string} */
                            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                        }[];
                        mailingAddress: {
                            city: string;
                            line1: string;
                            line2?: string;
                            postalCode: string;
                            /** @enum {string} */
                            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                        };
                        phone: string;
                        /** Format: uri */
                        website: string;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortfolioCollector"];
                    };
                };
                /** @description Created with the portfolio */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortfolioCollector"];
                    };
                };
                /** @description Invalid identity: the issues name each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reviews of every cadence in one status: by default those waiting for a decision, oldest first (the review queue)
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description submitted (waiting, oldest first) or a decided status (newest first) */
                    status?: "submitted" | "approved" | "changes_requested" | "superseded" | "published";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reviews, each with its cadence name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QueuedReview"][];
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A review: the submitted graph, its diff against the live version, its lint findings and comments
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The review */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewDetail"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such review */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the submitted version for the content hash you reviewed (compliance officers who are not authors, and whose account no author created, invited or reset)
         * @description Roles: compliance_officer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        hash: string;
                    };
                };
            };
            responses: {
                /** @description Approved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An author may not decide (`author_cannot_approve`), nor an officer whose account an author created, invited or reset (`approver_not_independent`), nor another role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionRefused"];
                    };
                };
                /** @description No such review */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The review is not open (`review_not_open`) or holds other content (`hash_mismatch`) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionRefused"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment on a review, optionally at a node and field
         * @description Roles: strategist, compliance_officer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        field?: string;
                        nodeId?: string;
                    };
                };
            };
            responses: {
                /** @description Commented */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewComment"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such review */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{reviewId}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request changes, saying what (compliance officers who are not authors, and whose account no author created, invited or reset)
         * @description Roles: compliance_officer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                        hash: string;
                    };
                };
            };
            responses: {
                /** @description Changes requested */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An author may not decide (`author_cannot_approve`), nor an officer whose account an author created, invited or reset (`approver_not_independent`), nor another role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionRefused"];
                    };
                };
                /** @description No such review */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The review is not open (`review_not_open`) or holds other content (`hash_mismatch`) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionRefused"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everyone with an account, active or deactivated, with their role and who created or invited them
         * @description Roles: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description People */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"][];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * For scripts: create a user with a password you choose (people are better invited: POST /invitations)
         * @description You know this password, so you could sign in as this person: the account is recorded as created by you, and a compliance officer you created may never approve work you authored. People should get an invitation instead and set their own password.
         *
         *     Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
                        portfolios?: components["schemas"]["Membership"] & unknown;
                        /** @enum {string} */
                        role: "strategist" | "compliance_officer" | "engineer" | "agent" | "admin";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A user with this email exists */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's role (audited; takes effect on their next request)
         * @description Roles: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "strategist" | "compliance_officer" | "engineer" | "agent" | "admin";
                    };
                };
            };
            responses: {
                /** @description Changed (or already that role) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The last active admin cannot stop being one */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a person: they cannot sign in, and every session of theirs (cookies and bearer tokens) ends at once
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deactivated (or already) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Sessions ended by this change */
                            sessionsRevoked: number;
                            user: components["schemas"]["Person"];
                        };
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description You cannot deactivate yourself (`cannot_deactivate_self`), nor the last active admin (`last_admin`) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time link (24 hours) with which the person sets a new password; using it ends all their sessions
         * @description Kairos sends no email: give the link to the person yourself. It is shown once. Anyone holding it can take over the account until it is used, so the account records that you sent it, and a compliance officer whose reset link you sent may not approve work you authored.
         *
         *     Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The link to give the person */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordResetLink"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The person is deactivated (`user_deactivated`): reactivate them first */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/portfolios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Choose the portfolios whose accounts a person reads (audited; takes effect on their next request)
         * @description Every account, contact, enrollment, message, ledger and report read is limited to them; agents read the accounts of their queues (open agent tasks) in them, and others of them by exact id. `all` includes portfolios made later. Admins read every portfolio by their role.
         *
         *     Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        portfolios: components["schemas"]["Membership"];
                    };
                };
            };
            responses: {
                /** @description Changed (or already so) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description Invalid body, or a portfolio that does not exist */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An admin reads every portfolio */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a person: they sign in again with their password
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reactivated (or active already) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Sessions ended by this change */
                            sessionsRevoked: number;
                            user: components["schemas"]["Person"];
                        };
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a person out everywhere: every session of theirs ends at once (they may sign in again)
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out everywhere */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Sessions ended by this change */
                            sessionsRevoked: number;
                            user: components["schemas"]["Person"];
                        };
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published version with its graph and IR
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CadenceVersion"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/versions/{versionId}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The canvas overlay of a version: per node entered, waiting now, exited here, paid within N days; per edge its volume
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day (UTC), included; default: 29 days before `to` */
                    from?: string;
                    paidWithinDays?: number;
                    /** @description Last day (UTC), included; default: today */
                    to?: string;
                };
                header?: never;
                path: {
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts by node and edge */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VersionAnalytics"];
                    };
                };
                /** @description Invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/versions/{versionId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the enrollments of a version are now, and what they passed
         * @description Roles: strategist, compliance_officer, engineer, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts by step */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VersionLive"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/versions/{versionId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause the running enrollments of a version (e.g. during an incident), 200 at a time: repeat while `remaining` > 0
         * @description Only the enrollments of accounts you read. Each call works through the next batch, so a client shows progress as `done / (done + remaining)`.
         *
         *     Roles: strategist, compliance_officer, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Progress of the whole version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VersionControlProgress"];
                    };
                };
                /** @description Invalid body: the issues name each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/versions/{versionId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume the paused enrollments of a version, 200 at a time: repeat while `remaining` > 0
         * @description Only the enrollments of accounts you read. Each call works through the next batch, so a client shows progress as `done / (done + remaining)`.
         *
         *     Roles: strategist, compliance_officer, engineer, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Progress of the whole version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VersionControlProgress"];
                    };
                };
                /** @description Invalid body: the issues name each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in (`unauthenticated`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in with a role that may not do this (`forbidden`), or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/email/{portfolioId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email delivery, bounce and complaint reports: a bounce fails the contact attempt; a complaint opts the address out of email
         * @description Body: `{"eventId", "messageId" (the Message-ID Kairos sent), "status": "delivered"|"bounced"|"complained", "recipient"?, "reason"?}`. A report is stored for the portfolio in the path (whose secret verified it), once per provider event, and applies only to contact attempts of that portfolio's accounts. A report about any other message (another portfolio's, or one not booked yet) is answered 200 without `status`.
         *
         *     Signed by the sender: `Kairos-Signature: t=…,v1=…`, HMAC-SHA256 with the portfolio's webhook secret over `<t>.<raw body>` (Stripe's scheme); at most 5 minutes old.
         *
         *     No session: a request without a valid signature is refused with 401 `invalid_signature`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    portfolioId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Stored (or already stored) and applied */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicate?: boolean;
                            ignored?: string;
                            received: boolean;
                            status?: string;
                        };
                    };
                };
                /** @description Not a report this provider sends: the issues name each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsigned, mis-signed or too old (`invalid_signature`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/payments/{portfolioId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payment, failed or returned payment, promise or dispute from any processor, HMAC-signed
         * @description Body: an account event with its `accountId`, e.g. `{"type":"payment","eventId":"tx-81","accountId":"A-1","occurredAt":"2026-11-24T12:00:00Z","amountCents":5000}`; `payment_failed` with `returnedEventId` takes a booked payment back. `accountId` must be an account of this portfolio. Stored once per (portfolio, eventId).
         *
         *     Signed by the sender: `Kairos-Signature: t=…,v1=…`, HMAC-SHA256 with the portfolio's webhook secret over `<t>.<raw body>` (Stripe's scheme); at most 5 minutes old.
         *
         *     No session: a request without a valid signature is refused with 401 `invalid_signature`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    portfolioId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Stored (or a duplicate) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookReceipt"];
                    };
                };
                /** @description Invalid event: the issues name each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookReceipt"];
                    };
                };
                /** @description Unsigned, mis-signed or too old (`invalid_signature`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account in this portfolio: nothing stored */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/stripe/{portfolioId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe events: payment_intent.succeeded (a payment), payment_intent.payment_failed, charge.dispute.created (a payment taken back)
         * @description Kairos reads the account from the PaymentIntent metadata `kairos_account_id` (and `kairos_offer_id`); it must be an account of this portfolio. Other event types are acknowledged and ignored.
         *
         *     Signed by Stripe: `Stripe-Signature: t=…,v1=…`, HMAC-SHA256 with the portfolio's Stripe webhook signing secret over `<t>.<raw body>`; at most 5 minutes old.
         *
         *     No session: a request without a valid signature is refused with 401 `invalid_signature`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    portfolioId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Stored (or a duplicate), or ignored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookReceipt"];
                    };
                };
                /** @description Not a Stripe event */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookReceipt"];
                    };
                };
                /** @description Unsigned, mis-signed or too old (`invalid_signature`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account in this portfolio: nothing stored (Stripe retries) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/twilio/{portfolioId}/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Twilio inbound message (SMS or WhatsApp): STOP and its variants opt the sender out of that channel at once; START opts back in
         * @description Answers TwiML: a confirmation for an opt-out or opt-in, nothing otherwise. Every reply reaches running cadences as a `reply` event. Each message is kept once per MessageSid in the consent ledger: a message received before (a retry or a replay) is answered 200 and does nothing, whatever it says.
         *
         *     Signed by Twilio: `X-Twilio-Signature`, HMAC-SHA1 with the portfolio's Twilio auth token over the URL and the form parameters.
         *
         *     No session: a request without a valid signature is refused with 401 `invalid_signature`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    portfolioId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description TwiML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": string;
                    };
                };
                /** @description No MessageSid or From: nothing was done */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsigned, mis-signed or too old (`invalid_signature`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/twilio/{portfolioId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Twilio status callback (messages and calls): updates the contact attempt; a failure can make the step fall back
         * @description A report is stored for the portfolio in the path (whose secret verified it), once per provider event, and applies only to contact attempts of that portfolio's accounts. A report about any other message (another portfolio's, or one not booked yet) is answered 200 without `status`. `?attempt=<idempotency key>` (set by Kairos on every send) names the attempt whose send was never booked.
         *
         *     Signed by Twilio: `X-Twilio-Signature`, HMAC-SHA1 with the portfolio's Twilio auth token over the URL and the form parameters.
         *
         *     No session: a request without a valid signature is refused with 401 `invalid_signature`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    portfolioId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Stored (or already stored) and applied */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicate?: boolean;
                            ignored?: string;
                            received: boolean;
                            status?: string;
                        };
                    };
                };
                /** @description Not a report this provider sends: the issues name each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsigned, mis-signed or too old (`invalid_signature`) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An account; `compliance` decides whether and when the holder may be contacted: profile, possible time zones, phone type, opt-outs, cease request, dispute, inconvenient times */
        Account: {
            address?: {
                city: string;
                /** @default US */
                country: string;
                line1?: string;
                line2?: string;
                postalCode: string;
                state: string;
            };
            /** @default {} */
            attributes: {
                [key: string]: string | number | boolean | null;
            };
            balanceCents: number;
            careFlags?: {
                /** @enum {string} */
                kind: "hardship" | "vulnerability";
                note?: string;
                /** Format: date-time */
                setAt?: string;
                setBy?: string;
            }[];
            compliance: {
                /** Format: date-time */
                callConsentAt?: string;
                /** @default false */
                ceaseCommunication: boolean;
                /**
                 * @default {
                 *       "status": "none"
                 *     }
                 */
                dispute: {
                    /** Format: date-time */
                    openedAt?: string;
                    /** @enum {string} */
                    status: "none" | "open" | "verified";
                };
                /** @default [] */
                inconvenientTimes: {
                    /**
                     * @default [
                     *       "sun",
                     *       "mon",
                     *       "tue",
                     *       "wed",
                     *       "thu",
                     *       "fri",
                     *       "sat"
                     *     ]
                     */
                    days: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat")[];
                    from: string;
                    to: string;
                }[];
                /** @default [] */
                optOuts: ("call" | "sms" | "email" | "voicemail" | "whatsapp" | "push" | "letter")[];
                /**
                 * @default unknown
                 * @enum {string}
                 */
                phoneType: "mobile" | "landline" | "unknown";
                profile?: string;
                /** @default [] */
                timezones: string[];
            };
            /** @default {} */
            consents: {
                email?: boolean;
                letter?: boolean;
                push?: boolean;
                sms?: boolean;
                voice?: boolean;
                whatsapp?: boolean;
            };
            consumerId?: string;
            /** @default USD */
            currency: string;
            debtFlags?: {
                /** @default false */
                medical: boolean;
                /** @default false */
                timeBarred: boolean;
            };
            doNotContactAtWork?: boolean;
            /** Format: date */
            dueDate: string;
            /** Format: email */
            email?: string;
            emails?: {
                /** Format: email */
                address: string;
                /** @default {} */
                consents: {
                    email?: boolean;
                };
            }[];
            /** Format: date-time */
            esignConsentAt?: string;
            /** @description GET /accounts/{id}: the profile contact decisions use: the account's own `compliance.profile`, else its portfolio's, else the configured default */
            governingProfile?: {
                id: string;
                /** @enum {string} */
                source: "account" | "portfolio" | "default";
            };
            id: string;
            /** @default en */
            language: string;
            name: string;
            phone?: string;
            phones?: {
                /** @default {} */
                consents: {
                    sms?: boolean;
                    voice?: boolean;
                    whatsapp?: boolean;
                };
                number: string;
                /**
                 * @default unknown
                 * @enum {string}
                 */
                type: "mobile" | "landline" | "work" | "unknown";
            }[];
            portfolioId?: string;
            spouse?: {
                /** Format: email */
                email?: string;
                name: string;
                phone?: string;
            };
            /** @default UTC */
            timezone: string;
        };
        AccountEventInput: {
            accountId: string;
            amountCents: number;
            balanceAfterCents?: number;
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            offerId?: string;
            /** @enum {string} */
            type: "payment";
        } | {
            accountId: string;
            amountCents: number;
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: date */
            promisedDate: string;
            /** @enum {string} */
            type: "promise";
        } | {
            accountId: string;
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            reason?: string;
            /** @enum {string} */
            type: "dispute";
        };
        AccountEventReceipt: {
            duplicate: boolean;
            /** @description Active enrollments the event was delivered to */
            enrollments: number;
            eventId: string;
            /** Format: uuid */
            id: string;
            signalled: boolean;
        };
        /** @description An import of accounts from a CSV file: its mapping, status, progress and counts */
        AccountImport: {
            cancelRequested: boolean;
            created: number;
            createdAt: string;
            createdBy: string;
            etaSeconds: number | null;
            failureReason: string | null;
            fileName: string;
            finishedAt: string | null;
            id: string;
            mapping: components["schemas"]["ImportMapping"];
            portfolioId: string;
            rejected: number;
            rowsDone: number;
            rowsPerSecond: number | null;
            startedAt: string | null;
            /** @enum {string} */
            status: "uploaded" | "queued" | "running" | "done" | "failed" | "cancelled";
            totalRows: number;
            unchanged: number;
            updated: number;
        };
        AccountList: {
            accounts: (components["schemas"]["Account"] & {
                statuses: ("in_cadence" | "promise_open" | "plan" | "dispute" | "opted_out" | "paid")[];
            })[];
            page: {
                limit: number;
                offset: number;
            };
            totals: {
                balances: {
                    balanceCents: number;
                    currency: string;
                }[];
                count: number;
            };
        };
        /** @description Who handed a person their account: the admin who created it with a password (`created`), sent the invitation (`invited`), or the password-reset link they last used (`password_reset`). `byId` is `seed` for the demo logins. */
        AccountOrigin: {
            byId: string;
            byName: string | null;
            /** @enum {string} */
            how: "created" | "invited" | "password_reset";
        };
        AccountStory: {
            account: components["schemas"]["Account"];
            /** @description The balance each payment left, oldest first, then today's */
            balanceSeries: {
                at: string;
                balanceCents: number;
            }[];
            /** @description Who changed a consent or compliance fact, and when: opt-outs and opt-ins (by the holder, on a channel), changes recorded by people, disputes reported */
            complianceHistory: {
                items: {
                    /** @enum {string} */
                    action: "opt_out" | "opt_in" | "compliance_change" | "dispute_reported";
                    at: string;
                    by: {
                        email: string | null;
                        id: string;
                        role: string | null;
                    };
                    detail: {
                        [key: string]: unknown;
                    };
                }[];
                /** @description Older entries were left out: ask again with a larger `limit` */
                more: boolean;
            };
            /** @description The consumer's other accounts (debts) that you read */
            consumerAccounts: {
                items: {
                    balanceCents: number;
                    currency: string;
                    id: string;
                    name: string;
                    portfolioId?: string;
                }[];
                /** @description Older entries were left out: ask again with a larger `limit` */
                more: boolean;
            };
            contacts: {
                items: (components["schemas"]["ContactAttempt"] & {
                    /**
                     * @description The latest compliance decision about this attempt
                     * @enum {string}
                     */
                    decision: "allow" | "defer" | "block";
                    /** @description The compliance profile that governed the decision */
                    profile: string | null;
                    reasons: string[];
                    /** @description The compliance rule that decided */
                    rule: string | null;
                })[];
                /** @description Older entries were left out: ask again with a larger `limit` */
                more: boolean;
            };
            /** @description Days past due today in the account's time zone (negative before the due date) */
            dpd: number;
            enrollments: {
                items: (components["schemas"]["Enrollment"] & {
                    cadenceName: string | null;
                    path: {
                        at: string;
                        kind: string | null;
                        outcome: string;
                        stepId: string;
                    }[];
                    /** @description The outcome a tier split chose (`tier-2`, `otherwise`), when the path went through one */
                    tierTaken: string | null;
                    timeline: {
                        at: string;
                        detail?: {
                            [key: string]: unknown;
                        };
                        outcome?: string;
                        seq: number;
                        stepId: string | null;
                        /** @enum {string} */
                        type: "entered" | "left" | "waiting" | "event" | "activity" | "assigned" | "finished" | "error" | "paused" | "resumed";
                    }[];
                    version: number | null;
                })[];
                /** @description Older entries were left out: ask again with a larger `limit` */
                more: boolean;
            };
            ledger: components["schemas"]["PaymentLedger"];
            ledgerMore: {
                failedPayments: boolean;
                payments: boolean;
                plans: boolean;
                promises: boolean;
            };
            tasks: {
                items: {
                    closedAt: string | null;
                    createdAt: string;
                    dueAt: string;
                    enrollmentId: string | null;
                    id: string;
                    note: string;
                    priority: string;
                    queue: string;
                    status: string;
                }[];
                /** @description Older entries were left out: ask again with a larger `limit` */
                more: boolean;
            };
            /** @description The account's `attributes.tier` (what the creditor or import decided); each enrollment says what its tier split chose */
            tier: string | null;
        };
        /** @description How fresh the figures are */
        AnalyticsFreshness: {
            /** @description How far behind now that is, in seconds */
            lagSeconds: number | null;
            /** @description Facts that could not be counted; admins see them with GET /api/v1/analytics/parked */
            parkedFacts: number;
            /** @description Every fact committed before this instant is counted (but for parked ones); null before the first complete projection */
            projectedThrough: string | null;
        };
        AnalyticsSettings: {
            currency: string;
            /** @description Cost of one contact attempt per channel, in minor units */
            unitCostMinor: {
                email?: number;
                letter?: number;
                push?: number;
                sms?: number;
                voice?: number;
                whatsapp?: number;
            };
        };
        ArmComparison: {
            against: string;
            arm: string;
            difference: number;
            /** @description Always-valid 95% confidence interval of the difference */
            interval: [
                number,
                number
            ];
            metric: string;
            moreAccountsNeeded: number | null;
            pValue: number;
            /** @enum {string} */
            verdict: "arm_better" | "arm_worse" | "no_difference_yet";
        };
        ArmResult: {
            amountCollectedMinor: number;
            amountPlacedMinor: number;
            arm: string;
            contacted: number;
            control: boolean;
            costMinor: number;
            costToCollect: number | null;
            currency: string;
            enrolled: number;
            guardrails: {
                complaints: number;
                disputes: number;
                optOuts: number;
                suppressedContacts: number;
            };
            key: string;
            label: string;
            paidAccounts: number;
            paidShare: number | null;
            /** @description Wilson 95% interval of the paid share */
            paidShareInterval: [
                number,
                number
            ];
            promiseKeptRate: number | null;
            promiseRate: number | null;
            promises: number;
            promisesKept: number;
            recoveryRate: number | null;
            rightPartyContacts: number;
            rpcRate: number | null;
            timeToFirstPayment: {
                curve: {
                    day: number;
                    paidShare: number;
                }[];
                medianDays: number | null;
            };
        };
        AudienceEnrollment: {
            /** @description The filter, the import, or how many ids were pasted */
            audience: {
                [key: string]: unknown;
            };
            cadenceId: string;
            done: number;
            enrolled: number;
            error: string | null;
            etaSeconds: number | null;
            /** @description Accounts not enrolled, by reason */
            excluded: {
                [key: string]: number;
            };
            finishedAt: string | null;
            id: string;
            ratePerSecond: number | null;
            startedAt: string;
            /** @enum {string} */
            status: "running" | "finished" | "failed";
            total: number;
            versionId: string;
        };
        AuditEntry: {
            /** @enum {string} */
            action: "submit" | "comment" | "approve" | "request_changes" | "publish" | "migration" | "role_change" | "user_created" | "opt_out" | "opt_in" | "portfolio_change" | "compliance_profile_change" | "user_invited" | "invitation_accepted" | "invitation_revoked" | "invitation_expired" | "user_deactivated" | "user_reactivated" | "sessions_revoked" | "password_changed" | "password_reset_issued" | "password_reset" | "membership_change" | "account_read" | "account_write_refused" | "compliance_change" | "audience_enrollment" | "enrollment_paused" | "enrollment_resumed" | "enrollment_stopped" | "version_paused" | "version_resumed" | "account_import";
            actorEmail: string | null;
            actorId: string;
            actorRole: string | null;
            at: string;
            cadenceId: string | null;
            detail: {
                [key: string]: unknown;
            };
            enrollmentId: string | null;
            hash: string | null;
            id: number;
            reviewId: string | null;
            subjectUserId: string | null;
            versionId: string | null;
        };
        AutoEnrollmentReport: {
            /** @description Published cadences whose entry enrolls by rule */
            cadences: number;
            /** @description Accounts whose rule was evaluated */
            checked: number;
            enrolled: {
                accountId: string;
                cadenceId: string;
                cycle: string;
                enrollmentId: string;
            }[];
            /** @description Stored but not started (Temporal did not answer): the next run starts them */
            notStarted: number;
            resumed: number;
        };
        Cadence: {
            archivedAt: string | null;
            createdAt: string;
            createdBy: string;
            description: string;
            draftGraph: components["schemas"]["CadenceGraph"];
            draftRevision: number;
            /** Format: uuid */
            id: string;
            name: string;
            updatedAt: string;
        };
        /** @description Nodes and edges as the editor (React Flow) stores them */
        CadenceGraph: {
            edges: {
                id: string;
                source: string;
                sourceHandle: string;
                target: string;
                targetHandle?: string | null;
            }[];
            nodes: {
                /**
                 * @default {
                 *       "config": {}
                 *     }
                 */
                data: {
                    /** @default {} */
                    config: {
                        [key: string]: unknown;
                    };
                    configVersion?: number;
                    label?: string;
                };
                id: string;
                position: {
                    x: number;
                    y: number;
                };
                type: string;
            }[];
        };
        CadenceIssue: {
            code: string;
            edgeId?: string;
            field?: string;
            message: string;
            nodeId?: string;
            /** @enum {string} */
            severity: "error" | "warning";
        };
        /** @description Where the draft stands: an edit after approval is a draft again (the approval is bound to the hash) */
        CadenceLifecycle: {
            /** @description Content hash of the draft; null while it does not compile */
            draftHash: string | null;
            liveHash: string | null;
            liveVersionId: string | null;
            /** @description The newest review of the cadence */
            reviewId: string | null;
            /** @enum {string} */
            state: "draft" | "submitted" | "approved" | "changes_requested" | "published";
        };
        CadenceVersion: {
            approvedBy: string | null;
            approvedByName: string | null;
            /** Format: uuid */
            cadenceId: string;
            graph?: components["schemas"]["CadenceGraph"];
            hash: string;
            /** Format: uuid */
            id: string;
            ir?: unknown;
            publishedAt: string;
            publishedBy: string;
            /** @description The name of who published it (null: not a person, e.g. the demo seed) */
            publishedByName: string | null;
            /** @description The approved review this version was published from */
            reviewId: string | null;
            version: number;
        };
        CadenceWithIssues: components["schemas"]["Cadence"] & {
            /** @description Compliance lint findings of the draft (once it compiles), each at its node */
            findings: components["schemas"]["LintFinding"][];
            issues: components["schemas"]["CadenceIssue"][];
        };
        ComplianceDecision: {
            /** @enum {string} */
            decision: "allow" | "defer" | "block";
            reasons: string[];
            /** @example reg-f.1006.6(b)(1)(i) */
            rule: string;
            /** @description With defer: the earliest instant (ISO-8601 UTC) every time rule allows the contact */
            until?: string;
        };
        ComplianceProfileSummary: {
            /** @description The profile of accounts whose portfolio names none */
            default: boolean;
            id: string;
            note: string | null;
            ruleIds: string[];
            /**
             * @description configured: built in or a file of kairos.config.json (read-only); stored: written with PUT /compliance/profiles/{id}
             * @enum {string}
             */
            source: "configured" | "stored";
            title: string;
        };
        ContactAttempt: {
            accountId: string;
            body: string;
            channel: string;
            createdAt: string;
            enrollmentId: string | null;
            error: string | null;
            /** Format: uuid */
            id: string;
            idempotencyKey: string;
            /** @description How a call ended (no_answer, conversation, voicemail, busy, ...) */
            outcome: string | null;
            provider: string;
            providerMessageId: string | null;
            recipient: string;
            sentAt: string | null;
            /**
             * @description pending (decided, being sent); outcome_unknown (a worker stopped while the provider was being called: it may have reached the customer, is never sent again, and the provider's status report settles it); queued, sent, delivered, failed or bounced (as the provider reports); skipped (nothing to send: paid, no contact point); blocked by compliance
             * @enum {string}
             */
            status: "pending" | "outcome_unknown" | "queued" | "sent" | "delivered" | "failed" | "bounced" | "skipped" | "blocked";
            stepId: string | null;
            subject: string | null;
        };
        Dashboard: {
            byChannel: {
                attempts: number;
                channel: string;
                contactRate: number | null;
                costMinor: number;
                costPerCollected: number | null;
                delivered: number;
                rightPartyContactRate: number | null;
                rightPartyContacts: number;
                suppressed: number;
            }[];
            byTier: {
                accounts: number;
                promiseKeptRate: number | null;
                recoveryRate: number | null;
                tier: string;
            }[];
            currency: string;
            daily: {
                collectedMinor: number;
                contacts: number;
                date: string;
                payments: number;
                promises: number;
            }[];
            freshness: components["schemas"]["AnalyticsFreshness"];
            kpis: {
                accountsEnrolled: number;
                amountCollectedMinor: number;
                amountPlacedMinor: number;
                contactRate: number | null;
                costMinor: number;
                costPerCollected: number | null;
                medianDaysToRecovery: number | null;
                promiseKeptRate: number | null;
                recoveryRate: number | null;
                rightPartyContactRate: number | null;
            };
            range: {
                from: string;
                to: string;
            };
            rollRates: {
                accounts: number;
                from: string;
                rate: number;
                to: string;
            }[];
            timeToRecovery: {
                day: number;
                recoveredShare: number;
            }[];
        };
        DecisionRefused: components["schemas"]["Error"] & {
            code: string;
        };
        Enrollment: {
            accountId: string;
            arm: string | null;
            /** Format: uuid */
            cadenceId: string;
            /** Format: uuid */
            cadenceVersionId: string;
            currentStepId: string | null;
            exitReason: string | null;
            experimentId: string | null;
            /** @description Experiment id → the arm the split assigned */
            experiments: {
                [key: string]: string;
            };
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description Set while a person has paused the enrollment (it sends nothing until resumed); a paused enrollment is still active */
            paused: {
                at: string;
                by: string;
                reason: string | null;
            } | null;
            /** @description The balance placed in the cadence when the account was enrolled */
            placedCents: number;
            placedCurrency: string;
            placedDueDate: string;
            startedAt: string;
            /** @enum {string} */
            status: "active" | "finished" | "failed";
            /** @description The account's tier (attributes.tier) at enrollment; '' when none (analytics reports the tier a tier-split chose instead) */
            tier: string;
            /** @description Set when an entry rule enrolled the account: `due:<date>` or `segment` */
            triggerCycle: string | null;
            updatedAt: string;
            workflowId: string;
        };
        /** @description Who to enroll: a filter of the Accounts list, a pasted list of account ids, or the accounts an import described */
        EnrollmentAudience: {
            /** @description The Accounts list filter (the same fields as its query) */
            filter: {
                /** @description Largest balance, in cents */
                balanceMax?: number | null;
                /** @description Smallest balance, in cents */
                balanceMin?: number | null;
                /** @description DPD buckets: pre_due, 1-15, 16-30, 31-60, 60+ */
                dpd?: ("pre_due" | "1-15" | "16-30" | "31-60" | "60+")[];
                /** @description Portfolio ids */
                portfolio?: string[] | null;
                /** @description An account id, the start of a name, a phone number or an email address */
                q?: string;
                /** @description Any of: in_cadence, promise_open, plan, dispute, opted_out, paid */
                status?: ("in_cadence" | "promise_open" | "plan" | "dispute" | "opted_out" | "paid")[];
                /** @description Tiers (attributes.tier) */
                tier?: string[] | null;
            };
            /** @enum {string} */
            kind: "filter";
        } | {
            accountIds: string[];
            /** @enum {string} */
            kind: "ids";
        } | {
            /** Format: uuid */
            importId: string;
            /** @enum {string} */
            kind: "import";
        };
        EnrollmentControlResult: {
            /** @description false: the enrollment already stood so (pausing a paused one is not an error) */
            changed: boolean;
            enrollment: components["schemas"]["Enrollment"];
            message: string;
            /** @enum {string} */
            outcome: "paused" | "resumed" | "stopped" | "already_paused" | "not_paused" | "already_finished" | "not_found" | "temporal_unavailable";
        };
        EnrollmentPreview: {
            cadenceId: string;
            /** @description The channels the cadence sends on: an account opted out of all of them is excluded */
            channels: string[];
            entering: number;
            enteringExamples: string[];
            excluded: number;
            excludedBy: {
                count: number;
                examples: string[];
                /** @enum {string} */
                reason: "not_found" | "other_portfolio" | "already_enrolled" | "in_another_cadence" | "paid" | "dispute" | "opted_out";
                text: string;
            }[];
            total: number;
            version: number;
            versionId: string;
        };
        EntryMatches: {
            /** @description true when counting stopped at 100000: "at least" that many */
            capped: boolean;
            /** @description Accounts of the portfolios you read that publishing would enroll now */
            matching: number;
            portfolios: {
                /** @description Up to 5 of their account ids */
                examples: string[];
                /** @description Accounts of this portfolio the rule matches now and would enroll on publishing */
                matching: number;
                portfolioId: string;
            }[];
            /**
             * @description `api`: accounts enter only when enrolled, so publishing enrolls nobody
             * @enum {string}
             */
            trigger: "api" | "segment" | "dpd" | "preDue";
            /** @description Portfolios the rule names that you do not read: their accounts are enrolled too, uncounted here */
            unreadPortfolios: string[];
        };
        Error: {
            error: string;
            issues?: {
                /** @example balanceCents */
                field: string;
                message: string;
            }[];
            message: string;
        };
        ExperimentArm: {
            arm: string;
            control: boolean;
            key: string;
            label: string;
            weight: number;
        };
        ExperimentReport: {
            arms: components["schemas"]["ArmResult"][];
            comparisons: components["schemas"]["ArmComparison"][];
            experiment: components["schemas"]["ExperimentSummary"];
            freshness: components["schemas"]["AnalyticsFreshness"];
            generatedAt: string;
            /** @enum {string} */
            primaryMetric: "paidShare" | "recoveryRate" | "promiseRate";
            test: {
                alpha: number;
                explanation: string;
                /** @enum {string} */
                name: "mSPRT";
            };
        };
        ExperimentSummary: {
            arms: components["schemas"]["ExperimentArm"][];
            cadenceId: string;
            cadenceName: string;
            enrolled: number;
            experimentId: string;
            firstAssignedAt: string | null;
            lastAssignedAt: string | null;
            nodeId: string;
            versionIds: string[];
        };
        /** @description Nodes added/removed/changed (config and template fields before and after), and rewired outcomes; positions never count */
        GraphDiff: {
            edges: {
                added: {
                    after: string | null;
                    before: string | null;
                    source: string;
                    sourceHandle: string;
                }[];
                removed: {
                    after: string | null;
                    before: string | null;
                    source: string;
                    sourceHandle: string;
                }[];
                retargeted: {
                    after: string | null;
                    before: string | null;
                    source: string;
                    sourceHandle: string;
                }[];
            };
            nodes: {
                added: {
                    id: string;
                    label?: string;
                    type: string;
                }[];
                changed: {
                    changes: {
                        after?: unknown;
                        before?: unknown;
                        field: string;
                        /** @enum {string} */
                        kind: "template" | "config" | "meta";
                    }[];
                    id: string;
                    label?: string;
                    type: string;
                }[];
                removed: {
                    id: string;
                    label?: string;
                    type: string;
                }[];
            };
            unchanged: boolean;
        };
        /** @description Whether each dependency answered */
        Health: {
            /** @description How far behind the analytics projection is and how many facts it parked (they do not make the API unhealthy); null when the database does not answer */
            analytics: components["schemas"]["AnalyticsFreshness"] | null;
            database: boolean;
            ok: boolean;
            temporal: boolean;
        };
        /** @description CSV column -> account field (with its format); see docs/importing-accounts.md */
        ImportMapping: {
            columns: {
                [key: string]: {
                    field: string;
                    format?: string;
                };
            };
            currency: string;
            defaultCountry: string;
        };
        /** @description The first rows as they will be stored, the mapping's problems and the rows' problems (the first 500; all in problems.csv) */
        ImportPreview: {
            header: string[];
            import: components["schemas"]["AccountImport"];
            mappingProblems: {
                column: string | null;
                message: string;
            }[];
            preview: {
                account: {
                    address?: {
                        city: string;
                        /** @default US */
                        country: string;
                        line1?: string;
                        line2?: string;
                        postalCode: string;
                        state: string;
                    };
                    /** @default {} */
                    attributes: {
                        [key: string]: string | number | boolean | null;
                    };
                    balanceCents: number;
                    careFlags?: {
                        /** @enum {string} */
                        kind: "hardship" | "vulnerability";
                        note?: string;
                        /** Format: date-time */
                        setAt?: string;
                        setBy?: string;
                    }[];
                    /** @default {} */
                    consents: {
                        email?: boolean;
                        letter?: boolean;
                        push?: boolean;
                        sms?: boolean;
                        voice?: boolean;
                        whatsapp?: boolean;
                    };
                    consumerId?: string;
                    /** @default USD */
                    currency: string;
                    debtFlags?: {
                        /** @default false */
                        medical: boolean;
                        /** @default false */
                        timeBarred: boolean;
                    };
                    doNotContactAtWork?: boolean;
                    /** Format: date */
                    dueDate: string;
                    /** Format: email */
                    email?: string;
                    emails?: {
                        /** Format: email */
                        address: string;
                        /** @default {} */
                        consents: {
                            email?: boolean;
                        };
                    }[];
                    /** Format: date-time */
                    esignConsentAt?: string;
                    id: string;
                    /** @default en */
                    language: string;
                    name: string;
                    phone?: string;
                    phones?: {
                        /** @default {} */
                        consents: {
                            sms?: boolean;
                            voice?: boolean;
                            whatsapp?: boolean;
                        };
                        number: string;
                        /**
                         * @default unknown
                         * @enum {string}
                         */
                        type: "mobile" | "landline" | "work" | "unknown";
                    }[];
                    portfolioId?: string;
                    spouse?: {
                        /** Format: email */
                        email?: string;
                        name: string;
                        phone?: string;
                    };
                    /** @default UTC */
                    timezone: string;
                };
                row: number;
            }[];
            problemCount: number;
            problems: components["schemas"]["ImportProblem"][];
        };
        ImportProblem: {
            column: string | null;
            message: string;
            row: number;
        };
        InvalidCadence: {
            /** @enum {string} */
            error: "invalid_cadence";
            issues: components["schemas"]["CadenceIssue"][];
            message: string;
        };
        /** @description An invitation waiting to be used */
        Invitation: {
            createdAt: string;
            email: string;
            expiresAt: string;
            /** Format: uuid */
            id: string;
            invitedBy: string;
            invitedByName: string | null;
            name: string;
            /** @description The portfolios they will read once they join (null: none chosen) */
            portfolios: "all" | string[] | null;
            /** @enum {string} */
            role: "strategist" | "compliance_officer" | "engineer" | "agent" | "admin";
        };
        InvitationLink: {
            invitation: components["schemas"]["Invitation"];
            /** Format: uri */
            link: string;
        };
        LedgerDecision: {
            /** @enum {string} */
            decision: "allow" | "defer" | "block";
            /** @description The compliance profile that governs the account */
            profile: string;
            reasons: string[];
            rule: string;
            /** @description With defer: the earliest instant (ISO-8601 UTC) the contact is allowed */
            until?: string;
        };
        /** @description A compliance problem in a design, at a node; blocking findings stop publishing */
        LintFinding: {
            /** @description The provision the rule stands on, e.g. reg-f.1006.6(e) */
            cites: string;
            /** @description Config field of the node: body, localTime, exitOn, rules.0, outcomes.dispute, channel */
            field: string;
            message: string;
            nodeId: string;
            /** @description The compliance profiles in use under which the design has this problem */
            profiles?: string[];
            /** @example lint.opt-out-text */
            rule: string;
            /** @enum {string} */
            severity: "blocking" | "warning";
        };
        /** @description A person with the portfolios they read */
        Member: components["schemas"]["Person"] & {
            portfolios: components["schemas"]["Membership"];
        };
        /** @description The portfolios whose accounts a person reads: `all` (always, for admins), or these ids */
        Membership: "all" | string[];
        NodeKind: {
            /** @description The worker activity its steps call, if it does work outside the workflow */
            activity?: string;
            /** @enum {string} */
            category: "entry" | "timing" | "message" | "payment" | "logic" | "action" | "exit";
            /** @description JSON Schema of the config (as input: defaults optional); null when the schema has no JSON form */
            configSchema: {
                [key: string]: unknown;
            } | null;
            defaults: {
                [key: string]: unknown;
            };
            description: string;
            icon?: string;
            kind: string;
            /** @description Outcomes of a node with the default config */
            outcomes: {
                id: string;
                label: string;
            }[];
            title: string;
            /** @description Hints for the config form, by config field */
            ui: {
                [key: string]: {
                    help?: string;
                    label?: string;
                    /** @enum {string} */
                    widget?: "text" | "textarea" | "template" | "expression" | "number" | "select" | "time" | "duration" | "json" | "portfolios";
                };
            };
            version: number;
        };
        OutboundPolicies: {
            /** @description Test deployments only (NODE_ENV=test): loopback addresses may be called */
            allowLoopback: boolean;
            /** @description Hosts every portfolio may call (the providers' own) */
            defaults: string[];
            portfolios: {
                /** @description The hosts an admin allowed for this portfolio, besides the defaults */
                allowedHosts: string[];
                id: string;
            }[];
        };
        OutboxMessage: {
            accountId: string;
            body: string;
            channel: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            idempotencyKey: string;
            recipient: string;
            subject: string | null;
        };
        ParkedFact: {
            attempts: number;
            /** @description The fact row's id in its table */
            factId: string;
            firstSeenAt: string;
            /**
             * @description The table of the fact: enrollments, enrollment_timeline, contact_decisions, delivery_receipts or account_events
             * @enum {string}
             */
            kind: "enrollment" | "timeline" | "contact-decision" | "delivery" | "account-event";
            lastSeenAt: string;
            nextAttemptAt: string;
            /** @description Why it could not be counted, in the database’s words */
            reason: string;
        };
        ParkedFacts: {
            facts: components["schemas"]["ParkedFact"][];
            hint: string;
            total: number;
        };
        ParkedFactsRetried: {
            projected: number;
            retried: number;
            stillParked: number;
        };
        /** @description What a one-time link is for (its token is the key) */
        PasswordLink: {
            email: string;
            expiresAt: string;
            /** @enum {string} */
            kind: "invitation" | "password_reset";
            name: string;
            /**
             * @description The role an invitation gives; null for a reset
             * @enum {string|null}
             */
            role: "strategist" | "compliance_officer" | "engineer" | "agent" | "admin" | null;
        };
        PasswordResetLink: {
            expiresAt: string;
            /** Format: uri */
            link: string;
            user: components["schemas"]["Person"];
        };
        PaymentLedger: {
            balanceCents: number;
            currency: string;
            failedPayments: {
                amountCents: number;
                eventId: string;
                occurredAt: string;
                reason: string | null;
                returnedEventId: string | null;
                source: string;
            }[];
            notices: {
                at: string;
                channel: string;
                kind: string;
                status: string;
            }[];
            payments: {
                amountCents: number;
                balanceAfterCents: number | null;
                eventId: string;
                /** @enum {string} */
                kind: "full" | "partial" | "settlement";
                occurredAt: string;
                offerId: string | null;
                source: string;
            }[];
            plans: {
                frequency: string | null;
                installments: {
                    amountCents: number;
                    dueDate: string;
                    paidCents: number;
                    seq: number;
                    status: string;
                }[];
                offerId: string;
                status: string;
                totalCents: number;
            }[];
            promises: {
                amountCents: number;
                eventId: string;
                occurredAt: string;
                /** @enum {string} */
                outcome: "kept" | "broken" | "open";
                paidCents: number;
                promisedDate: string;
            }[];
        };
        /** @description A person as an admin sees them: role, whether they may sign in, and who handed them their account */
        Person: components["schemas"]["User"] & {
            /** @description false: deactivated, cannot sign in */
            active: boolean;
            createdAt: string;
            deactivatedAt: string | null;
            origins: components["schemas"]["AccountOrigin"][];
        };
        Portfolio: {
            id: string;
            name: string;
            /** @description Names of the secrets that are set (never their values) */
            secretsSet: string[];
            settings: {
                [key: string]: unknown;
            };
            updatedAt: string;
            /** @description The URLs to give Twilio, Stripe and other processors */
            webhooks: {
                [key: string]: string;
            };
        };
        PortfolioCollector: {
            /** @description Names, phone, mailing address, hours, website and licences per state; null when none is set */
            collector: {
                displayName: string;
                hours: string;
                legalName: string;
                /** @default [] */
                licences: {
                    number: string;
                    /** @enum {string} */
                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                }[];
                mailingAddress: {
                    city: string;
                    line1: string;
                    line2?: string;
                    postalCode: string;
                    /** @enum {string} */
                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                };
                phone: string;
                /** Format: uri */
                website: string;
            } | null;
            portfolioId: string;
            /** @description Why sends are refused, when they are */
            problem: string | null;
            /** @description False: every send for this portfolio is refused until a complete identity is set */
            sendsAllowed: boolean;
        };
        PortfolioPolicy: {
            /** @description Contact steps wait while a promise to pay is open (on unless the portfolio turned it off) */
            holdContactWhilePromiseOpen: boolean;
            name: string;
            portfolioId: string;
            /** @description A sandbox of test accounts: every send goes to the outbox; strategists may create its accounts */
            sandbox: boolean;
        };
        PublishRefused: components["schemas"]["Error"] & {
            /** @description not_approved or blocking_findings */
            code: string;
            findings: components["schemas"]["LintFinding"][];
        };
        QueuedReview: components["schemas"]["Review"] & {
            cadenceName: string;
        };
        Review: {
            /** @description The submitter and every editor since the last publish: none of them may approve */
            authorIds: string[];
            /** @description The authors with their names */
            authors: {
                id: string;
                name: string | null;
            }[];
            /** Format: uuid */
            cadenceId: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decidedByName: string | null;
            hash: string;
            /** Format: uuid */
            id: string;
            publishedVersionId: string | null;
            /** @enum {string} */
            status: "submitted" | "approved" | "changes_requested" | "superseded" | "published";
            submittedAt: string;
            submittedBy: string;
            submittedByName: string | null;
        };
        ReviewComment: {
            authorId: string;
            authorName: string | null;
            body: string;
            createdAt: string;
            field: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "comment" | "changes_requested" | "approval";
            nodeId: string | null;
        };
        ReviewDetail: components["schemas"]["Review"] & {
            cadenceName: string;
            /** @description Whether the signed-in user may approve or request changes now */
            canApprove: boolean;
            comments: components["schemas"]["ReviewComment"][];
            /** @description Who created, invited or reset the account of the officer who decided (empty while undecided) */
            decidedByOrigins: components["schemas"]["AccountOrigin"][];
            /** @description Why the signed-in user may not decide on this version (author, not independent of the authors, not an officer), or null */
            decisionRefusal: {
                code: string;
                message: string;
            } | null;
            diff: components["schemas"]["GraphDiff"];
            findings: components["schemas"]["LintFinding"][];
            graph: components["schemas"]["CadenceGraph"] & unknown;
            /** @description The version live now, which the diff compares against */
            liveVersion: {
                graph: components["schemas"]["CadenceGraph"];
                hash: string;
                /** Format: uuid */
                id: string;
                version: number;
            } | null;
            /** @description The active compliance officers, who handed each their account, and whether each may decide on this version */
            officers: {
                id: string;
                mayDecide: boolean;
                name: string;
                origins: components["schemas"]["AccountOrigin"][];
                /** @description Why this officer may not decide on this version */
                reason: string | null;
            }[];
        };
        Session: {
            user: components["schemas"]["User"] | null;
        };
        SignedIn: {
            user: components["schemas"]["User"];
        };
        TimelineEntry: {
            at: string;
            detail?: {
                [key: string]: unknown;
            };
            outcome?: string;
            seq: number;
            stepId: string | null;
            /** @enum {string} */
            type: "entered" | "left" | "waiting" | "event" | "activity" | "assigned" | "finished" | "error" | "paused" | "resumed";
        };
        /** @description A person who signs in, with their role */
        User: {
            email: string;
            id: string;
            name: string;
            /** @enum {string} */
            role: "strategist" | "compliance_officer" | "engineer" | "agent" | "admin";
        };
        VersionAnalytics: {
            edges: {
                [key: string]: {
                    volume: number;
                };
            };
            freshness: components["schemas"]["AnalyticsFreshness"];
            nodes: {
                [key: string]: {
                    entered: number;
                    exitedHere: number;
                    paidWithin: number;
                    waitingNow: number;
                };
            };
            paidWithinDays: number;
            range: {
                from: string;
                to: string;
            };
            versionId: string;
        };
        VersionControlProgress: {
            /** @description Enrollments this call paused (resumed) */
            changed: number;
            /** @description Enrollments this call could not change, and why */
            failed: {
                id: string;
                message: string;
            }[];
            paused: number;
            /** @description Enrollments still to pause (resume) after this call */
            remaining: number;
            running: number;
        };
        VersionLive: {
            enrollments: {
                active: number;
                failed: number;
                finished: number;
                /** @description Active enrollments a person has paused (counted in active too) */
                paused: number;
            };
            /** @description Finished or failed enrollments by exit reason */
            exitReasons: {
                [key: string]: number;
            };
            /** @description By step (node) id: enrollments there now, that left it through an outcome, and that finished there */
            steps: {
                [key: string]: {
                    ended: number;
                    now: number;
                    passed: number;
                };
            };
            /** Format: uuid */
            versionId: string;
        };
        WebhookReceipt: {
            duplicate?: boolean;
            eventId?: string;
            ignored?: string;
            received: boolean;
            signalled?: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
