export const messages = {
  nl: {
    resources: {
      themes: {
        name: 'Thema |||| Thema\'s',
        fields: {
          id: 'Nummer', name: 'Naam', description: 'Beschrijving', labId: 'Lab', projects: 'Projecten', lessons: 'Lessen',
          createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
      },
    },
  },
  en: {
    resources: {
      themes: {
        name: 'Theme |||| Themes',
        fields: {
          id: 'Number', name: 'Name', description: 'Description', labId: 'Lab', projects: 'Projects', lessons: 'Lessons',
          createdAt: 'Created', updatedAt: 'Changed',
        },
      },
    },
  },
};
