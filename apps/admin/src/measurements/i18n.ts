export const messages = {
  nl: {
    resources: {
      measurements: {
        name: 'Meting |||| Metingen',
        fields: {
          id: 'Nummer', indicatorId: 'Indicator', projectId: 'Project', period: 'Kwartaal', value: 'Waarde', note: 'Toelichting',
          evidenceUrl: 'Link naar onderbouwing', status: 'Status', reviewComment: 'Opmerking van het focusteam',
          recordedById: 'Vastgelegd door', recordedAt: 'Vastgelegd op', submittedAt: 'Ingediend op', reviewedById: 'Beoordeeld door',
          reviewedAt: 'Beoordeeld op', version: 'Versie', createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
          peopleMeasured: 'Aantal gemeten personen',
        },
        helper: {
          period: 'Het kwartaal als jaar-Q-nummer, bijvoorbeeld 2016-Q3.',
          status: 'De status verandert alleen door indienen en beoordelen.',
          evidenceUrl: 'Een link (https://…) naar het rapport of de registratie waarop de waarde steunt.',
          peopleMeasured: 'Op hoeveel mensen de waarde van dit kwartaal steunt (telt mee in de bewijskracht). Alleen het aantal, geen namen.',
        },
        validation: {
          period: 'Schrijf het kwartaal als 2016-Q3: een jaartal, "-Q" en een cijfer van 1 tot 4.',
          percent: 'Een percentage ligt tussen 0 en 100.',
          count: 'Een aantal is een heel getal, niet negatief.',
          url: 'Een link begint met http:// of https://.',
        },
        dialog: {
          add_title: 'Meting invoeren: %{indicator}',
          edit_title: 'Meting %{period} bewerken: %{indicator}',
          replaces: 'Voor %{period} is al een meting (%{value}, %{status}). Opslaan werkt die meting bij.',
        },
      },
    },
  },
  en: {
    resources: {
      measurements: {
        name: 'Measurement |||| Measurements',
        fields: {
          id: 'Number', indicatorId: 'Indicator', projectId: 'Project', period: 'Quarter', value: 'Value', note: 'Note',
          evidenceUrl: 'Evidence link', status: 'Status', reviewComment: 'Focus team comment',
          recordedById: 'Recorded by', recordedAt: 'Recorded at', submittedAt: 'Submitted at', reviewedById: 'Reviewed by',
          reviewedAt: 'Reviewed at', version: 'Version', createdAt: 'Created', updatedAt: 'Changed',
          peopleMeasured: 'People measured',
        },
        helper: {
          period: 'The quarter as year-Q-number, for example 2016-Q3.',
          status: 'The status changes only by submitting and reviewing.',
          evidenceUrl: 'A link (https://…) to the report or registration the value rests on.',
          peopleMeasured: 'How many people this quarter\'s value rests on (counts toward the strength of evidence). The number only, no names.',
        },
        validation: {
          period: 'Write the quarter as 2016-Q3: a year, "-Q" and a digit from 1 to 4.',
          percent: 'A percentage lies between 0 and 100.',
          count: 'A count is a whole number, not negative.',
          url: 'A link starts with http:// or https://.',
        },
        dialog: {
          add_title: 'Enter measurement: %{indicator}',
          edit_title: 'Edit measurement %{period}: %{indicator}',
          replaces: 'There is already a measurement for %{period} (%{value}, %{status}). Saving updates it.',
        },
      },
    },
  },
};
