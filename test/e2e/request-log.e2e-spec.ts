import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The request log's lines, read back. A file of its own: nestjs-pino keeps one pino-http instance per process
 * (module), made by the first app, so an app whose logs a test reads must be the first of its file.
 */
type Body = Record<string, any>;
let logged: TestApp;
const raw: string[] = [];
const destination = { write: (chunk: string) => { raw.push(...chunk.split('\n').filter(Boolean)); } };

beforeAll(async () => {
  // TRUST_PROXY at its default (off): X-Forwarded-For is ignored and the address is the connection's own.
  logged = await createTestApp({ env: { LOG_LEVEL: 'info' }, logDestination: destination });
});
afterAll(async () => { await logged?.close(); });

describe('a request log line', () => {
  /** The line that closes the request (pino-http's, with the status), as written and as parsed. */
  async function lineOf(requestId: string): Promise<{ text: string; line: Body }> {
    for (let i = 0; i < 50; i++) {
      const text = raw.find((l) => l.includes(`"${requestId}"`) && l.includes('"res":'));
      if (text) return { text, line: JSON.parse(text) };
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no request log line with reqId ${requestId}`);
  }

  it('carries the request id, the user and the client address, each once', async () => {
    const res = await logged.http.get('/api/labs').set('X-Forwarded-For', '198.51.100.1');
    expect(res.status).toBe(200);
    const requestId = res.headers['x-request-id'];
    const { text, line } = await lineOf(requestId);
    expect(line).toMatchObject({ reqId: requestId, userId: logged.userId, clientAddress: '127.0.0.1', res: { statusCode: 200 } });
    expect(line.req).toEqual({ id: requestId, method: 'GET', url: '/api/labs' });
    // pino writes a child logger's fields as text: a field added twice would be in the line twice.
    for (const key of ['reqId', 'userId', 'clientAddress']) expect(text.split(`"${key}":`).length - 1).toBe(1);
  });

  it('says who was refused: nobody, for a request without a token', async () => {
    const res = await logged.anonymous.get('/api/labs').set('X-Request-Id', 'log-refused-1');
    expect(res.status).toBe(401);
    expect((await lineOf('log-refused-1')).line).toMatchObject({ reqId: 'log-refused-1', userId: null, clientAddress: '127.0.0.1', res: { statusCode: 401 } });
  });
});
