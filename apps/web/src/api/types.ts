// The API's answers as the web app reads them: every type here is derived from the API's own OpenAPI document
// (openapi.d.ts, generated from the routes' zod schemas), so a change on the server fails the web app's typecheck.
import type { components, paths } from './openapi';

/** The named shapes of the API's OpenAPI document. */
export type Schemas = components['schemas'];

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Success<R> = R extends { 200: infer A } ? JsonOf<A> : R extends { 201: infer A } ? JsonOf<A> : never;

/** The JSON a route answers on success, e.g. `Answer<'/api/v1/cadences', 'get'>`. */
export type Answer<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R } ? Success<R> : never;
/** The JSON body a route takes. */
export type RequestBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** A cadence in the list (with the name of who created it). */
export type Cadence = Answer<'/api/v1/cadences', 'get'>[number];
/** A cadence with its draft's issues and where the draft stands on its way to publishing. */
export type CadenceWithIssues = Answer<'/api/v1/cadences/{id}', 'get'>;
export type CadenceLifecycle = Schemas['CadenceLifecycle'];

export type SessionUser = Schemas['User'];
export type Role = SessionUser['role'];
/** A person as an admin sees them (GET /users). */
export type Person = Schemas['Person'];
/** A person as GET /users lists them: with the portfolios whose accounts they read. */
export type Member = Schemas['Member'];
/** An invitation waiting to be used. */
export type Invitation = Schemas['Invitation'];
/** What a one-time link (`/invite/<token>`, `/reset-password/<token>`) is for. */
export type PasswordLink = Schemas['PasswordLink'];
/** An answer that changed whether someone may sign in, with how many sessions it ended. */
export type AccessChange = Answer<'/api/v1/users/{id}/deactivate', 'post'>;

export type Review = Schemas['Review'];
export type CadenceVersion = Schemas['CadenceVersion'];
export type VersionLive = Schemas['VersionLive'];
export type Enrollment = Schemas['Enrollment'];
export type EnrollmentDetail = Answer<'/api/v1/enrollments/{id}', 'get'>;
export type TimelineEntry = Schemas['TimelineEntry'];
export type ContactAttempt = Schemas['ContactAttempt'];
export type OutboxMessage = Schemas['OutboxMessage'];
export type Account = Schemas['Account'];
/** Who collects a portfolio; `sendsAllowed` false: its sends are refused, `problem` says why. */
export type PortfolioCollector = Schemas['PortfolioCollector'];
/** The hosts each portfolio may call (besides `defaults`); the editor's lint holds steps' URLs to them. */
export type OutboundPolicies = Schemas['OutboundPolicies'];

/** The query parameters a route reads. */
export type Query<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
