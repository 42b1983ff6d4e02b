export const messages = {
  nl: {
    resources: {
      'indicator-definitions': {
        name: 'Gedeelde indicator |||| Indicatorbibliotheek',
        fields: {
          id: 'Nummer', labId: 'Lab', name: 'Naam', definition: 'Definitie', kind: 'Soort', aspect: 'Aspect', unit: 'Eenheid',
          direction: 'Richting', aggregation: 'Optelling over kwartalen', dataSource: 'Bron van de gegevens',
          adoptedBy: 'Gebruikt door (indicatoren)', indicators: 'Indicatoren van projecten die deze definitie volgen',
          createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
        adopted_locked: 'Eén indicator volgt deze definitie: eenheid, richting en optelling liggen daarom vast. Maak voor een andere eenheid een nieuwe definitie. |||| %{smart_count} indicatoren volgen deze definitie: eenheid, richting en optelling liggen daarom vast. Maak voor een andere eenheid een nieuwe definitie.',
      },
    },
  },
  en: {
    resources: {
      'indicator-definitions': {
        name: 'Shared indicator |||| Indicator library',
        fields: {
          id: 'Number', labId: 'Lab', name: 'Name', definition: 'Definition', kind: 'Kind', aspect: 'Aspect', unit: 'Unit',
          direction: 'Direction', aggregation: 'Aggregation over quarters', dataSource: 'Data source',
          adoptedBy: 'Adopted by (indicators)', indicators: 'Project indicators that follow this definition',
          createdAt: 'Created', updatedAt: 'Changed',
        },
        adopted_locked: 'One indicator follows this definition, so its unit, direction and aggregation are fixed. Make a new definition for another unit. |||| %{smart_count} indicators follow this definition, so its unit, direction and aggregation are fixed. Make a new definition for another unit.',
      },
    },
  },
};
