export const messages = {
  nl: {
    resources: {
      people: {
        name: 'Persoon |||| Mensen',
        fields: {
          id: 'Nummer', name: 'Naam', email: 'E-mailadres (werk)', organisationId: 'Organisatie', perspective: 'Perspectief',
          memberships: 'Lid van projectteams', user: 'Account', createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
        helper: {
          name: 'Alleen professionals en andere teamleden: nooit deelnemers of cliënten van de experimenten.',
          email: 'Het zakelijke e-mailadres; geen privéadres.',
        },
        noUser: 'Geen account gekoppeld',
        noPerspective: 'Geen perspectief',
      },
    },
  },
  en: {
    resources: {
      people: {
        name: 'Person |||| People',
        fields: {
          id: 'Number', name: 'Name', email: 'E-mail (work)', organisationId: 'Organisation', perspective: 'Perspective',
          memberships: 'Member of project teams', user: 'Account', createdAt: 'Created', updatedAt: 'Changed',
        },
        helper: {
          name: 'Professionals and other team members only: never participants or clients of the experiments.',
          email: 'The work e-mail address; not a private one.',
        },
        noUser: 'No account linked',
        noPerspective: 'No perspective',
      },
    },
  },
};
