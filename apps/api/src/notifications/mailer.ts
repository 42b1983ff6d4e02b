import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Transporter } from 'nodemailer';

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

export interface MailSettings {
  smtpUrl: string | null;
  from: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Sent as the Message-ID's local part and a header, so a mail server (and a test) can tell duplicates. */
  key: string;
}

/**
 * Mail over SMTP (SMTP_URL, from MAIL_FROM). Without SMTP_URL nothing is sent: notices stay in the outbox.
 * nodemailer (3 MB of heap) loads with the first mail, not with every replica's start.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private transport: Promise<Transporter> | null = null;

  constructor(@Inject(MAIL_SETTINGS) private readonly settings: MailSettings) {}

  get enabled(): boolean {
    return this.settings.smtpUrl !== null;
  }

  async send(mail: Mail): Promise<void> {
    const { smtpUrl } = this.settings;
    if (!smtpUrl) throw new Error('No SMTP_URL is configured');
    this.transport ??= import('nodemailer').then(({ createTransport }) => createTransport(smtpUrl)).catch((error: unknown) => {
      this.transport = null; // the next mail tries again
      throw error;
    });
    await (await this.transport).sendMail({
      from: this.settings.from, to: mail.to, subject: mail.subject, text: mail.text,
      headers: { 'X-Notification-Key': mail.key },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    // A transport that could not be made has nothing to close.
    (await this.transport?.catch(() => null))?.close();
  }
}
