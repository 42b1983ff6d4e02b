import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

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

/** Mail over SMTP (SMTP_URL, from MAIL_FROM). Without SMTP_URL nothing is sent: notices stay in the outbox. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter | null;

  constructor(@Inject(MAIL_SETTINGS) private readonly settings: MailSettings) {
    this.transport = settings.smtpUrl ? createTransport(settings.smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) throw new Error('No SMTP_URL is configured');
    await this.transport.sendMail({
      from: this.settings.from, to: mail.to, subject: mail.subject, text: mail.text,
      headers: { 'X-Notification-Key': mail.key },
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
