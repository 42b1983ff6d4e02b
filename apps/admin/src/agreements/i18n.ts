export const messages = {
  nl: {
    resources: {
      agreements: {
        name: 'Samenwerkingsafspraak |||| Samenwerkingsafspraken',
        fields: {
          id: 'Nummer', title: 'Titel', projectId: 'Project', organisationId: 'Partnerorganisatie', kind: 'Soort afspraak', status: 'Status',
          signedDate: 'Getekend op', startDate: 'Ingangsdatum', endDate: 'Einddatum', commitments: 'Afspraken en toezeggingen',
          contributionCents: 'Bijdrage', indicatorId: 'Resultaatindicator', pricePerUnitCents: 'Prijs per eenheid resultaat',
          maxPaymentCents: 'Maximale totale betaling', signedDate_gte: 'Getekend vanaf', signedDate_lte: 'Getekend tot en met',
          endDate_gte: 'Loopt tot ten minste', createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
        sections: { outcome: 'Betaalregel resultaatcontract' },
        helper: {
          organisationId: 'Staat de organisatie er nog niet bij? Voeg haar eerst toe onder Organisaties.',
          contributionCents: 'In euro; de financiële bijdrage die bij deze afspraak hoort.',
          outcome:
            'Betalen wat werkt: per eenheid resultaat boven de nulmeting wordt de prijs betaald, alleen op basis van goedgekeurde metingen en nooit boven het maximum.',
          indicatorId: 'Een outcome-indicator van dit project.',
        },
        validation: {
          endBeforeStart: 'De einddatum ligt vóór de ingangsdatum.',
          maxBelowPrice: 'Het maximum is lager dan de prijs van één eenheid resultaat.',
        },
      },
    },
  },
  en: {
    resources: {
      agreements: {
        name: 'Agreement |||| Agreements',
        fields: {
          id: 'Number', title: 'Title', projectId: 'Project', organisationId: 'Partner organisation', kind: 'Kind', status: 'Status',
          signedDate: 'Signed on', startDate: 'Start date', endDate: 'End date', commitments: 'Commitments',
          contributionCents: 'Contribution', indicatorId: 'Outcome indicator', pricePerUnitCents: 'Price per unit of outcome',
          maxPaymentCents: 'Maximum total payment', signedDate_gte: 'Signed from', signedDate_lte: 'Signed up to',
          endDate_gte: 'Runs at least until', createdAt: 'Created', updatedAt: 'Changed',
        },
        sections: { outcome: 'Outcome contract payment rule' },
        helper: {
          organisationId: 'Organisation not listed yet? Add it under Organisations first.',
          contributionCents: 'In euros; the financial contribution that comes with this agreement.',
          outcome:
            'Pay for what works: the price is paid per unit of outcome above the baseline, from approved measurements only and never above the maximum.',
          indicatorId: 'An outcome indicator of this project.',
        },
        validation: {
          endBeforeStart: 'The end date lies before the start date.',
          maxBelowPrice: 'The maximum is lower than the price of a single unit of outcome.',
        },
      },
    },
  },
};
