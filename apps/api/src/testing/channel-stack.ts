// A real channel stack for integration tests: the API served over HTTP on a free port (so providers
// can call its webhooks back), a cadence worker on the time-skipping Temporal server, a Twilio
// protocol peer and an SMTP server, and a portfolio sending texts and calls through the peer and
// email through the SMTP server.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { SMTPServer } from 'smtp-server';
import { inject } from 'vitest';
import { builtInRegistry, compile, DEMO_COLLECTOR_IDENTITY, type CadenceGraph } from '@kairos/cadence';
import { createCadence, publishVersion, upsertPortfolio, type KairosDb } from '@kairos/db';
import { freePort } from '@kairos/testkit';
import { startTwilioPeer, type TwilioPeer } from '@kairos/testkit/twilio-peer';
import { createCadenceWorker, type ActivityDeps } from '@kairos/worker';
import { createTemporalRuntime } from '../runtime';
import { startApiServer } from '../server';
import { client, ensureTestUsers, TEST_AUTH, TEST_PASSWORD, testEmail, type ApiClient } from './api-harness';

export interface ChannelStack {
  url: string;
  peer: TwilioPeer;
  /** Emails that reached the SMTP server: recipient and raw message. */
  mail: Array<{ to: string; raw: string }>;
  api: ApiClient;
  portfolioId: string;
  stripeSecret: string;
  /** Signs bounce and complaint reports to /api/v1/webhooks/email/{portfolio}. */
  emailSecret: string;
  taskQueue: string;
  publish(graph: CadenceGraph): Promise<string>;
  stop(): Promise<void>;
}

let stacks = 0;

export async function startChannelStack(env: TestWorkflowEnvironment, db: KairosDb, worker: Pick<ActivityDeps, 'beforeLastCheck' | 'afterProviderCall' | 'receiptWaitMs'> = {}): Promise<ChannelStack> {
  const peer = await startTwilioPeer();
  const mail: ChannelStack['mail'] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData: (stream, session, cb) => {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString()));
      stream.on('end', () => {
        for (const r of session.envelope.rcptTo) mail.push({ to: r.address, raw });
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const smtpPort = (smtp.server.address() as { port: number }).port;

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const taskQueue = `channels-${process.pid}-${stacks++}`;
  const server = await startApiServer({ deps: { db, registry: builtInRegistry, runtime: createTemporalRuntime(env.client, taskQueue), auth: { ...TEST_AUTH, baseURL: url } }, port });
  // The peers listen on loopback: the worker reaches them through the test-only outbound allowance.
  const w = await createCadenceWorker({
    connection: env.nativeConnection,
    taskQueue,
    db,
    workflowBundle: inject('workflowBundle'),
    publicUrl: url,
    linkSecret: TEST_AUTH.secret,
    receiptWaitMs: 10_000,
    outbound: { allowLoopback: true },
    ...worker,
  });
  const running = w.run();

  const portfolioId = `tw-${stacks}`;
  const stripeSecret = 'whsec_channel_stack_secret';
  const emailSecret = 'email-reports-channel-stack-secret';
  await upsertPortfolio(db, {
    id: portfolioId,
    name: 'Through the peers',
    settings: {
      channels: { sms: 'twilio', voice: 'twilio', whatsapp: 'twilio', email: 'smtp' },
      twilio: { accountSid: peer.accountSid, from: '+15550001111', whatsappFrom: '+15550002222', baseUrl: peer.url },
      smtp: { host: '127.0.0.1', port: smtpPort, secure: false, from: 'Kairos Collections <collections@kairos.test>' },
      collector: DEMO_COLLECTOR_IDENTITY,
    },
    secrets: { twilioAuthToken: peer.authToken, stripeWebhookSecret: stripeSecret, emailWebhookSecret: emailSecret },
  });

  // Signed in over real HTTP, with a bearer token (as scripts do).
  await ensureTestUsers(db);
  const signIn = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: testEmail('admin'), password: TEST_PASSWORD }),
  });
  const token = signIn.headers.get('set-auth-token');
  if (!token) throw new Error(`sign-in answered ${signIn.status}`);
  const http = { request: (path: string, init?: RequestInit) => fetch(`${url}${path}`, init) };
  const api = client(http, { headers: { authorization: `Bearer ${token}` } });

  return {
    url,
    peer,
    mail,
    api,
    portfolioId,
    stripeSecret,
    emailSecret,
    taskQueue,
    async publish(graph) {
      const compiled = compile(graph, builtInRegistry);
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
      const cadence = await createCadence(db, { name: 'channels', graph });
      await publishVersion(db, { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'test' });
      return cadence.id;
    },
    async stop() {
      w.shutdown();
      await running;
      await server.close();
      await peer.stop();
      await new Promise<void>((r) => smtp.close(() => r()));
    },
  };
}
