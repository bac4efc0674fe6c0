// The audit log, for compliance officers and admins: filtered pages as JSON, or everything that
// matches as a CSV download (written page by page, so a long log never sits in memory).
import { z } from '@hono/zod-openapi';
import { INSTANT_MESSAGE, isInstant } from '@kairos/input';
import { stringify } from 'csv-stringify/sync';
import { AUDIT_ACTIONS, listAudit, type AuditFilter, type AuditRow } from '@kairos/db';
import type { Role } from '@kairos/review';
import { guardedRoute } from '../auth/access';
import { readerScope } from '../auth/reader-scope';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { errorResponse, json, limitQuery } from '../schemas';

const tags = ['Audit'];
const AUDITORS: readonly Role[] = ['compliance_officer', 'admin'];
// Built with this package's z (to take .openapi()); the rule is @kairos/input's: an offset, and a year Kairos can store.
const instant = z.iso.datetime({ offset: true, error: INSTANT_MESSAGE, abort: true }).refine(isInstant, INSTANT_MESSAGE);

const filters = {
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorId: z.string().max(200).optional(),
  actor: z.string().trim().max(320).optional().openapi({ description: "The actor's id or email (any case)" }),
  cadenceId: z.string().max(200).optional(),
  hash: z
    .string()
    .regex(/^[0-9a-fA-F]{4,64}$/, 'must be a content hash or at least its first 4 characters (hex)')
    .optional()
    .openapi({ description: 'A content hash, or its first characters' }),
  from: instant.optional().openapi({ description: 'Entries at or after this instant' }),
  to: instant.optional().openapi({ description: 'Entries at or before this instant' }),
};

const auditEntryJson = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.string(),
    actorEmail: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.enum(AUDIT_ACTIONS),
    cadenceId: z.string().nullable(),
    reviewId: z.string().nullable(),
    versionId: z.string().nullable(),
    enrollmentId: z.string().nullable(),
    hash: z.string().nullable(),
    subjectUserId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

const toEntry = (r: AuditRow): z.infer<typeof auditEntryJson> => ({ ...r, action: r.action as z.infer<typeof auditEntryJson>['action'], at: r.at.toISOString() });

const COLUMNS = ['id', 'at', 'action', 'actorId', 'actorEmail', 'actorRole', 'cadenceId', 'reviewId', 'versionId', 'enrollmentId', 'hash', 'subjectUserId', 'detail'] as const;

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with a quote (OWASP CSV injection). */
const inert = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function csvRows(rows: AuditRow[]): string[][] {
  return rows.map((r) => {
    const e = toEntry(r);
    return COLUMNS.map((k) => {
      const v = e[k];
      if (v === null || v === undefined) return '';
      return inert(typeof v === 'object' ? JSON.stringify(v) : String(v));
    });
  });
}

const PAGE = 1_000;

export function auditRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(AUDITORS, {
      method: 'get',
      path: '/audit',
      tags,
      summary: 'The audit log (submits, comments, approvals, changes requests, publishes, migrations, user and role changes), newest first',
      request: {
        query: z.object({
          ...filters,
          cursor: z.coerce.number().int().min(0).optional().openapi({ description: 'The `nextCursor` of the previous page' }),
          limit: limitQuery,
        }),
      },
      responses: {
        200: json(z.object({ entries: z.array(auditEntryJson), nextCursor: z.number().int().nullable() }), 'A page of entries'),
        400: errorResponse('Invalid query'),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const entries = await listAudit(deps.db, { ...q, order: 'newest', scope: await readerScope(c, deps.db) } as AuditFilter);
      const last = entries.at(-1);
      return c.json({ entries: entries.map(toEntry), nextCursor: entries.length === q.limit && last ? last.id : null }, 200);
    },
  );

  r.openapi(
    guardedRoute(AUDITORS, {
      method: 'get',
      path: '/audit/export',
      tags,
      summary: 'Every matching audit entry as CSV (oldest first), for a spreadsheet or an examiner',
      request: { query: z.object(filters) },
      responses: {
        200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV with a header row' },
        400: errorResponse('Invalid query'),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const scope = await readerScope(c, deps.db);
      const encoder = new TextEncoder();
      let cursor: number | undefined;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(stringify([[...COLUMNS]])));
        },
        async pull(controller) {
          const page = await listAudit(deps.db, { ...q, order: 'oldest', limit: PAGE, scope, ...(cursor !== undefined ? { cursor } : {}) } as AuditFilter);
          if (page.length > 0) controller.enqueue(encoder.encode(stringify(csvRows(page))));
          if (page.length < PAGE) controller.close();
          else cursor = page.at(-1)!.id;
        },
      });
      const day = new Date().toISOString().slice(0, 10);
      return c.body(body, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="kairos-audit-${day}.csv"`,
        'cache-control': 'no-store',
      });
    },
  );

  return r;
}
