export const messages = {
  nl: {
    resources: {
      users: {
        name: 'Gebruiker |||| Gebruikers',
        fields: {
          id: 'Nummer', name: 'Naam', email: 'E-mailadres (aanmelden)', role: 'Rol', active: 'Status', personId: 'Gekoppelde persoon', language: 'Taal van berichten',
          createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd', password: 'Wachtwoord', newPassword: 'Nieuw wachtwoord',
        },
        active: { true: 'Actief', false: 'Uitgeschakeld' },
        helper: {
          email: 'Hiermee meldt de gebruiker zich aan.',
          role: 'Beheerder: alles beheren. Focusteam: alles lezen en fasebesluiten nemen. Projectlid: de eigen projecten bijwerken.',
          active: 'Een uitgeschakelde gebruiker kan zich niet meer aanmelden; de geschiedenis blijft bewaard.',
          personId: 'Een projectlid mag alleen projecten bijwerken in wier team deze persoon zit.',
          password: 'Minstens 10 tekens; een paar losse woorden werkt goed. Geen veelgebruikt wachtwoord en niets uit de naam, het e-mailadres of Meedoen Werkt. Geef het wachtwoord persoonlijk door, niet per e-mail.',
          newPassword: 'Alleen invullen om het wachtwoord opnieuw in te stellen (minstens 10 tekens, geen veelgebruikt wachtwoord, niets uit de naam of het e-mailadres). Leeg laten houdt het huidige wachtwoord.',
          language: 'In deze taal krijgt de gebruiker berichten per e-mail.',
          self: 'Uw eigen rol en status wijzigt u niet zelf: zo sluit u zich niet per ongeluk buiten.',
        },
        actions: { deactivate: 'Uitschakelen', activate: 'Weer inschakelen' },
        confirm: {
          deactivate_title: '%{name} uitschakelen?',
          deactivate_content: '%{name} kan zich daarna niet meer aanmelden. De geschiedenis blijft bewaard; u kunt de gebruiker later weer inschakelen.',
          activate_title: '%{name} weer inschakelen?',
          activate_content: '%{name} kan zich daarna weer aanmelden met het bestaande wachtwoord.',
        },
        notifications: { deactivated: '%{name} is uitgeschakeld', activated: '%{name} is weer ingeschakeld' },
        noPerson: 'Geen persoon gekoppeld',
      },
    },
  },
  en: {
    resources: {
      users: {
        name: 'User |||| Users',
        fields: {
          id: 'Number', name: 'Name', email: 'E-mail (sign-in)', role: 'Role', active: 'Status', personId: 'Linked person', language: 'Language of notices',
          createdAt: 'Created', updatedAt: 'Changed', password: 'Password', newPassword: 'New password',
        },
        active: { true: 'Active', false: 'Deactivated' },
        helper: {
          email: 'The user signs in with this address.',
          role: 'Administrator: manages everything. Focus team: reads everything and decides phase gates. Project member: updates their own projects.',
          active: 'A deactivated user can no longer sign in; their history is kept.',
          personId: 'A project member may only update projects on whose team this person is.',
          password: 'At least 10 characters; a few unrelated words work well. No common password and nothing from the name, the e-mail address or Meedoen Werkt. Hand the password over in person, not by e-mail.',
          newPassword: 'Fill in only to reset the password (at least 10 characters, no common password, nothing from the name or the e-mail address). Leave empty to keep the current one.',
          language: 'The language in which the user receives notices by e-mail.',
          self: 'You do not change your own role or status: that way you cannot lock yourself out by accident.',
        },
        actions: { deactivate: 'Deactivate', activate: 'Activate again' },
        confirm: {
          deactivate_title: 'Deactivate %{name}?',
          deactivate_content: '%{name} will no longer be able to sign in. Their history is kept; you can activate the user again later.',
          activate_title: 'Activate %{name} again?',
          activate_content: '%{name} will be able to sign in again with their existing password.',
        },
        notifications: { deactivated: '%{name} has been deactivated', activated: '%{name} has been activated again' },
        noPerson: 'No person linked',
      },
    },
  },
};
