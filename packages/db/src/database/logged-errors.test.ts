// Database errors as the logs show them (@kairos/logging's safeError over both drivers): which
// statement, which constraint and which SQLSTATE, never the values the statement carried.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { safeError } from '@kairos/logging';
import { upsertPortfolio } from '../portfolios/portfolios';
import { describeEachDatabase } from '../testing';

const CANARY = 'CANARY-41c0de';

async function thrownBy(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  throw new Error('expected the statement to fail');
}

describeEachDatabase('database errors as logged', (db) => {
  it('names the constraint a row broke, not the row (whose detail repeats every value)', async () => {
    await upsertPortfolio(db(), { id: `${CANARY}-id`, name: 'Cards', settings: { channels: {} }, secrets: { twilioAuthToken: `${CANARY}-secret` } });
    const duplicate = await thrownBy(() =>
      db().execute(sql`insert into portfolios (id, name, settings, secrets) values (${`${CANARY}-id`}, ${'Cards'}, ${'{}'}::jsonb, ${JSON.stringify({ smtpPassword: `${CANARY}-secret` })}::jsonb)`),
    );
    const logged = safeError(duplicate);
    expect(JSON.stringify(logged)).not.toContain(CANARY);
    expect(logged).toMatchObject({ message: 'Failed query', query: expect.stringMatching(/^insert into portfolios .* values \(\$1, \$2, \$3::jsonb, \$4::jsonb\)$/), cause: { code: '23505', constraint: 'portfolios_pkey' } });
    expect(logged.cause!.message).toMatch(/duplicate key value violates unique constraint "portfolios_pkey"/);
  });

  it('blanks the value a driver quotes in its message, and keeps the SQLSTATE', async () => {
    const logged = safeError(await thrownBy(() => db().execute(sql`select ${`${CANARY}-phone`}::integer`)));
    expect(JSON.stringify(logged)).not.toContain(CANARY);
    expect(logged.cause).toMatchObject({ code: '22P02', message: 'invalid input syntax for type integer: "…"' });
  });
});
