import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import dutchMessagesV4 from 'ra-language-dutch';
import { mergeTranslations } from 'react-admin';
import { messages as authMessages } from '../auth/i18n';
import { messages as calendarFeedMessages } from '../calendar-feeds/i18n';
import { messages as dashboardMessages } from '../dashboard/i18n';
import { resourceMessages } from '../resources';
import { messages as quarterMessages } from '../quarters/i18n';
import { messages as evidenceMessages } from '../evidence/i18n';
import { messages as reportMessages } from '../reports/i18n';
import { messages as correctionMessages } from '../reports/corrections-i18n';
import { messages as reviewMessages } from '../reviews/i18n';
import { appMessages } from './app-messages';
import { raDutchV5 } from './ra-nl-v5';

export const messages = {
  nl: mergeTranslations(dutchMessagesV4, raDutchV5, appMessages.nl, authMessages.nl, dashboardMessages.nl, resourceMessages.nl, reviewMessages.nl, quarterMessages.nl, reportMessages.nl, correctionMessages.nl, evidenceMessages.nl, calendarFeedMessages.nl),
  en: mergeTranslations(englishMessages, appMessages.en, authMessages.en, dashboardMessages.en, resourceMessages.en, reviewMessages.en, quarterMessages.en, reportMessages.en, correctionMessages.en, evidenceMessages.en, calendarFeedMessages.en),
};

export type Locale = keyof typeof messages;

/** Dutch first; English one click away (the choice is remembered by react-admin's store). */
export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[(locale as Locale) in messages ? (locale as Locale) : 'nl'],
  'nl',
  [
    { locale: 'nl', name: 'Nederlands' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: false },
);
