import { z } from '@hono/zod-openapi';
import { CsvFileError, importMappingSchema } from '@kairos/account-import';
import { safeText } from '@kairos/input';
import { createImport, getImport, importContent, listImportProblems, listImports, queueImport, readsPortfolio, requestImportCancel, saveImportMapping, setImportMapping, type AccountImport } from '@kairos/db';
import type { Context } from 'hono';
import { stringify } from 'csv-stringify/sync';
import { guardedRoute } from '../auth/access';
import { readerScope } from '../auth/reader-scope';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { IMPORTERS, importRefusal } from '../imports/import-access';
import { importPace, previewImport, runImportQueue, type ImportPreview } from '../jobs/account-import';
import { newRouter, type AppEnv } from '../router';
import { errorResponse, json } from '../schemas';
import { accountJson } from './accounts';

const tags = ['Imports'];
/** Problems answered with a preview; every one is in the problems CSV. */
const PROBLEMS_SHOWN = 500;

const mappingJson = z
  .object({
    columns: z.record(z.string(), z.object({ field: z.string(), format: z.string().optional() })),
    defaultCountry: z.string(),
    currency: z.string(),
  })
  .openapi('ImportMapping', { description: 'CSV column -> account field (with its format); see docs/importing-accounts.md' });
const problemJson = z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() }).openapi('ImportProblem');
const importJson = z
  .object({
    id: z.string(),
    portfolioId: z.string(),
    fileName: z.string(),
    status: z.enum(['uploaded', 'queued', 'running', 'done', 'failed', 'cancelled']),
    mapping: mappingJson,
    totalRows: z.number().int(),
    rowsDone: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    rowsPerSecond: z.number().nullable(),
    etaSeconds: z.number().nullable(),
    failureReason: z.string().nullable(),
    cancelRequested: z.boolean(),
    createdBy: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi('AccountImport', { description: 'An import of accounts from a CSV file: its mapping, status, progress and counts' });
const previewJson = z
  .object({
    import: importJson,
    header: z.array(z.string()),
    mappingProblems: z.array(problemJson.omit({ row: true })),
    preview: z.array(z.object({ row: z.number().int(), account: accountJson.omit({ compliance: true, governingProfile: true }) })),
    problems: z.array(problemJson),
    problemCount: z.number().int(),
  })
  .openapi('ImportPreview', { description: 'The first rows as they will be stored, the mapping\'s problems and the rows\' problems (the first 500; all in problems.csv)' });

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const toImportJson = (imp: AccountImport, now: Date): z.infer<typeof importJson> => ({
  id: imp.id,
  portfolioId: imp.portfolioId,
  fileName: imp.fileName,
  status: imp.status,
  mapping: imp.mapping,
  totalRows: imp.totalRows,
  rowsDone: imp.rowsDone,
  created: imp.created,
  updated: imp.updated,
  unchanged: imp.unchanged,
  rejected: imp.rejected,
  ...importPace(imp, now),
  failureReason: imp.failureReason,
  cancelRequested: imp.cancelRequested,
  createdBy: imp.createdBy,
  createdAt: imp.createdAt.toISOString(),
  startedAt: iso(imp.startedAt),
  finishedAt: iso(imp.finishedAt),
});
const toPreviewJson = (imp: AccountImport, p: ImportPreview, now: Date) => ({
  import: toImportJson(imp, now),
  header: p.header,
  mappingProblems: p.mappingProblems,
  preview: p.preview as z.infer<typeof previewJson>['preview'],
  problems: p.problems.slice(0, PROBLEMS_SHOWN),
  problemCount: p.problems.length,
});

const idParam = z.object({ id: z.uuid({ error: 'must be an import id as answered by POST /api/v1/imports' }) });
const uploadQuery = z.object({
  portfolioId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a portfolio id such as default or cards-2026'),
  fileName: safeText().min(1).max(200).default('accounts.csv'),
});
const NO_IMPORT = 'List imports with GET /api/v1/imports.';

export function importRoutes(deps: RouteDeps) {
  const r = newRouter();

  /** The import, when the caller reads its portfolio (another portfolio's answers as a missing one). */
  async function visibleImport(c: Context<AppEnv>, id: string): Promise<AccountImport | null> {
    const imp = await getImport(deps.db, id);
    if (!imp) return null;
    const scope = await readerScope(c, deps.db);
    return readsPortfolio(scope, imp.portfolioId) ? imp : null;
  }
  async function refusal(c: Context<AppEnv>, portfolioId: string) {
    return importRefusal(deps.db, { role: c.get('user')!.role, scope: await readerScope(c, deps.db) }, portfolioId);
  }
  const refused = (c: Context<AppEnv>, field: string, message: string) => c.json({ error: 'invalid_request', message: 'the request is invalid', issues: [{ field, message }] }, 400);
  /** The import the caller may change: one they read, of a portfolio they may import into; else the answer refusing it. */
  async function importToChange(c: Context<AppEnv>, id: string) {
    const imp = await visibleImport(c, id);
    if (!imp) return { ok: false as const, answer: notFound(c, 'import', NO_IMPORT) };
    const why = await refusal(c, imp.portfolioId);
    if (why) return { ok: false as const, answer: refused(c, 'portfolioId', why) };
    return { ok: true as const, imp };
  }

  r.openapi(
    guardedRoute(IMPORTERS, {
      method: 'post',
      path: '/imports',
      tags,
      summary: 'Upload a CSV file of accounts: answers the suggested mapping, the first rows as they will be stored and every row problem',
      description: 'Send the file as the body with content-type text/csv. Nothing is imported until POST /imports/{id}/start. Strategists import only into sandbox portfolios.',
      request: { query: uploadQuery, body: { content: { 'text/csv': { schema: z.string() } }, required: true } },
      responses: { 201: json(previewJson, 'Uploaded'), 400: errorResponse('Not a file to import, or a portfolio you may not import into'), 413: errorResponse('Too large'), 415: errorResponse('Not CSV') },
    }),
    async (c) => {
      const { portfolioId, fileName } = c.req.valid('query');
      const type = c.req.header('content-type') ?? '';
      if (!/^(text\/csv|text\/plain|application\/csv)(\s*;|$)/i.test(type)) {
        return c.json({ error: 'unsupported_media_type', message: `send the file as the body with content-type: text/csv (not ${type || 'none'})` }, 415);
      }
      const why = await refusal(c, portfolioId);
      if (why) return refused(c, 'portfolioId', why);
      const content = await c.req.text();
      if (content.trim() === '') return refused(c, '(body)', 'the file is empty: the first row must name the columns');
      if (content.includes('\u0000')) return refused(c, '(body)', 'the file holds NUL bytes: save it as CSV text (UTF-8), not as a spreadsheet file');
      // A file that is not CSV at all (an unclosed quote, JSON) is the sender's to fix, said with its row.
      const preview = await previewImport(deps.db, content, portfolioId).catch((err: unknown) => (err instanceof CsvFileError ? err : Promise.reject(err)));
      if (preview instanceof CsvFileError) return refused(c, '(body)', preview.message);
      const created = await createImport(deps.db, { portfolioId, fileName, content, mapping: preview.mapping, createdBy: c.get('user')!.id });
      const imp = await setImportMapping(deps.db, created.id, { mapping: preview.mapping, totalRows: preview.totalRows, problems: preview.problems, rejectedRows: preview.rejectedRows });
      return c.json(toPreviewJson(imp!, preview, deps.clock()), 201);
    },
  );

  r.openapi(
    guardedRoute(IMPORTERS, {
      method: 'put',
      path: '/imports/{id}/mapping',
      tags,
      summary: "Choose an uploaded file's column mapping: answers the first rows as they will be stored and every row problem",
      request: { params: idParam, body: { content: { 'application/json': { schema: importMappingSchema } } } },
      responses: { 200: json(previewJson, 'The preview with this mapping'), 400: errorResponse('Invalid mapping'), 404: errorResponse('No such import'), 409: errorResponse('The import has started') },
    }),
    async (c) => {
      const found = await importToChange(c, c.req.valid('param').id);
      if (!found.ok) return found.answer;
      const { imp } = found;
      const content = imp.status === 'uploaded' ? await importContent(deps.db, imp.id) : null;
      if (content === null) return c.json({ error: 'conflict', message: `the import is ${imp.status}: its mapping can no longer change; upload the file again to import it with another mapping` }, 409);
      const preview = await previewImport(deps.db, content, imp.portfolioId, c.req.valid('json'));
      const updated = await setImportMapping(deps.db, imp.id, { mapping: preview.mapping, totalRows: preview.totalRows, problems: preview.problems, rejectedRows: preview.rejectedRows });
      if (!updated) return c.json({ error: 'conflict', message: 'the import started meanwhile: its mapping can no longer change' }, 409);
      return c.json(toPreviewJson(updated, preview, deps.clock()), 200);
    },
  );

  r.openapi(
    guardedRoute(IMPORTERS, {
      method: 'post',
      path: '/imports/{id}/start',
      tags,
      summary: 'Start an uploaded import: it runs in the background, after the imports queued before it',
      description: 'Rows with problems are rejected (listed in problems.csv); the others are written in batches. The mapping is saved as the portfolio\'s for its next file.',
      request: { params: idParam },
      responses: { 202: json(importJson, 'Queued'), 400: errorResponse('The mapping does not fit the file'), 404: errorResponse('No such import'), 409: errorResponse('Already started') },
    }),
    async (c) => {
      const found = await importToChange(c, c.req.valid('param').id);
      if (!found.ok) return found.answer;
      const { imp } = found;
      const content = imp.status === 'uploaded' ? await importContent(deps.db, imp.id) : null;
      if (content === null) return c.json({ error: 'conflict', message: `the import is ${imp.status}: it can be started once; upload the file again to import it again` }, 409);
      const preview = await previewImport(deps.db, content, imp.portfolioId, imp.mapping);
      if (preview.mappingProblems.length > 0) {
        return c.json({ error: 'invalid_request', message: 'the mapping does not fit the file', issues: preview.mappingProblems.map((p) => ({ field: p.column === null ? 'mapping' : `mapping.columns.${p.column}`, message: p.message })) }, 400);
      }
      const queued = await queueImport(deps.db, imp.id);
      if (!queued) return c.json({ error: 'conflict', message: 'the import was started or cancelled meanwhile' }, 409);
      await saveImportMapping(deps.db, imp.portfolioId, imp.mapping, c.get('user')!.id);
      // The queue runs beside the request; its failures end the import with a reason, never the API.
      void runImportQueue(deps).catch((err: unknown) => deps.logger.error({ err }, 'the import queue stopped; its timer runs it again'));
      return c.json(toImportJson(queued, deps.clock()), 202);
    },
  );

  r.openapi(
    guardedRoute(IMPORTERS, {
      method: 'post',
      path: '/imports/{id}/cancel',
      tags,
      summary: 'Cancel an import: a running one stops after its current batch (rows written stay written)',
      request: { params: idParam },
      responses: { 200: json(importJson, 'Cancelled, or stopping after its batch'), 400: errorResponse('A portfolio you may not import into'), 404: errorResponse('No such import'), 409: errorResponse('Already ended') },
    }),
    async (c) => {
      const found = await importToChange(c, c.req.valid('param').id);
      if (!found.ok) return found.answer;
      const { imp } = found;
      const cancelled = await requestImportCancel(deps.db, imp.id);
      if (!cancelled) return c.json({ error: 'conflict', message: `the import is ${imp.status}: there is nothing to cancel` }, 409);
      return c.json(toImportJson(cancelled, deps.clock()), 200);
    },
  );

  r.openapi(
    guardedRoute(IMPORTERS, {
      method: 'get',
      path: '/imports/{id}',
      tags,
      summary: 'An import: status, progress (rows done of total, rows per second, seconds left) and counts',
      request: { params: idParam },
      responses: { 200: json(importJson, 'The import'), 404: errorResponse('No such import') },
    }),
    async (c) => {
      const imp = await visibleImport(c, c.req.valid('param').id);
      if (!imp) return notFound(c, 'import', NO_IMPORT);
      return c.json(toImportJson(imp, deps.clock()), 200);
    },
  );

  r.openapi(
    guardedRoute(IMPORTERS, {
      method: 'get',
      path: '/imports/{id}/problems.csv',
      tags,
      summary: "Every problem of an import's rows as CSV: row, column, problem",
      request: { params: idParam },
      responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV with a header row' }, 404: errorResponse('No such import') },
    }),
    async (c) => {
      const imp = await visibleImport(c, c.req.valid('param').id);
      if (!imp) return notFound(c, 'import', NO_IMPORT);
      const problems = await listImportProblems(deps.db, imp.id);
      const csv = stringify([['row', 'column', 'problem'], ...problems.map((p) => [p.row, p.column ?? '', p.message])]);
      const name = imp.fileName.replace(/\.csv$/i, '').replace(/[^A-Za-z0-9._-]/g, '_');
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}-problems.csv"` });
    },
  );

  r.openapi(
    guardedRoute(IMPORTERS, {
      method: 'get',
      path: '/imports',
      tags,
      summary: 'Past and running imports into the portfolios you read, newest first',
      request: { query: z.object({ portfolioId: z.string().max(63).optional() }) },
      responses: { 200: json(z.array(importJson), 'Imports') },
    }),
    async (c) => {
      const scope = await readerScope(c, deps.db);
      const wanted = c.req.valid('query').portfolioId;
      const portfolios = scope.portfolios === 'all' ? (wanted ? [wanted] : 'all') : wanted ? scope.portfolios.filter((p) => p === wanted) : scope.portfolios;
      const now = deps.clock();
      return c.json((await listImports(deps.db, portfolios)).map((i) => toImportJson(i, now)), 200);
    },
  );

  return r;
}
