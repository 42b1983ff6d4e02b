export const messages = {
  nl: {
    resources: {
      memberships: {
        name: 'Teamlid |||| Teamleden',
        fields: { id: 'Nummer', projectId: 'Project', personId: 'Persoon', role: 'Rol in het team', createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd' },
        helper: {
          personId: 'Staat de persoon er nog niet bij? Voeg hem of haar eerst toe onder Mensen.',
          role: 'De trekker leidt het project; een projectteam heeft een trekker nodig om naar de experimentfase te gaan.',
        },
      },
    },
  },
  en: {
    resources: {
      memberships: {
        name: 'Team member |||| Team members',
        fields: { id: 'Number', projectId: 'Project', personId: 'Person', role: 'Role on the team', createdAt: 'Created', updatedAt: 'Changed' },
        helper: {
          personId: 'Person not listed yet? Add them under People first.',
          role: 'The lead runs the project; a team needs a lead before the project can enter the experiment phase.',
        },
      },
    },
  },
};
