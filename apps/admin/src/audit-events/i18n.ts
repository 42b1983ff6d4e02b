export const messages = {
  nl: {
    resources: {
      'audit-events': {
        name: 'Wijziging |||| Logboek',
        fields: {
          id: 'Nummer', occurredAt: 'Tijdstip', userId: 'Door', action: 'Actie', resource: 'Soort gegeven', recordId: 'Record',
          changes: 'Wat is er gewijzigd', occurredAt_gte: 'Vanaf', occurredAt_lte: 'Tot',
        },
        columns: { field: 'Veld', before: 'Voor', after: 'Na' },
        history: 'Geschiedenis',
        noHistory: 'Nog geen wijzigingen vastgelegd.',
        noChanges: 'Geen velden gewijzigd.',
        more: 'en nog %{smart_count} veld |||| en nog %{smart_count} velden',
        system: 'Systeem',
        auth: 'Aanmelding',
        frozen_reports: 'Bevroren kwartaalrapportage',
      },
    },
  },
  en: {
    resources: {
      'audit-events': {
        name: 'Change |||| Audit log',
        fields: {
          id: 'Number', occurredAt: 'When', userId: 'By', action: 'Action', resource: 'Kind of record', recordId: 'Record',
          changes: 'What changed', occurredAt_gte: 'From', occurredAt_lte: 'Until',
        },
        columns: { field: 'Field', before: 'Before', after: 'After' },
        history: 'History',
        noHistory: 'No changes recorded yet.',
        noChanges: 'No fields changed.',
        more: 'and %{smart_count} more field |||| and %{smart_count} more fields',
        system: 'System',
        auth: 'Sign-in',
        frozen_reports: 'Frozen quarterly report',
      },
    },
  },
};
