import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data on port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: null, demoData: true, embeddedPgPort: 54329, admin: null, nodeEnv: 'development' });
    expect(c.dataDir.endsWith('/.data')).toBe(true);
  });

  it('starts a real deployment empty: no demo data with DATABASE_URL unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/lab' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/lab', DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('reads the first admin', () => {
    expect(loadConfig({ ADMIN_EMAIL: 'a@example.org', ADMIN_PASSWORD: 'correct horse' }).admin).toEqual({ email: 'a@example.org', password: 'correct horse' });
  });

  it('keeps notices in the outbox without SMTP_URL, and sends them from MAIL_FROM with it', () => {
    expect(loadConfig({}).mail.smtpUrl).toBeNull();
    const c = loadConfig({ SMTP_URL: 'smtp://u:p@mail.example.org:587', MAIL_FROM: 'Meedoen Werkt <noreply@example.org>', PUBLIC_URL: 'https://lab.example.org/' });
    expect(c.mail).toEqual({ smtpUrl: 'smtp://u:p@mail.example.org:587', from: 'Meedoen Werkt <noreply@example.org>' });
    expect(c.publicUrl).toBe('https://lab.example.org');
    expect(loadConfig({ PORT: '3900' }).publicUrl).toBe('http://localhost:3900');
  });

  it.each<[string | undefined, false | number | string[]]>([
    [undefined, false],
    ['', false],
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 172.16.0.1,fd00::/8', ['10.0.0.0/8', '172.16.0.1', 'fd00::/8']],
  ])('reads TRUST_PROXY=%j as %j (who may tell the client address in X-Forwarded-For)', (raw, expected) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ EMBEDDED_PG_PORT: '0' }, /EMBEDDED_PG_PORT/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ DATABASE_URL: 'mysql://u@h/db' }, /must start with postgres:\/\//],
    [{ DATABASE_URL: 'postgres://u@h' }, /names no database/],
    [{ DEMO_DATA: 'maybe' }, /DEMO_DATA must be true or false/],
    [{ ADMIN_EMAIL: 'a@example.org' }, /go together/],
    [{ ADMIN_PASSWORD: 'long enough pw' }, /go together/],
    [{ ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: 'long enough pw' }, /not an e-mail address/],
    [{ ADMIN_EMAIL: 'a@example.org', ADMIN_PASSWORD: 'short' }, /at least 10 characters/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV must be/],
    [{ TRUST_PROXY: 'true' }, /would let every client choose its own address/],
    [{ TRUST_PROXY: '11' }, /between 0 and 10/],
    [{ TRUST_PROXY: 'proxy.example.org' }, /"proxy.example.org" is none of these/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /"10.0.0.0\/33" is none of these/],
    [{ SMTP_URL: 'mail.example.org' }, /SMTP_URL is not a valid URL/],
    [{ SMTP_URL: 'http://mail.example.org', MAIL_FROM: 'a@example.org' }, /must start with smtp:\/\//],
    [{ SMTP_URL: 'smtp://mail.example.org:587' }, /MAIL_FROM is required with SMTP_URL/],
    [{ SMTP_URL: 'smtp://mail.example.org:587', MAIL_FROM: 'Meedoen Werkt' }, /MAIL_FROM must be an e-mail address/],
    [{ PUBLIC_URL: 'lab.example.org' }, /PUBLIC_URL is not a valid URL/],
    [{ JOBS_POLLING_SECONDS: '0.1' }, /JOBS_POLLING_SECONDS must be a number of seconds from 0.5/],
    [{ MAIL_RETRY_LIMIT: '-1' }, /MAIL_RETRY_LIMIT/],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
