import { inWords, passwordProblems, type PasswordGuesser, type PasswordOwner } from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';

/**
 * zxcvbn-ts with its common and English dictionaries: the same options as the dashboard's
 * (apps/admin/src/common/password-guesser.ts), so that both judge a password alike.
 * Only the first 64 characters are estimated and look-alikes are tried at most 10 at a time: a
 * 200-character password otherwise keeps the event loop busy for a second.
 */
async function loadGuesser(): Promise<PasswordGuesser> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    maxLength: 64,
    l33tMaxSubstitutions: 10,
  });
}

let loading: Promise<PasswordGuesser> | null = null;

/** The estimator, loaded once, on first use (its word lists take some 25 MB of heap). */
export function passwordGuesser(): Promise<PasswordGuesser> {
  loading ??= loadGuesser().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * Refuses a password that may not be set (libs/domain `passwordProblems`) with a 400 naming `field`
 * and the reason. Every route that sets a password calls it, with the account's e-mail and name as they
 * will be once the change is saved.
 */
export async function assertPasswordAllowed(password: string, owner: PasswordOwner, what = 'user', field = 'password'): Promise<void> {
  const problems = inWords(passwordProblems(password, owner, await passwordGuesser()));
  throwFieldErrors(what, problems.password ? { [field]: problems.password } : {});
}
