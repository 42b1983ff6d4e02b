export const messages = {
  nl: {
    resources: {
      organisations: {
        name: 'Organisatie |||| Organisaties',
        fields: {
          id: 'Nummer', name: 'Naam', perspective: 'Perspectief', website: 'Website', leadProjects: 'Trekkende organisatie van', people: 'Mensen',
          agreements: 'Samenwerkingsafspraken', createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
        helper: { website: 'Volledig webadres, bijvoorbeeld https://www.amsterdam.nl' },
        validation: { website: 'Vul een webadres in dat begint met http:// of https://' },
      },
    },
  },
  en: {
    resources: {
      organisations: {
        name: 'Organisation |||| Organisations',
        fields: {
          id: 'Number', name: 'Name', perspective: 'Perspective', website: 'Website', leadProjects: 'Lead organisation of', people: 'People',
          agreements: 'Agreements', createdAt: 'Created', updatedAt: 'Changed',
        },
        helper: { website: 'Full web address, e.g. https://www.amsterdam.nl' },
        validation: { website: 'Enter a web address starting with http:// or https://' },
      },
    },
  },
};
