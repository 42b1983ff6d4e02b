export const messages = {
  nl: {
    resources: {
      'status-updates': {
        name: 'Kwartaalupdate |||| Kwartaalupdates',
        fields: {
          id: 'Nummer', projectId: 'Project', period: 'Kwartaal', health: 'Voortgang', narrative: 'Toelichting van het team',
          submittedAt: 'Ingediend op', reopenReason: 'Reden van heropenen', createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
        helper: {
          period: 'Het kwartaal waarover de update gaat, bijvoorbeeld 2016-Q3.',
          health: 'Op koers, risico of uit koers: hoe staat het project ervoor aan het eind van het kwartaal?',
        },
        validation: { quarter: 'Vul een kwartaal in zoals 2016-Q3 (jaar, streepje, Q en 1 tot en met 4).' },
        notSubmitted: 'Nog niet ingediend',
      },
    },
  },
  en: {
    resources: {
      'status-updates': {
        name: 'Quarterly update |||| Quarterly updates',
        fields: {
          id: 'Number', projectId: 'Project', period: 'Quarter', health: 'Health', narrative: "The team's account",
          submittedAt: 'Submitted at', reopenReason: 'Reason for reopening', createdAt: 'Created', updatedAt: 'Changed',
        },
        helper: {
          period: 'The quarter this update is about, e.g. 2016-Q3.',
          health: 'On track, at risk or off track: how does the project stand at the end of the quarter?',
        },
        validation: { quarter: 'Enter a quarter like 2016-Q3 (year, dash, Q and 1 to 4).' },
        notSubmitted: 'Not submitted yet',
      },
    },
  },
};
