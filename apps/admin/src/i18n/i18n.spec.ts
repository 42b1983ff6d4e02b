import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import englishImport from 'ra-language-english';
import dutchImport from 'ra-language-dutch';
import { appMessages } from './app-messages';
import { raDutchV5 } from './ra-nl-v5';
import { messages as dashboardMessages } from '../dashboard/i18n';
import { FIELD_ERROR_CODES, fieldErrorCodes, fieldErrorParams, PASSWORD_RULE_WORDS } from '@lab/domain';
import { translatedFieldErrors } from '../common/field-errors';

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

  it('word every field error code of the API in both languages, naming only the values the code carries', () => {
    for (const language of [appMessages.nl, appMessages.en]) {
      const words = language.app.field_errors as Record<string, string>;
      expect(Object.keys(words).sort()).toEqual([...FIELD_ERROR_CODES].sort());
      for (const code of FIELD_ERROR_CODES) {
        const placeholders = [...words[code].matchAll(/%\{(\w+)\}/g)].map((m) => m[1]);
        expect({ code, extra: placeholders.filter((p) => !fieldErrorParams(code).includes(p)) }).toEqual({ code, extra: [] });
      }
    }
  });

  it('show the API\'s field errors in the language of the interface', () => {
    const errors = { personId: 'already in use', title: 'title must be shorter than or equal to 200 characters', odd: 'is new' };
    const translator = (tree: Tree) => (key: string, options?: Record<string, unknown>) => {
      const found = key.split('.').reduce<Tree | string | undefined>((node, k) => (typeof node === 'object' ? node[k] : undefined), tree);
      return typeof found === 'string' ? found.replace(/%\{(\w+)\}/g, (_, name: string) => String(options?.[name])) : String(options?._);
    };
    const codes = fieldErrorCodes(errors);
    expect(translatedFieldErrors(errors, codes, translator(appMessages.nl as unknown as Tree))).toEqual({
      personId: 'Al in gebruik: kies een andere waarde.', title: 'Te lang: hoogstens 200 tekens.', odd: 'is new',
    });
    expect(translatedFieldErrors(errors, codes, translator(appMessages.en as unknown as Tree))).toEqual({
      personId: 'Already in use: choose another value.', title: 'Too long: at most 200 characters.', odd: 'is new',
    });
  });

  // A count says "1 indicator" and "2 indicatoren": polyglot picks the form by smart_count.
  const PLURAL_NOUNS = /%\{(\w+)\} (?:\w+ )?(indicatoren|mijlpalen|projecten|metingen|kwartalen|teamleden|dagen|indicators|milestones|projects|measurements|quarters|members|days)\b/;
  /** Counts followed by a word that does not change with the number ("2 Ingediend"). */
  const NO_NOUN = new Set(['quarters.count', 'resources.milestones.summary.overdue']);

  it.each(folders.map((d) => d.name))('give %s a singular and a plural for every count', async (folder) => {
    const { messages } = (await import(join(src, folder, 'i18n.ts'))) as { messages: { nl: Tree; en: Tree } };
    for (const language of [messages.nl, messages.en]) {
      const leaves = (tree: Tree, prefix = ''): [string, string][] =>
        Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
      for (const [key, text] of leaves(language)) {
        if (NO_NOUN.has(key)) continue;
        const counted = text.includes('%{smart_count}') && !text.includes('||||') ? 'no plural form' : null;
        const fixed = PLURAL_NOUNS.exec(text);
        const unpluralled = fixed && fixed[1] !== 'smart_count' ? `"%{${fixed[1]}} ${fixed[2]}" without smart_count` : null;
        expect({ key, problem: counted ?? unpluralled }).toEqual({ key, problem: null });
      }
    }
  });
});
