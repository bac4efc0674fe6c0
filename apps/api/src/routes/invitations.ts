// Invitations, for admins: a one-time link (24 hours) with which a new person sets their own
// password and joins with the role the admin chose. Kairos sends no email, so the admin is answered
// the link to pass on. Inviting, using, revoking and expiring are in the audit log.
import { z } from '@hono/zod-openapi';
import { issueInvitation, listOpenInvitations, revokeInvitation, type OpenInvitation, type PasswordLinkRow } from '@kairos/db';
import { roleSchema } from '@kairos/review';
import { guardedRoute } from '../auth/access';
import { LINK_LIFETIME_MS, newLinkToken, passwordLinkUrl } from '../auth/password-link-token';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';
import { ADMINS, actorOf, membershipJson, unknownPortfolios } from './users';

const tags = ['People'];

const invitationJson = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    portfolios: z.union([membershipJson, z.null()]).openapi({ description: 'The portfolios they will read once they join (null: none chosen)' }),
    invitedBy: z.string(),
    invitedByName: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .openapi('Invitation', { description: 'An invitation waiting to be used' });

const toInvitationJson = (i: PasswordLinkRow, invitedByName: string | null): z.infer<typeof invitationJson> => ({
  id: i.id,
  email: i.email,
  name: i.name,
  role: i.role!,
  portfolios: i.portfolios,
  invitedBy: i.createdBy,
  invitedByName,
  createdAt: i.createdAt.toISOString(),
  expiresAt: i.expiresAt.toISOString(),
});

const CLOSED_TEXT: Record<string, string> = {
  used: 'it was used: the person has an account now',
  revoked: 'it was revoked already',
  expired: 'it expired already',
  replaced: 'a newer invitation to the same email replaced it',
};

export function invitationRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'post',
      path: '/invitations',
      tags,
      summary: 'Invite someone: answers a one-time link (24 hours) with which they set their own password and join with this role',
      description:
        'Kairos sends no email: give the link to the person yourself (it is shown once). A new invitation to the same email replaces an open one. The account records that you invited them: a compliance officer you invited may never approve work you authored.',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({
                name: z.string().trim().min(1, 'say who you invite').max(200),
                email: z.email('must be an email address, such as nia@example.com'),
                role: roleSchema,
                portfolios: membershipJson.optional().openapi({ description: 'The portfolios they will read once they join; none when left out (admins read every one)' }),
              }),
            },
          },
        },
      },
      responses: {
        201: json(z.object({ invitation: invitationJson, link: z.url() }).openapi('InvitationLink'), 'Invited: pass the link on'),
        400: errorResponse('Invalid body'),
        409: errorResponse('A user with this email exists (`email_taken`)'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const issues = await unknownPortfolios(deps, body.portfolios ?? []);
      if (issues.length) return c.json({ error: 'invalid_request', message: 'the body is invalid', issues }, 400);
      const me = c.get('user')!;
      const now = deps.clock();
      const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS);
      const { token, tokenHash } = newLinkToken();
      const issued = await issueInvitation(deps.db, { ...body, tokenHash, now, expiresAt, actor: actorOf(me) });
      if (!issued.ok) {
        if (issued.reason === 'email-taken') {
          return c.json({ error: 'email_taken', message: `${body.email} has an account already: change their role, or send them a password-reset link` }, 409);
        }
        return c.json({ error: 'busy', message: 'another invitation to this email was sent at the same moment: try again' }, 409);
      }
      return c.json({ invitation: toInvitationJson(issued.link, me.name), link: passwordLinkUrl(deps.auth.baseURL, 'invitation', token) }, 201);
    },
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'get',
      path: '/invitations',
      tags,
      summary: 'Invitations waiting to be used, oldest first (expired ones are closed, and audited, on the way)',
      responses: { 200: json(z.array(invitationJson), 'Open invitations') },
    }),
    async (c) => c.json((await listOpenInvitations(deps.db, deps.clock())).map((i: OpenInvitation) => toInvitationJson(i, i.invitedByName)), 200),
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'post',
      path: '/invitations/{id}/revoke',
      tags,
      summary: 'Revoke an invitation: its link stops working at once',
      request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }) },
      responses: {
        200: json(invitationJson, 'Revoked'),
        404: errorResponse('No such invitation'),
        409: errorResponse('The invitation was used, revoked, replaced or expired already (`invitation_closed`)'),
      },
    }),
    async (c) => {
      const result = await revokeInvitation(deps.db, { id: c.req.valid('param').id, now: deps.clock(), actor: actorOf(c.get('user')!) });
      if (result.ok) return c.json(toInvitationJson(result.link, null), 200);
      if (result.reason === 'not-found') return notFound(c, 'invitation', 'List open invitations with GET /api/v1/invitations.');
      return c.json({ error: 'invitation_closed', message: `this invitation cannot be revoked: ${CLOSED_TEXT[result.reason]}` }, 409);
    },
  );

  return r;
}
