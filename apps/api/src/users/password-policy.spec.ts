import { DomainError, passwordProblems, passwordVerdict, type PasswordGuesser, type PasswordOwner, type PasswordRule } from '@lab/domain';
import { assertPasswordAllowed, passwordGuesser } from './password-policy';

// The rule of libs/domain with the estimator the API and the dashboard load (zxcvbn-ts, common and English).
const owner: PasswordOwner = { email: 'sanne.devries@gemeente.example', name: 'Sanne de Vries' };
let guesser: PasswordGuesser;
beforeAll(async () => { guesser = await passwordGuesser(); });

describe('passwords that may not be set', () => {
  it.each<[string, PasswordRule]>([
    ['aaaaaaaaaa', 'password_guessable'],
    ['1234567890', 'password_common'],
    ['password12', 'password_common'],
    ['qwertyuiop', 'password_common'],
    ['sanne.devries@gemeente.example', 'password_own_email'],
    ['meedoenwerkt', 'password_product_name'],
    // Variations on the same themes.
    ['Sanne.deVries', 'password_own_name'],
    ['SanneDeVries1!', 'password_own_name'],
    ['sanne.devries', 'password_own_name'], // the address's local part is the name: the name is said
    ['s.devries@gemeente', 'password_own_email'],
    ['Meedoen-Werkt!2026', 'password_product_name'],
    ['meedoen-werkt-demo', 'password_product_name'],
    ['Participatielab1', 'password_product_name'],
    ['Amsterdam2024!', 'password_product_name'],
    ['@msterd@m2024', 'password_product_name'],
    ['QWERTYUIOP', 'password_common'],
    ['1qaz2wsx3edc', 'password_common'],
    ['Password123!', 'password_guessable'],
    ['p4ssw0rd12', 'password_guessable'],
    ['abcdefghij', 'password_guessable'],
    ['1111111111', 'password_guessable'],
    ['welkom1234', 'password_guessable'],
    ['korter', 'password_too_short'],
    ['x'.repeat(201), 'password_too_long'],
  ])('%s: %s', (password, rule) => {
    expect(passwordProblems(password, owner, guesser)).toEqual({ password: rule });
    expect(passwordVerdict(password, owner, guesser).score).toBeLessThanOrEqual(1);
  });
});

describe('passwords that may be set', () => {
  it.each([
    'correct horse battery staple',
    'fiets-tulp-gracht-regen',
    'een-goed-wachtwoord',
    'zeven blauwe olifanten dansen',
    // A name inside a passphrase that stands without it.
    'sanne zingt elke ochtend onder de douche',
    'first-password-1',
    'Ik fiets elke dag 12 km door de regen',
    'x9!Kp#2mQ@vL7',
    'lange zin met accenten: café crème brûlée',
  ])('%s', (password) => {
    const verdict = passwordVerdict(password, owner, guesser);
    expect(verdict.problem).toBeNull();
    expect(verdict.score).toBeGreaterThanOrEqual(2);
  });

  it('estimates even the longest password allowed in well under a second', () => {
    for (const password of ['aB3$'.repeat(50), 'x9!'.repeat(66), '4@3!1|0$5+7'.repeat(18)]) {
      const started = performance.now();
      passwordVerdict(password, owner, guesser);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});

describe('assertPasswordAllowed', () => {
  it('refuses with a field error naming password and the reason', async () => {
    const error = await assertPasswordAllowed('qwertyuiop', owner).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', details: { errors: { password: expect.stringMatching(/^is one of the most common passwords/) } } });
    expect((error as DomainError).message).toMatch(/^Invalid user: password is one of the most common passwords/);
  });

  it('lets a good password pass', async () => {
    await expect(assertPasswordAllowed('zeven blauwe olifanten dansen', owner)).resolves.toBeUndefined();
  });
});
