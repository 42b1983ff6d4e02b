export const messages = {
  nl: {
    resources: {
      dimensions: {
        name: 'Uitsplitsing |||| Uitsplitsingen',
        fields: {
          id: 'Nummer', labId: 'Lab', name: 'Naam', key: 'Sleutel', description: 'Omschrijving', values: 'Waarden', label: 'Waarde', code: 'Code',
          usedBy: 'Gebruikt door (indicatoren)', createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
        helper: {
          key: 'Korte naam in kleine letters, zoals stadsdeel of doelgroep; zo heet de uitsplitsing in exports en in de API.',
          values: 'De waarden waarnaar een cijfer wordt uitgesplitst, in de volgorde waarin ze worden getoond. Voeg gerust een waarde "onbekend" toe.',
        },
        validation: { code: 'Kleine letters, cijfers, - of _, beginnend met een letter, zoals nieuw-west.' },
        in_use: 'Eén indicator wordt naar deze uitsplitsing uitgesplitst: lab en sleutel liggen vast, en waarden waarvoor al cijfers zijn blijven staan. Nieuwe waarden en andere namen kunnen wel. |||| %{smart_count} indicatoren worden naar deze uitsplitsing uitgesplitst: lab en sleutel liggen vast, en waarden waarvoor al cijfers zijn blijven staan. Nieuwe waarden en andere namen kunnen wel.',
      },
    },
  },
  en: {
    resources: {
      dimensions: {
        name: 'Breakdown |||| Breakdowns',
        fields: {
          id: 'Number', labId: 'Lab', name: 'Name', key: 'Key', description: 'Description', values: 'Values', label: 'Value', code: 'Code',
          usedBy: 'Used by (indicators)', createdAt: 'Created', updatedAt: 'Changed',
        },
        helper: {
          key: 'A short lower-case name, like stadsdeel or doelgroep; the breakdown\'s name in exports and in the API.',
          values: 'The values a figure is broken down by, in the order they are shown. Feel free to add an "unknown" value.',
        },
        validation: { code: 'Lower-case letters, digits, - or _, starting with a letter, like nieuw-west.' },
        in_use: 'One indicator is broken down by this breakdown: its lab and key are fixed, and values that have figures stay. New values and other names are fine. |||| %{smart_count} indicators are broken down by this breakdown: its lab and key are fixed, and values that have figures stay. New values and other names are fine.',
      },
    },
  },
};
