export const messages = {
  nl: {
    resources: {
      districts: {
        name: 'Stadsdeel |||| Stadsdelen',
        fields: { id: 'Nummer', name: 'Naam', code: 'Code', projects: 'Projecten in dit stadsdeel' },
      },
    },
  },
  en: {
    resources: {
      districts: {
        name: 'District |||| Districts',
        fields: { id: 'Number', name: 'Name', code: 'Code', projects: 'Projects in this district' },
      },
    },
  },
};
