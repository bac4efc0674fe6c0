// The webhooks channel providers call (status callbacks, inbound messages), one route per webhook each
// provider declares in @kairos/providers: adding a provider adds its routes here without a line of API code.
// Authenticated by the provider's signature with the portfolio's secret, never by a session.
import { z, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { channelProviders, type ProviderDefinition, type ProviderInboundWebhook, type ProviderWebhookRoute } from '@kairos/providers';
import type { RouteDeps } from '../deps';
import { receiveInboundText } from '../inbound-replies';
import { portfolioSecrets } from '../portfolio-secrets';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';
import { providerRequest, receiveStatusWebhook, STATUS_REPORT_PORTFOLIO } from '../webhooks/provider-status';
import { invalidSignature, signatureScheme, signedRoute } from '../webhooks/signed-route';

const tags = ['Webhooks'];
const params = z.object({ portfolioId: z.string().openapi({ param: { name: 'portfolioId', in: 'path' }, example: 'default' }) });
const receiptAnswer = z.object({ received: z.boolean(), duplicate: z.boolean().optional(), status: z.string().optional(), ignored: z.string().optional() });
// Bodies are read raw, not declared for validation: the signatures cover exactly what was sent.

async function receiveInbound(deps: RouteDeps, c: Context, provider: ProviderDefinition, webhook: ProviderInboundWebhook, portfolioId: string): Promise<Response> {
  const secrets: Partial<Record<string, string>> | null = await portfolioSecrets(deps.db, portfolioId);
  const secret = provider.statusWebhook ? secrets?.[provider.statusWebhook.secret] : undefined;
  if (!secret) return invalidSignature(c, `portfolio ${portfolioId} has no ${webhook.secretTitle} to check the signature with (PUT /api/v1/portfolios/${portfolioId})`);
  const req = await providerRequest(deps, c);
  const check = webhook.authenticate(req, secret);
  if (!check.ok) return invalidSignature(c, check.reason);
  const parsed = webhook.parse(req);
  if ('invalid' in parsed) return c.json({ error: 'invalid_request', message: parsed.message, issues: parsed.invalid }, 400);
  const received = await receiveInboundText(deps, { provider: provider.id, portfolioId, ...parsed.inbound, receivedAt: deps.clock() });
  // A replay was answered the first time: nothing to confirm twice.
  const answer = webhook.answer(received.duplicate ? 'duplicate' : received.consent.consentEffect);
  return c.body(answer.body, 200, { 'content-type': answer.contentType });
}

/** A provider's signed webhook route: `POST /webhooks/<path>` with its portfolio in the path. */
const webhookRoute = <R extends RouteConfig['responses']>(route: ProviderWebhookRoute, responses: R) =>
  signedRoute(signatureScheme(route.signature), {
    method: 'post',
    path: `/webhooks/${route.path}`,
    tags,
    summary: route.summary,
    description: route.description(STATUS_REPORT_PORTFOLIO),
    request: { params },
    responses,
  });

export function providerWebhookRoutes(deps: RouteDeps) {
  const r = newRouter();
  for (const provider of channelProviders as readonly ProviderDefinition[]) {
    const status = provider.statusWebhook;
    if (status) {
      r.openapi(
        webhookRoute(status.route, {
          200: json(receiptAnswer, 'Stored (or already stored) and applied'),
          400: errorResponse('Not a report this provider sends: the issues name each field'),
        }),
        async (c) => receiveStatusWebhook(deps, c, status, c.req.valid('param').portfolioId) as never,
      );
    }
    const inbound = provider.inboundWebhook;
    if (inbound) {
      r.openapi(
        webhookRoute(inbound.route, {
          200: { content: { [inbound.answers.mediaType]: { schema: z.string() } }, description: inbound.answers.description },
          400: errorResponse(inbound.answers.invalid),
        }),
        async (c) => receiveInbound(deps, c, provider, inbound, c.req.valid('param').portfolioId) as never,
      );
    }
  }
  return r;
}
