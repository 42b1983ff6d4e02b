import {
  passwordBasicProblem, passwordProblems, passwordUserInputs, passwordVerdict, type PasswordGuesser, type PasswordMatch,
  type PasswordOwner, type PasswordRule,
} from './passwords';
import { inWords } from './record-rules';

// The rule's own part, with a stand-in for the estimator (the API's spec runs it with zxcvbn-ts itself).
const owner: PasswordOwner = { email: 'j.van.dijk@buurtwerk.example', name: 'Jan van Dijk' };
const guesser = (score: number, sequence: PasswordMatch[] = []): PasswordGuesser => ({ check: () => ({ score, sequence }) });

describe('passwordBasicProblem', () => {
  it.each<[string, PasswordRule | null]>([
    ['123456789', 'password_too_short'],
    ['1234567890', null],
    ['x'.repeat(200), null],
    ['x'.repeat(201), 'password_too_long'],
    // The user's own name, whole or in parts, in any case, with or without separators and look-alikes.
    ['janvandijk', 'password_own_name'],
    ['Jan van Dijk!', 'password_own_name'],
    ['J4n-v4n-D1jk', 'password_own_name'],
    ['dijkdijkdijk', 'password_own_name'],
    ['dijk2024!!', 'password_own_name'],
    // The e-mail address, its local part and its parts, and the organisation in its domain.
    ['j.van.dijk@buurtwerk.example', 'password_own_email'],
    ['J.van.Dijk@BUURTWERK.example', 'password_own_email'],
    ['buurtwerk2024', 'password_own_email'],
    // The product's words.
    ['meedoenwerkt', 'password_product_name'],
    ['Meedoen Werkt!', 'password_product_name'],
    ['MEEDOEN_werkt_2026', 'password_product_name'],
    ['participatielab', 'password_product_name'],
    ['Amsterdam1234', 'password_product_name'],
    ['amsterdammokum', 'password_product_name'],
    ['labvolger12', 'password_product_name'],
    // Such a word inside a password that stands on its own without it.
    ['jan fietst elke ochtend langs het water', null],
    ['amsterdam heeft honderd bruggen en meer', null],
    // Words of two letters (de, nl) and name particles (van, der) are no reason.
    ['vandevanderdevan', null],
  ])('%s: %s', (password, rule) => {
    expect(passwordBasicProblem(password, owner)).toBe(rule);
  });

  it('needs no name or address', () => {
    expect(passwordBasicProblem('meedoenwerkt', {})).toBe('password_product_name');
    expect(passwordBasicProblem('correct horse battery staple', { email: null, name: null })).toBeNull();
    expect(passwordBasicProblem('sanne12345', { email: 'not-an-address', name: '' })).toBeNull();
  });
});

describe('passwordVerdict', () => {
  const common: PasswordMatch = { pattern: 'dictionary', dictionaryName: 'passwords-common', i: 0, j: 9 };

  const added: PasswordMatch = { pattern: 'bruteforce', i: 10, j: 10 };
  it.each<[string, number, PasswordMatch[], PasswordRule | null, number]>([
    ['a-good-enough-one', 4, [], null, 4],
    ['a-good-enough-one', 2, [], null, 2],
    ['aaaaaaaaaa', 1, [], 'password_guessable', 1],
    ['aaaaaaaaaa', 0, [], 'password_guessable', 0],
    ['qwertyuiop', 0, [common], 'password_common', 0],
    // A common password with something added is not the listed one itself.
    ['qwertyuiop!', 1, [common, added], 'password_guessable', 1],
    ['qwertyuiop!', 3, [common, added], null, 3],
    // A refused password never shows as strong, whatever the estimate.
    ['meedoenwerkt', 4, [], 'password_product_name', 1],
    ['short', 4, [], 'password_too_short', 1],
  ])('%s estimated %d (%j): %s, shown as %d', (password, estimate, sequence, problem, score) => {
    expect(passwordVerdict(password, owner, guesser(estimate, sequence))).toEqual({ problem, score });
    expect(passwordProblems(password, owner, guesser(estimate, sequence))).toEqual(problem ? { password: problem } : {});
  });

  it('gives the estimator the user\'s own words and the product\'s', () => {
    let inputs: (string | number)[] | undefined;
    passwordVerdict('whatever-it-is', owner, { check: (_p, userInputs) => { inputs = userInputs; return { score: 4, sequence: [] }; } });
    expect(inputs).toEqual(passwordUserInputs(owner));
    expect(inputs).toEqual(expect.arrayContaining(['janvandijk', 'dijk', 'jvandijk', 'buurtwerk', 'meedoenwerkt', 'amsterdam']));
    expect(inputs).not.toContain('van');
  });

  it('is worded for the API', () => {
    expect(inWords(passwordProblems('qwertyuiop', owner, guesser(0, [common])))).toEqual({
      password: expect.stringMatching(/^is one of the most common passwords/),
    });
  });
});
