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
          too_many: 'Te veel pogingen met dit e-mailadres. Wacht een kwartier en probeer het dan opnieuw. Op een apparaat waarop u eerder inlogde, kunt u het meteen weer proberen.',
          too_many_requests: 'Te veel aanvragen vanaf dit adres. Wacht een minuut en probeer het dan opnieuw.',
          busy: 'De server is even druk. Probeer het over een paar seconden opnieuw.',
          failed: 'Inloggen is niet gelukt. Probeer het later opnieuw.',
        },
      },
      session: {
        expired: 'Uw sessie is verlopen of beëindigd. Log opnieuw in.',
      },
      password: {
        menu: 'Wachtwoord wijzigen',
        title: 'Wachtwoord wijzigen',
        intro: 'Na het wijzigen wordt u overal anders uitgelogd; hier blijft u ingelogd.',
        current: 'Huidig wachtwoord',
        new: 'Nieuw wachtwoord',
        repeat: 'Nieuw wachtwoord, nog een keer',
        submit: 'Wachtwoord wijzigen',
        changed: 'Uw wachtwoord is gewijzigd. Andere sessies zijn beëindigd.',
        errors: {
          current: 'Het huidige wachtwoord klopt niet.',
          new: 'Dit wachtwoord kan niet: kies een ander (zie de uitleg bij het veld).',
          repeat: 'Dit is niet hetzelfde als het nieuwe wachtwoord.',
          failed: 'Het wijzigen is niet gelukt. Probeer het later opnieuw.',
        },
      },
      forbidden: 'Dit mag u met uw rol niet doen.',
      no_edit_access: 'U kunt dit record niet bewerken: het hoort bij een project waarvan u geen teamlid bent. U ziet het hier alleen.',
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
          too_many: 'Too many attempts for this e-mail address. Wait a quarter of an hour, then try again. On a device where you signed in before, you can try again at once.',
          too_many_requests: 'Too many requests from this address. Wait a minute, then try again.',
          busy: 'The server is busy for a moment. Please try again in a few seconds.',
          failed: 'Signing in did not work. Please try again later.',
        },
      },
      session: {
        expired: 'Your session has expired or ended. Please sign in again.',
      },
      password: {
        menu: 'Change password',
        title: 'Change password',
        intro: 'After the change you are signed out everywhere else; here you stay signed in.',
        current: 'Current password',
        new: 'New password',
        repeat: 'New password, once more',
        submit: 'Change password',
        changed: 'Your password has been changed. Other sessions have ended.',
        errors: {
          current: 'The current password is wrong.',
          new: 'This password cannot be used: choose another (see the note with the field).',
          repeat: 'This is not the same as the new password.',
          failed: 'The change did not work. Please try again later.',
        },
      },
      forbidden: 'Your role does not allow this.',
      no_edit_access: 'You cannot edit this record: it belongs to a project whose team you are not on. You can only view it here.',
      gate: {
        not_allowed: 'Only the focus team and administrators decide on phase gates.',
        reopen_admin_only: 'Only an administrator can reopen a stopped project.',
      },
    },
  },
};
