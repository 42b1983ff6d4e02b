/** Signing in and out, and what a role may not do, in both languages. */
export const messages = {
  nl: {
    auth: {
      login: {
        title: 'Inloggen',
        intro: 'Meedoen Werkt – labvolger. Log in met uw e-mailadres en wachtwoord.',
        email: 'E-mail',
        password: 'Wachtwoord',
        submit: 'Inloggen',
        errors: {
          invalid: 'Het e-mailadres of het wachtwoord klopt niet.',
          too_many: 'Te veel mislukte pogingen met dit e-mailadres. Wacht een kwartier en probeer het dan opnieuw.',
          failed: 'Inloggen is niet gelukt. Probeer het later opnieuw.',
        },
      },
      session: {
        expired: 'Uw sessie is verlopen. Log opnieuw in.',
      },
      forbidden: 'Dit mag u met uw rol niet doen.',
      gate: {
        not_allowed: 'Alleen het focusteam en beheerders nemen fasebesluiten.',
        reopen_admin_only: 'Alleen een beheerder kan een gestopt project heropenen.',
      },
    },
  },
  en: {
    auth: {
      login: {
        title: 'Sign in',
        intro: 'Meedoen Werkt – lab tracker. Sign in with your e-mail address and password.',
        email: 'E-mail',
        password: 'Password',
        submit: 'Sign in',
        errors: {
          invalid: 'The e-mail address or the password is wrong.',
          too_many: 'Too many failed attempts for this e-mail address. Wait a quarter of an hour, then try again.',
          failed: 'Signing in did not work. Please try again later.',
        },
      },
      session: {
        expired: 'Your session has expired. Please sign in again.',
      },
      forbidden: 'Your role does not allow this.',
      gate: {
        not_allowed: 'Only the focus team and administrators decide on phase gates.',
        reopen_admin_only: 'Only an administrator can reopen a stopped project.',
      },
    },
  },
};
