// Cadences, their immutable published versions, and the reviews that approve them.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CadenceGraph, CadenceIR } from '@kairos/cadence';
import type { ReviewStatus } from '@kairos/review';
import { createdAt, instant } from './columns';

export const cadences = pgTable('cadences', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  draftGraph: jsonb('draft_graph').$type<CadenceGraph>().notNull(),
  /** Bumped on every draft save: optimistic concurrency for editors. */
  draftRevision: integer('draft_revision').notNull().default(1),
  archivedAt: instant('archived_at'),
  createdBy: text('created_by').notNull().default('system'),
  /** Users who changed the draft since it was last published: all of them are its authors, and none may approve it. */
  draftEditors: jsonb('draft_editors').$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** Immutable once written: a published version is never updated or deleted. */
export const cadenceVersions = pgTable(
  'cadence_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadenceId: uuid('cadence_id')
      .notNull()
      .references(() => cadences.id),
    version: integer('version').notNull(),
    graph: jsonb('graph').$type<CadenceGraph>().notNull(),
    ir: jsonb('ir').$type<CadenceIR>().notNull(),
    hash: text('hash').notNull(),
    publishedBy: text('published_by').notNull().default('system'),
    publishedAt: createdAt('published_at'),
    /** The approved review this version was published from. */
    reviewId: uuid('review_id'),
    approvedBy: text('approved_by'),
  },
  (t) => [uniqueIndex('cadence_versions_number').on(t.cadenceId, t.version)],
);

/** A submitted snapshot of a draft, reviewed by a compliance officer; an approval is bound to its hash. */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadenceId: uuid('cadence_id')
      .notNull()
      .references(() => cadences.id),
    hash: text('hash').notNull(),
    graph: jsonb('graph').$type<CadenceGraph>().notNull(),
    ir: jsonb('ir').$type<CadenceIR>().notNull(),
    status: text('status').$type<ReviewStatus>().notNull().default('submitted'),
    /** The submitter and every editor of the draft since the last publish. */
    authorIds: jsonb('author_ids').$type<string[]>().notNull(),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: createdAt('submitted_at'),
    decidedBy: text('decided_by'),
    decidedAt: instant('decided_at'),
    publishedVersionId: uuid('published_version_id'),
  },
  (t) => [
    index('reviews_cadence').on(t.cadenceId, t.submittedAt),
    // One review waiting for a decision per cadence: a new submission supersedes the open one.
    uniqueIndex('reviews_one_open').on(t.cadenceId).where(sql`${t.status} = 'submitted'`),
  ],
);

export const reviewComments = pgTable(
  'review_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id),
    authorId: text('author_id').notNull(),
    body: text('body').notNull(),
    /** Where on the canvas the comment points, if anywhere. */
    nodeId: text('node_id'),
    field: text('field'),
    kind: text('kind').$type<'comment' | 'changes_requested' | 'approval'>().notNull().default('comment'),
    createdAt: createdAt(),
  },
  (t) => [index('review_comments_review').on(t.reviewId, t.createdAt)],
);
