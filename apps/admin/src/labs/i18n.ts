export const messages = {
  nl: {
    resources: {
      labs: {
        name: 'Lab |||| Labs',
        fields: {
          name: 'Naam', city: 'Stad', facilitator: 'Begeleider', venue: 'Locatie', startDate: 'Begindatum', endDate: 'Einddatum',
          description: 'Beschrijving', reportingDueDays: 'Rapportagetermijn (dagen na kwartaal)', reminderDays: 'Herinnering (dagen voor de inleverdatum)', smallNumberThreshold: 'Drempel kleine aantallen', createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
        helper: { smallNumberThreshold: 'Aantallen mensen onder deze drempel staan in rapporten en exports als "< 5" (bij drempel 5), zodat niemand herkenbaar is. Het team ziet zijn eigen cijfers.' },
      },
    },
  },
  en: {
    resources: {
      labs: {
        name: 'Lab |||| Labs',
        fields: {
          name: 'Name', city: 'City', facilitator: 'Facilitator', venue: 'Venue', startDate: 'Start date', endDate: 'End date',
          description: 'Description', reportingDueDays: 'Reporting deadline (days after quarter)', reminderDays: 'Reminder (days before the due date)', smallNumberThreshold: 'Small-number threshold', createdAt: 'Created', updatedAt: 'Changed',
        },
        helper: { smallNumberThreshold: 'Counts of people below this threshold read "< 5" (for threshold 5) in reports and exports, so that nobody can be recognised. The team sees its own figures.' },
      },
    },
  },
};
