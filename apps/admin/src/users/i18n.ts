export const messages = {
  nl: {
    resources: {
      users: {
        name: 'Gebruiker |||| Gebruikers',
        fields: {
          id: 'Nummer', name: 'Naam', email: 'E-mailadres (aanmelden)', role: 'Rol', active: 'Status', personId: 'Gekoppelde persoon',
          createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
        active: { true: 'Actief', false: 'Uitgeschakeld' },
        helper: {
          email: 'Hiermee meldt de gebruiker zich aan.',
          role: 'Beheerder: alles beheren. Focusteam: alles lezen en fasebesluiten nemen. Projectlid: de eigen projecten bijwerken.',
          active: 'Een uitgeschakelde gebruiker kan zich niet meer aanmelden; de geschiedenis blijft bewaard.',
          personId: 'Een projectlid mag alleen projecten bijwerken in wier team deze persoon zit.',
        },
        noPerson: 'Geen persoon gekoppeld',
      },
    },
  },
  en: {
    resources: {
      users: {
        name: 'User |||| Users',
        fields: {
          id: 'Number', name: 'Name', email: 'E-mail (sign-in)', role: 'Role', active: 'Status', personId: 'Linked person',
          createdAt: 'Created', updatedAt: 'Changed',
        },
        active: { true: 'Active', false: 'Deactivated' },
        helper: {
          email: 'The user signs in with this address.',
          role: 'Administrator: manages everything. Focus team: reads everything and decides phase gates. Project member: updates their own projects.',
          active: 'A deactivated user can no longer sign in; their history is kept.',
          personId: 'A project member may only update projects on whose team this person is.',
        },
        noPerson: 'No person linked',
      },
    },
  },
};
