// People: better-auth's models (user, session, account, verification) under Kairos table names, and password links.
import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, uniqueIndex, uuid, jsonb } from 'drizzle-orm/pg-core';
import type { Role } from '@kairos/review';
import { createdAt, instant } from './columns';

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  role: text('role').$type<Role>().notNull().default('agent'),
  /**
   * Who handed this person their sign-in: the admin who created the account with a password
   * (`created_via` 'password') or invited them ('invitation'); `seed` for the embedded start's demo logins.
   * An officer whose account an author of a version handed over may not approve it.
   */
  createdBy: text('created_by'),
  createdVia: text('created_via').$type<AccountCreation>(),
  /** The admin whose password-reset link this person last set their password with (they could have used it themselves). */
  passwordResetBy: text('password_reset_by'),
  /**
   * Reads every portfolio's accounts, present and future (admins always do, whatever this says);
   * otherwise only those of the portfolios in `user_portfolios`.
   */
  allPortfolios: boolean('all_portfolios').notNull().default(false),
  /** Set while the person may not sign in; their sessions were revoked when it was set. */
  deactivatedAt: instant('deactivated_at'),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/**
 * The portfolios (books of accounts) a person reads, when not all of them. No reference to `portfolios`:
 * accounts name their portfolio freely (the default one needs no row), and so may a membership.
 */
export const userPortfolios = pgTable(
  'user_portfolios',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    portfolioId: text('portfolio_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.portfolioId] }), index('user_portfolios_portfolio').on(t.portfolioId)],
);

/** How an account came to be: an admin chose its first password, or the person set it through an invitation link. */
export type AccountCreation = 'password' | 'invitation';

/** A one-time link with which someone sets their own password. */
export type PasswordLinkKind = 'invitation' | 'password_reset';

/** Why a link can no longer be used. */
export type PasswordLinkClosure = 'used' | 'revoked' | 'expired' | 'replaced';

/**
 * One-time links to set a password: an invitation (creates the account when used) or a password
 * reset (for an existing account). Only a hash of the token is kept; the link is shown once.
 */
export const passwordLinks = pgTable(
  'password_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<PasswordLinkKind>().notNull(),
    /** sha256 of the link's token, hex. */
    tokenHash: text('token_hash').notNull().unique(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** The role an invitation gives; null for a reset (the account keeps its role). */
    role: text('role').$type<Role>(),
    /** The portfolios an invitation's person will read (`all`, or ids); null for a reset. */
    portfolios: jsonb('portfolios').$type<'all' | string[]>(),
    /** The account a reset is for, or the one an invitation created when it was used. */
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
    closedAt: instant('closed_at'),
    closedReason: text('closed_reason').$type<PasswordLinkClosure>(),
  },
  (t) => [
    // One open link of each kind per email: a new invitation or reset replaces the open one.
    uniqueIndex('password_links_one_open').on(t.kind, t.email).where(sql`${t.closedAt} is null`),
  ],
);

export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: instant('expires_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('auth_sessions_user').on(t.userId)],
);

export const authAccounts = pgTable(
  'auth_accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: instant('access_token_expires_at'),
    refreshTokenExpiresAt: instant('refresh_token_expires_at'),
    scope: text('scope'),
    /** A scrypt hash (better-auth), never the password. */
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('auth_accounts_user').on(t.userId)],
);

export const authVerifications = pgTable('auth_verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: instant('expires_at').notNull(),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
