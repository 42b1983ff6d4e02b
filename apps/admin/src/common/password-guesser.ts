import { loadedOnce, PASSWORD_GUESSER_LIMITS, type PasswordGuesser } from '@lab/domain';

/**
 * zxcvbn-ts with its common and English dictionaries: the same options as the API's
 * (apps/api/src/users/password-policy.ts), so that the dashboard refuses what the API refuses. Its word
 * lists are some 1.6 MB: they are fetched as chunks of their own when a password field is first shown,
 * so that neither the sign-in page nor the first paint carries them.
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

/** The estimator, loaded once per page; a failed load is tried again next time. */
export const passwordGuesser = loadedOnce(loadGuesser);
