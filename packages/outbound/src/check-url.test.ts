import { describe, expect, it } from 'vitest';
import { checkHost, checkUrl, describeUrl } from './check-url';
import { hostMatches, hostPatternProblem } from './host-patterns';
import { outboundSettingsSchema, portfolioPolicy } from './policy';

const policy = portfolioPolicy({ allowedHosts: ['hooks.example.com', '*.crm.example.org', '9.9.9.9'] }, { providerHosts: ['api.twilio.com', '*.twilio.com'] });
const forTests = portfolioPolicy({ allowedHosts: [] }, { allowLoopback: true });
const refusal = (url: string, p = policy) => {
  const r = checkUrl(url, p);
  return r.ok ? null : r.refusal.code;
};

describe('checkUrl', () => {
  it('calls https URLs on an allowed host, a subdomain pattern or a provider host by default', () => {
    expect(checkUrl('https://hooks.example.com/kairos?x=1', policy).ok).toBe(true);
    expect(checkUrl('https://eu.crm.example.org/in', policy).ok).toBe(true);
    expect(checkUrl('https://a.b.crm.example.org/in', policy).ok).toBe(true);
    expect(checkUrl('https://api.twilio.com/2010-04-01', policy).ok).toBe(true);
    expect(checkUrl('https://HOOKS.Example.com./x', policy).ok).toBe(true);
  });

  it('refuses every scheme but https, file: included', () => {
    expect(refusal('file:///etc/passwd')).toBe('scheme');
    expect(refusal('http://hooks.example.com/kairos')).toBe('scheme');
    expect(refusal('gopher://hooks.example.com/')).toBe('scheme');
    expect(refusal('ftp://hooks.example.com/')).toBe('scheme');
    const r = checkUrl('file:///etc/passwd', policy);
    expect(!r.ok && r.refusal.message).toBe('Kairos sends requests over https only, not file: use an https:// URL');
  });

  it('refuses hosts not allowed, and says how to allow one', () => {
    expect(refusal('https://evil.example.net/')).toBe('host-not-allowed');
    expect(refusal('https://crm.example.org/')).toBe('host-not-allowed');
    expect(refusal('https://xcrm.example.org/')).toBe('host-not-allowed');
    const r = checkUrl('https://evil.example.net/a?token=secret', policy);
    expect(!r.ok && r.refusal.message).toMatch(/^evil\.example\.net is not among the hosts this portfolio may call: an admin adds it/);
    expect(!r.ok && r.refusal.message).not.toContain('secret');
  });

  it('refuses private, loopback, link-local and metadata addresses written into the URL, even if allowed', () => {
    const everything = portfolioPolicy({ allowedHosts: ['*.example.com'] });
    for (const url of ['https://10.0.0.1/', 'https://127.0.0.1/', 'https://[::1]/', 'https://169.254.169.254/latest/meta-data', 'https://[fd00:ec2::254]/', 'https://100.64.0.1/', 'https://[fd00::1]/', 'https://localhost/', 'https://2852039166/', 'https://0x7f.1/']) {
      expect(refusal(url, everything), url).toBe('address');
    }
    const r = checkUrl('https://169.254.169.254/', policy);
    expect(!r.ok && r.refusal.message).toBe('169.254.169.254 is a cloud metadata address: Kairos never calls loopback, private, link-local or metadata addresses');
  });

  it('calls a public address only when it is allowed', () => {
    expect(checkUrl('https://9.9.9.9/hook', policy).ok).toBe(true);
    expect(refusal('https://8.8.4.4/hook')).toBe('host-not-allowed');
  });

  it('refuses credentials in the URL', () => {
    expect(refusal('https://user:pw@hooks.example.com/')).toBe('credentials');
  });

  it('lets tests reach loopback over http only through the test allowance, and nothing private besides', () => {
    expect(checkUrl('http://127.0.0.1:4321/hook', forTests).ok).toBe(true);
    expect(checkUrl('http://localhost:4321/hook', forTests).ok).toBe(true);
    expect(checkUrl('http://[::1]:4321/hook', forTests).ok).toBe(true);
    expect(refusal('http://127.0.0.1:4321/hook')).toBe('scheme');
    expect(refusal('http://10.0.0.1/', forTests)).toBe('scheme');
    expect(refusal('https://169.254.169.254/', forTests)).toBe('address');
    expect(refusal('https://hooks.example.com/', forTests)).toBe('host-not-allowed');
  });

  it('describes a URL without its query string or credentials', () => {
    expect(describeUrl('https://u:p@hooks.example.com:8443/a/b?token=s#f')).toBe('https://hooks.example.com:8443/a/b');
    expect(describeUrl('file:///etc/passwd')).toBe('file: URL');
  });
});

describe('checkHost (SMTP and other non-URL destinations)', () => {
  it('allows a named host on the list and refuses others and private addresses', () => {
    const smtp = portfolioPolicy({ allowedHosts: ['smtp.example.com'] });
    expect(checkHost('smtp.example.com', smtp)).toEqual({ ok: true, host: 'smtp.example.com' });
    expect(checkHost('smtp.other.com', smtp)).toMatchObject({ ok: false, refusal: { code: 'host-not-allowed' } });
    expect(checkHost('192.168.0.5', smtp)).toMatchObject({ ok: false, refusal: { code: 'address' } });
    expect(checkHost('127.0.0.1', forTests)).toEqual({ ok: true, host: '127.0.0.1' });
  });
});

describe('allowed host entries', () => {
  it('accepts names, subdomain patterns and public addresses, normalized', () => {
    expect(outboundSettingsSchema.parse({ allowedHosts: [' Hooks.Example.com. ', '*.crm.example.org', '9.9.9.9'] })).toEqual({ allowedHosts: ['hooks.example.com', '*.crm.example.org', '9.9.9.9'] });
    expect(outboundSettingsSchema.parse({})).toEqual({ allowedHosts: [] });
  });

  it('says what is wrong with an entry that cannot be used', () => {
    expect(hostPatternProblem('10.0.0.5')).toMatch(/private network address: Kairos never calls such addresses/);
    expect(hostPatternProblem('*.com')).toMatch(/whole top-level domain/);
    expect(hostPatternProblem('*')).toMatch(/not a host name pattern/);
    expect(hostPatternProblem('hooks.*.example.com')).toMatch(/only a leading "\*\."/);
    expect(hostPatternProblem('https://hooks.example.com/x')).toMatch(/without scheme, port or path/);
    expect(hostPatternProblem('intranet')).toMatch(/full name/);
    const parsed = outboundSettingsSchema.safeParse({ allowedHosts: ['ok.example.com', '169.254.169.254'] });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['allowedHosts.1', expect.stringMatching(/^169\.254\.169\.254 is a cloud metadata address/)]]);
  });

  it('matches a subdomain pattern below the name only, never the name itself or a lookalike', () => {
    expect(hostMatches('a.example.com', ['*.example.com'])).toBe(true);
    expect(hostMatches('example.com', ['*.example.com'])).toBe(false);
    expect(hostMatches('badexample.com', ['*.example.com'])).toBe(false);
    expect(hostMatches('example.com.evil.net', ['*.example.com', 'example.com'])).toBe(false);
  });
});
