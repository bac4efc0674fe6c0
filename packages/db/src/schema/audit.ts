// The append-only audit log.
import { bigserial, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

/** Append-only (a trigger refuses UPDATE and DELETE): who did what to which version, and when. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: createdAt('at'),
    actorId: text('actor_id').notNull(),
    actorEmail: text('actor_email'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    cadenceId: uuid('cadence_id'),
    reviewId: uuid('review_id'),
    versionId: uuid('version_id'),
    enrollmentId: uuid('enrollment_id'),
    hash: text('hash'),
    subjectUserId: text('subject_user_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_cadence').on(t.cadenceId, t.at), index('audit_log_action').on(t.action, t.at)],
);
