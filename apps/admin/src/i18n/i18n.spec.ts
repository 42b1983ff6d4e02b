import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import englishImport from 'ra-language-english';
import dutchImport from 'ra-language-dutch';
import { appMessages } from './app-messages';
import { raDutchV5 } from './ra-nl-v5';
import { messages as dashboardMessages } from '../dashboard/i18n';
import { PASSWORD_RULE_WORDS } from '@lab/domain';

// Every label of the interface exists in Dutch and in English: a missing key would show as raw text.
type Tree = { [key: string]: string | Tree };

// The Dutch package is CommonJS: under jest's native ESM its messages arrive as `default`.
const unwrap = (m: object) => ((m as { default?: object }).default ?? m) as Tree;
const englishMessages = unwrap(englishImport);
const dutchMessagesV4 = unwrap(dutchImport);

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const src = join(process.cwd(), 'apps/admin/src');
const folders = readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(src, d.name, 'i18n.ts')));

describe('translations', () => {
  it('cover every react-admin 5 message in Dutch', () => {
    const dutch = new Set([...keys(dutchMessagesV4), ...keys(raDutchV5)]);
    expect(keys(englishMessages).filter((k) => !dutch.has(k))).toEqual([]);
  });

  it('give the app and the dashboard the same keys in both languages', () => {
    expect(keys(appMessages.nl).sort()).toEqual(keys(appMessages.en).sort());
    expect(keys(dashboardMessages.nl).sort()).toEqual(keys(dashboardMessages.en).sort());
  });

  it('word every refusal of the password rule in both languages', () => {
    for (const language of [appMessages.nl, appMessages.en]) {
      expect(Object.keys(language.app.password.rules).sort()).toEqual(Object.keys(PASSWORD_RULE_WORDS).sort());
    }
  });

  it.each(folders.map((d) => d.name))('give %s the same keys in both languages', async (folder) => {
    const { messages } = (await import(join(src, folder, 'i18n.ts'))) as { messages: { nl: Tree; en: Tree } };
    expect(keys(messages.nl).sort()).toEqual(keys(messages.en).sort());
    expect(keys(messages.nl).length).toBeGreaterThan(0);
  });
});
