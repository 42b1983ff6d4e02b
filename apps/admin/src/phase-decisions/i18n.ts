export const messages = {
  nl: {
    resources: {
      'phase-decisions': {
        name: 'Fasebesluit |||| Fasebesluiten',
        fields: {
          id: 'Nummer', projectId: 'Project', fromPhase: 'Van fase', toPhase: 'Naar fase', transition: 'Overgang', decision: 'Besluit',
          decidedById: 'Besloten door', decidedAt: 'Besloten op', rationale: 'Onderbouwing', conditions: 'Voorwaarden',
          decidedAt_gte: 'Besloten vanaf', decidedAt_lte: 'Besloten tot',
        },
      },
    },
  },
  en: {
    resources: {
      'phase-decisions': {
        name: 'Gate decision |||| Gate decisions',
        fields: {
          id: 'Number', projectId: 'Project', fromPhase: 'From phase', toPhase: 'To phase', transition: 'Transition', decision: 'Decision',
          decidedById: 'Decided by', decidedAt: 'Decided at', rationale: 'Rationale', conditions: 'Conditions',
          decidedAt_gte: 'Decided from', decidedAt_lte: 'Decided until',
        },
      },
    },
  },
};
