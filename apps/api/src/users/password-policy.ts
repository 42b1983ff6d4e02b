import { inWords, loadedOnce, PASSWORD_GUESSER_LIMITS, passwordProblems, type PasswordGuesser, type PasswordOwner } from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';

/**
 * zxcvbn-ts with its common and English dictionaries: the same options as the dashboard's
 * (apps/admin/src/common/password-guesser.ts), so that both judge a password alike, with the same
 * bounds (PASSWORD_GUESSER_LIMITS).
 */
async function loadGuesser(): Promise<PasswordGuesser> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    ...PASSWORD_GUESSER_LIMITS,
  });
}

/** The estimator, loaded once, on first use (its word lists take some 25 MB of heap). */
export const passwordGuesser = loadedOnce(loadGuesser);

/**
 * Refuses a password that may not be set (libs/domain `passwordProblems`) with a 400 naming `field`
 * and the reason. Every route that sets a password calls it, with the account's e-mail and name as they
 * will be once the change is saved.
 */
export async function assertPasswordAllowed(password: string, owner: PasswordOwner, what = 'user', field = 'password'): Promise<void> {
  const problems = inWords(passwordProblems(password, owner, await passwordGuesser()));
  throwFieldErrors(what, problems.password ? { [field]: problems.password } : {});
}
