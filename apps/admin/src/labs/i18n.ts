export const messages = {
  nl: {
    resources: {
      labs: {
        name: 'Lab |||| Labs',
        fields: {
          name: 'Naam', city: 'Stad', facilitator: 'Begeleider', venue: 'Locatie', startDate: 'Begindatum', endDate: 'Einddatum',
          description: 'Beschrijving', reportingDueDays: 'Rapportagetermijn (dagen na kwartaal)', reminderDays: 'Herinnering (dagen voor de inleverdatum)', createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
      },
    },
  },
  en: {
    resources: {
      labs: {
        name: 'Lab |||| Labs',
        fields: {
          name: 'Name', city: 'City', facilitator: 'Facilitator', venue: 'Venue', startDate: 'Start date', endDate: 'End date',
          description: 'Description', reportingDueDays: 'Reporting deadline (days after quarter)', reminderDays: 'Reminder (days before the due date)', createdAt: 'Created', updatedAt: 'Changed',
        },
      },
    },
  },
};
