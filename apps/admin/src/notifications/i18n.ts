export const messages = {
  nl: {
    resources: {
      notifications: {
        name: 'Bericht |||| Berichten',
        fields: {
          id: 'Nummer', userId: 'Ontvanger', kind: 'Soort', subject: 'Onderwerp', status: 'Status', lastError: 'Reden', attempts: 'Pogingen',
          queuedAt: 'Klaargezet', sentAt: 'Verzonden', delivery: 'Bezorging', language: 'Taal', body: 'Tekst', link: 'Link',
          queuedAt_gte: 'Klaargezet vanaf', queuedAt_lte: 'Klaargezet tot',
        },
        help: 'Berichten gaan per e-mail. Zonder mailserver (SMTP_URL) worden ze alleen bewaard, met de status "bewaard".',
        preferences: {
          title: 'Berichten instellen',
          menu: 'Berichten instellen',
          intro: 'Kies per soort bericht: meteen per e-mail, gebundeld in één dagelijks overzicht, of uit. Berichten komen in de taal die u hier kiest.',
          language: 'Taal van berichten',
          saved: 'Uw keuzes zijn bewaard.',
        },
      },
    },
    enums: {
      notification_kind: {
        measurement_returned: 'Meting teruggestuurd', reminder_before_due: 'Herinnering voor de inleverdatum',
        reminder_after_due: 'Herinnering na de inleverdatum', values_submitted: 'Ingediende waarden van de dag',
        freeze_reminder: 'Herinnering voor het bevriezen van de rapportage',
      },
      notification_status: { queued: 'In de wachtrij', sent: 'Verzonden', failed: 'Mislukt', kept: 'Bewaard (geen mailserver)' },
      notification_delivery: { at_once: 'Meteen', daily_digest: 'Dagelijks overzicht', off: 'Uit' },
      language: { nl: 'Nederlands', en: 'Engels' },
    },
  },
  en: {
    resources: {
      notifications: {
        name: 'Notice |||| Notices',
        fields: {
          id: 'Number', userId: 'Recipient', kind: 'Kind', subject: 'Subject', status: 'Status', lastError: 'Reason', attempts: 'Attempts',
          queuedAt: 'Queued', sentAt: 'Sent', delivery: 'Delivery', language: 'Language', body: 'Text', link: 'Link',
          queuedAt_gte: 'Queued from', queuedAt_lte: 'Queued until',
        },
        help: 'Notices go out by e-mail. Without a mail server (SMTP_URL) they are only kept, with the status "kept".',
        preferences: {
          title: 'Notice settings',
          menu: 'Notice settings',
          intro: 'Choose per kind of notice: at once by e-mail, gathered in one daily digest, or off. Notices come in the language you choose here.',
          language: 'Language of notices',
          saved: 'Your choices have been saved.',
        },
      },
    },
    enums: {
      notification_kind: {
        measurement_returned: 'Measurement returned', reminder_before_due: 'Reminder before the due date',
        reminder_after_due: 'Reminder after the due date', values_submitted: 'Values submitted that day',
        freeze_reminder: 'Reminder before the report is frozen',
      },
      notification_status: { queued: 'Queued', sent: 'Sent', failed: 'Failed', kept: 'Kept (no mail server)' },
      notification_delivery: { at_once: 'At once', daily_digest: 'Daily digest', off: 'Off' },
      language: { nl: 'Dutch', en: 'English' },
    },
  },
};
