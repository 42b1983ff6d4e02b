/**
 * The i18n provider's translate and locale, for code outside React components (the data provider's error
 * messages, CSV exports). Set once by App; kept here so that those modules need not import the providers.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

let current: { translate: Translate; locale: () => string } = {
  translate: (key, options) => (typeof options?._ === 'string' ? options._ : key),
  locale: () => 'nl',
};

export function setTranslator(translate: Translate, locale: () => string): void {
  current = { translate, locale };
}

export const translate: Translate = (key, options) => current.translate(key, options);
export const currentLocale = (): string => current.locale();
