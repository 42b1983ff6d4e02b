export const messages = {
  nl: {
    resources: {
      'audit-events': {
        name: 'Wijziging |||| Logboek',
        fields: {
          id: 'Nummer', occurredAt: 'Tijdstip', userId: 'Door', action: 'Actie', resource: 'Soort gegeven', recordId: 'Record',
          changes: 'Wat is er gewijzigd', occurredAt_gte: 'Vanaf', occurredAt_lte: 'Tot', requestId: 'Verzoek-id', clientAddress: 'Adres',
        },
        columns: { field: 'Veld', before: 'Voor', after: 'Na', value: 'Waarde' },
        history: 'Geschiedenis',
        noHistory: 'Nog geen wijzigingen vastgelegd.',
        noChanges: 'Geen velden gewijzigd.',
        more: 'en nog %{smart_count} veld |||| en nog %{smart_count} velden',
        system: 'Systeem',
        auth: 'Aanmelding en toegang',
        frozen_reports: 'Bevroren kwartaalrapportage',
      },
      // The details of security events (sign-in, refused requests), which are recorded under `auth`.
      auth: {
        fields: {
          email: 'E-mailadres', method: 'Methode', path: 'Pad', route: 'Route', query: 'Queryparameters', resource: 'Soort gegeven',
          recordId: 'Record', status: 'Status', code: 'Foutcode', message: 'Melding', by: 'Door',
        },
      },
    },
  },
  en: {
    resources: {
      'audit-events': {
        name: 'Change |||| Audit log',
        fields: {
          id: 'Number', occurredAt: 'When', userId: 'By', action: 'Action', resource: 'Kind of record', recordId: 'Record',
          changes: 'What changed', occurredAt_gte: 'From', occurredAt_lte: 'Until', requestId: 'Request id', clientAddress: 'Address',
        },
        columns: { field: 'Field', before: 'Before', after: 'After', value: 'Value' },
        history: 'History',
        noHistory: 'No changes recorded yet.',
        noChanges: 'No fields changed.',
        more: 'and %{smart_count} more field |||| and %{smart_count} more fields',
        system: 'System',
        auth: 'Sign-in and access',
        frozen_reports: 'Frozen quarterly report',
      },
      auth: {
        fields: {
          email: 'E-mail address', method: 'Method', path: 'Path', route: 'Route', query: 'Query parameters', resource: 'Kind of record',
          recordId: 'Record', status: 'Status', code: 'Error code', message: 'Message', by: 'By',
        },
      },
    },
  },
};
