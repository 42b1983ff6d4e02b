import type { Problems } from './record-rules';

// Which passwords may be set (ASVS 6.2.1, 6.2.4, 6.2.9, 6.2.11, 6.2.12): long enough, not one of the
// passwords guessed first, and not built on what an attacker knows of the account — the user's own name
// and e-mail address, and the product's own words. No composition rules: a few unrelated words pass.
//
// The list of common passwords and the guess estimate come from a strength estimator (zxcvbn-ts with its
// common and English dictionaries), which is a package: the API and the dashboard each load it and pass
// it in as a `PasswordGuesser`, so that this rule stays pure and both sides judge a password alike.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/**
 * Words of the product, its lab and its city, which anyone who knows where the account lives would try
 * first. Compared as letters and digits only, in lower case: "Meedoen-Werkt!" is "meedoenwerkt".
 */
export const PRODUCT_WORDS: readonly string[] = [
  'meedoenwerkt', 'meedoen', 'werkt', 'participatielab', 'participatie', 'labvolger', 'labtracker',
  'amsterdam', 'mokum', 'gemeente',
];

/** A refused password: the user's own words are worse than the product's, which are worse than a pattern. */
export const PASSWORD_RULE_WORDS = {
  password_too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  password_too_long: `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
  password_own_name: "is built on the user's own name: choose words that have nothing to do with them",
  password_own_email: "is built on the user's own e-mail address: choose words that have nothing to do with it",
  password_product_name: 'is built on the name of the product or its city (Meedoen Werkt, Participatielab, Amsterdam): choose other words',
  password_common: 'is one of the most common passwords, which are tried first: choose another, for instance a few unrelated words',
  password_guessable:
    'is easy to guess (a repetition, a sequence such as abc or 123, a row of keys, a date, or a common word with little added): choose a longer one, for instance a few unrelated words',
} as const;
export type PasswordRule = keyof typeof PASSWORD_RULE_WORDS;

/** Whose password it is: what an attacker who targets this account knows of it. */
export interface PasswordOwner {
  email?: string | null;
  name?: string | null;
}

/** One piece of the estimator's explanation of a password: which pattern covers characters i…j. */
export interface PasswordMatch {
  pattern: string;
  i: number;
  j: number;
  dictionaryName?: string;
}

/** What the rule needs of a strength estimator. zxcvbn-ts's `ZxcvbnFactory` fits as it is. */
export interface PasswordGuesser {
  check(password: string, userInputs?: (string | number)[]): { score: number; sequence: readonly PasswordMatch[] };
}

/**
 * How both apps bound the estimator: only the first 64 characters are estimated and look-alikes are tried
 * at most 10 at a time (a 200-character password otherwise takes a second).
 */
export const PASSWORD_GUESSER_LIMITS = { maxLength: 64, l33tMaxSubstitutions: 10 } as const;

/** The estimator, loaded once by `load`; a failed load is tried again on the next call. */
export function loadedOnce(load: () => Promise<PasswordGuesser>): () => Promise<PasswordGuesser> {
  let loading: Promise<PasswordGuesser> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/** zxcvbn's scale: 0 too guessable … 4 very unguessable (under 10^3, 10^6, 10^8, 10^10 guesses, or more). */
export type PasswordScore = 0 | 1 | 2 | 3 | 4;

export interface PasswordVerdict {
  /** Never above 1 when the password is refused, never below 2 when it is accepted. */
  score: PasswordScore;
  /** Why the password is refused; null when it may be set. */
  problem: PasswordRule | null;
}

/** The estimator's common-password list, as zxcvbn-ts's language-common package names it. */
const COMMON_PASSWORDS = 'passwords-common';
/** Scores below this are refused as easy to guess: fewer than 10^6 guesses. */
const MIN_SCORE = 2;

/** Letters and digits only, in lower case and without accents: how the rule compares words. */
function skeleton(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The password with common look-alikes read as letters (p4ssw0rd, @msterd@m), once with 1 as i, once as l. */
function readings(password: string): string[] {
  const leet = (one: string) =>
    skeleton(password.replace(/@/g, 'a').replace(/\$/g, 's')).replace(/[013457]/g, (d) => ({ 0: 'o', 1: one, 3: 'e', 4: 'a', 5: 's', 7: 't' })[d]!);
  return [...new Set([skeleton(password), leet('i'), leet('l')])];
}

/** Dutch and other name particles: part of too many words to refuse a password for. */
const NAME_PARTICLES = new Set(['van', 'der', 'den', 'het', 'ter', 'ten', 'von', 'del', 'della', 'dos', 'das', 'les']);

type OwnRule = 'password_own_name' | 'password_own_email' | 'password_product_name';

/** The words an attacker of this account would try, each with the rule a password built on it breaks. */
function contextWords(owner: PasswordOwner): { word: string; rule: OwnRule }[] {
  const words: { word: string; rule: OwnRule }[] = [];
  const add = (rule: OwnRule, ...texts: string[]) => {
    for (const text of texts) {
      const word = skeleton(text);
      // Two letters ("de", "nl") are part of too many words to refuse a password for.
      if (word.length >= 3 && !NAME_PARTICLES.has(word)) words.push({ word, rule });
    }
  };
  const name = owner.name?.trim() ?? '';
  if (name) add('password_own_name', name, ...name.split(/[\s\-'’.]+/));
  const email = owner.email?.trim() ?? '';
  if (email) {
    const at = email.lastIndexOf('@');
    const local = at > 0 ? email.slice(0, at) : email;
    const domainLabels = at > 0 ? email.slice(at + 1).split('.').slice(0, -1) : [];
    add('password_own_email', email, local, ...local.split(/[._+-]+/), ...domainLabels);
  }
  add('password_product_name', ...PRODUCT_WORDS);
  // Longest first: a password that is the whole address is refused for the address, not for a part of it.
  return words.sort((a, b) => b.word.length - a.word.length);
}

/**
 * The user's own words and the product's in a password: refused when what is left without them is
 * shorter than the minimum, so that "Amsterdam2024!" is refused and a long passphrase that happens to
 * contain a name is not.
 */
function builtOnContext(password: string, owner: PasswordOwner): OwnRule | null {
  const words = contextWords(owner);
  for (const reading of readings(password)) {
    let rest = reading;
    let first: OwnRule | null = null;
    for (const { word, rule } of words) {
      if (!rest.includes(word)) continue;
      first ??= rule;
      rest = rest.split(word).join('');
    }
    if (first && rest.length < PASSWORD_MIN_LENGTH) return first;
  }
  return null;
}

/** The part of the rule that needs no word lists: length, the user's own name and e-mail, the product's words. */
export function passwordBasicProblem(password: string, owner: PasswordOwner): PasswordRule | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'password_too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'password_too_long';
  return builtOnContext(password, owner);
}

/** The words to give the estimator as the user's own: it then counts them as guessed at once. */
export function passwordUserInputs(owner: PasswordOwner): string[] {
  return [...new Set(contextWords(owner).map(({ word }) => word))];
}

/** Whether a password may be set, and how strong it is (for a strength meter). */
export function passwordVerdict(password: string, owner: PasswordOwner, guesser: PasswordGuesser): PasswordVerdict {
  const guess = guesser.check(password, passwordUserInputs(owner));
  const score = Math.max(0, Math.min(4, Math.round(guess.score))) as PasswordScore;
  const problem = passwordBasicProblem(password, owner) ?? guessProblem(password, guess.sequence, score);
  return { score: problem ? (Math.min(score, 1) as PasswordScore) : score, problem };
}

function guessProblem(password: string, sequence: readonly PasswordMatch[], score: PasswordScore): PasswordRule | null {
  // The whole password is on the list (in any case, reversed or in look-alikes): say so, it is the plainer reason.
  const [only] = sequence;
  if (sequence.length === 1 && only.pattern === 'dictionary' && only.dictionaryName === COMMON_PASSWORDS && only.i === 0 && only.j >= password.length - 1) {
    return 'password_common';
  }
  return score < MIN_SCORE ? 'password_guessable' : null;
}

/** The rule as a record rule: `{ password: rule }` when refused, `{}` when the password may be set. */
export function passwordProblems(password: string, owner: PasswordOwner, guesser: PasswordGuesser): Problems {
  const { problem } = passwordVerdict(password, owner, guesser);
  return problem ? { password: problem } : {};
}
