export const messages = {
  nl: {
    resources: {
      'target-revisions': {
        name: 'Streefwaardewijziging |||| Streefwaardewijzigingen',
        fields: {
          id: 'Nummer', indicatorId: 'Indicator', oldValue: 'Oude streefwaarde', newValue: 'Nieuwe streefwaarde', oldDate: 'Oude streefdatum',
          newDate: 'Nieuwe streefdatum', effectiveFrom: 'Geldt vanaf kwartaal', reason: 'Reden', revisedById: 'Gewijzigd door',
          revisedAt: 'Gewijzigd op', revisedAt_gte: 'Gewijzigd vanaf', revisedAt_lte: 'Gewijzigd tot',
        },
        helper: {
          newValue: 'De oude streefwaarde blijft bewaard; rapportages over eerdere kwartalen houden die aan.',
          newDate: 'Leeg laten als de streefdatum niet verandert.',
          effectiveFrom: 'Het eerste kwartaal waarin de nieuwe streefwaarde geldt, bijvoorbeeld 2016-Q3.',
        },
        current: 'Huidige streefwaarde: %{value}, te halen op %{date} (nulmeting: %{baseline}).',
      },
    },
  },
  en: {
    resources: {
      'target-revisions': {
        name: 'Target revision |||| Target revisions',
        fields: {
          id: 'Number', indicatorId: 'Indicator', oldValue: 'Old target', newValue: 'New target', oldDate: 'Old target date',
          newDate: 'New target date', effectiveFrom: 'Applies from quarter', reason: 'Reason', revisedById: 'Revised by',
          revisedAt: 'Revised at', revisedAt_gte: 'Revised from', revisedAt_lte: 'Revised until',
        },
        helper: {
          newValue: 'The old target is kept; reports on earlier quarters still use it.',
          newDate: 'Leave empty if the target date does not change.',
          effectiveFrom: 'The first quarter the new target applies to, e.g. 2016-Q3.',
        },
        current: 'Current target: %{value}, to be reached by %{date} (baseline: %{baseline}).',
      },
    },
  },
};
