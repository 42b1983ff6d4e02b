export const messages = {
  nl: {
    resources: {
      'phase-decisions': {
        name: 'Fasebesluit |||| Fasebesluiten',
        fields: {
          id: 'Nummer', projectId: 'Project', fromPhase: 'Van fase', toPhase: 'Naar fase', transition: 'Overgang', decision: 'Besluit',
          decidedById: 'Besloten door', decidedAt: 'Besloten op', rationale: 'Onderbouwing', conditions: 'Voorwaarden',
          decidedAt_gte: 'Besloten vanaf', decidedAt_lte: 'Besloten tot',
          hypothesis: 'Hypothese', override: 'Doorgezet ondanks criteria', overrideRationale: 'Onderbouwing van het doorzetten', unmetCriteria: 'Niet gehaalde criteria',
        },
        override: 'Doorgezet ondanks %{smart_count} niet gehaald succescriterium |||| Doorgezet ondanks %{smart_count} niet gehaalde succescriteria',
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
          hypothesis: 'Hypothesis', override: 'Override of criteria', overrideRationale: 'Rationale of the override', unmetCriteria: 'Unmet criteria',
        },
        override: 'Override: %{smart_count} success criterion unmet |||| Override: %{smart_count} success criteria unmet',
      },
    },
  },
};
