import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  key: string;
}

/**
 * A real SMTP server on a free loopback port, started in the test: what the app sends arrives here over a real
 * connection. `refuse(n, to)` makes it answer the next n messages to that address with a temporary failure (451).
 */
export interface SmtpSink {
  url: string;
  mails: ReceivedMail[];
  refuse(times: number, to: string): void;
  refuseAll(on: boolean): void;
  /** Waits until `count` mails match, then a little longer, and returns them (a duplicate would show). */
  waitFor(match: (m: ReceivedMail) => boolean, count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const refusals = new Map<string, number>();
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const rcpt = session.envelope.rcptTo[0]?.address ?? '';
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const left = refusals.get(rcpt) ?? 0;
        if (refusing || left > 0) {
          refusals.set(rcpt, Math.max(0, left - 1));
          const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          mails.push({
            to: to?.value[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '',
            key: String(mail.headers.get('x-notification-key') ?? ''),
          });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    refuse: (times, to) => { refusals.set(to, times); },
    refuseAll: (on) => { refusing = on; },
    async waitFor(match, count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (mails.filter(match).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      // Long enough for a second send (polling every half second) to have arrived too.
      await new Promise((r) => setTimeout(r, 1500));
      return mails.filter(match);
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
