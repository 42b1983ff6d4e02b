export const messages = {
  nl: {
    resources: {
      indicators: {
        name: 'Indicator |||| Indicatoren',
        fields: {
          id: 'Nummer', projectId: 'Project', name: 'Naam', definition: 'Definitie', kind: 'Soort', aspect: 'Aspect', unit: 'Eenheid',
          direction: 'Richting', aggregation: 'Optelling over kwartalen', baselineValue: 'Nulmeting', baselineDate: 'Datum nulmeting',
          targetValue: 'Streefwaarde', targetDate: 'Streefdatum', dataSource: 'Bron van de gegevens', version: 'Versie',
          createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
        direction_better: { increase: 'Hoger is beter', decrease: 'Lager is beter' },
        helper: {
          aggregation: 'Hoe de kwartalen samen het totaalcijfer vormen: optellen (bijv. geplaatste mensen), laatste waarde (bijv. een percentage) of gemiddelde (bijv. een score).',
          definition: 'Wat precies wordt geteld of gemeten. Alleen totalen, nooit gegevens over individuele deelnemers.',
        },
        target_locked: {
          title: 'De streefwaarde ligt vast',
          text: 'Een streefwaarde wordt nooit stilzwijgend overschreven. Wijzig haar met een herziening, met reden; de oude streefwaarde blijft bewaard en rapportages tonen per kwartaal de streefwaarde die toen gold.',
          action: 'Streefwaarde herzien',
        },
        validation: {
          percent: 'Een percentage ligt tussen 0 en 100.',
          target_after_baseline: 'De streefdatum ligt op of na de datum van de nulmeting.',
          target_increase: 'Bij "hoger is beter" ligt de streefwaarde boven de nulmeting.',
          target_decrease: 'Bij "lager is beter" ligt de streefwaarde onder de nulmeting.',
        },
        chart: {
          title: 'Verloop per kwartaal',
          value: 'Waarde in het kwartaal',
          overall_sum: 'Totaal tot dan toe',
          overall_average: 'Gemiddelde tot dan toe',
          baseline: 'Nulmeting',
          target: 'Streefwaarde',
          no_data: 'Nog geen metingen voor deze indicator.',
          dots: 'Gevulde punten zijn goedgekeurde metingen; open punten zijn nog niet goedgekeurd.',
          summary: '%{name}: %{smart_count} kwartaal gemeten, waarde %{latest} (%{period}). Nulmeting %{baseline}, streefwaarde %{target}. |||| %{name}: %{smart_count} kwartalen gemeten, laatste waarde %{latest} (%{period}). Nulmeting %{baseline}, streefwaarde %{target}.',
          none: 'geen',
        },
        measurements: {
          title: 'Metingen',
          add: 'Meting invoeren',
          edit: 'Meting %{period} bewerken',
        },
        revisions: { title: 'Herzieningen van de streefwaarde', empty: 'De streefwaarde is nooit herzien.' },
        card: { open: 'Indicator openen', baseline: 'Nulmeting', target: 'Streefwaarde', on: 'op' },
        add: 'Indicator toevoegen',
        empty: 'Nog geen indicatoren. Een project heeft minstens één indicator met streefwaarde nodig om naar de experimentfase te gaan.',
      },
    },
  },
  en: {
    resources: {
      indicators: {
        name: 'Indicator |||| Indicators',
        fields: {
          id: 'Number', projectId: 'Project', name: 'Name', definition: 'Definition', kind: 'Kind', aspect: 'Aspect', unit: 'Unit',
          direction: 'Direction', aggregation: 'Aggregation over quarters', baselineValue: 'Baseline', baselineDate: 'Baseline date',
          targetValue: 'Target', targetDate: 'Target date', dataSource: 'Data source', version: 'Version',
          createdAt: 'Created', updatedAt: 'Changed',
        },
        direction_better: { increase: 'Higher is better', decrease: 'Lower is better' },
        helper: {
          aggregation: 'How quarters add up to the overall figure: sum (e.g. people placed), latest value (e.g. a rate) or average (e.g. a score).',
          definition: 'What exactly is counted or measured. Totals only, never data about individual participants.',
        },
        target_locked: {
          title: 'The target is set',
          text: 'A target is never silently overwritten. Change it with a revision and a reason; the old target is kept and reports show, per quarter, the target in force at the time.',
          action: 'Revise target',
        },
        validation: {
          percent: 'A percentage lies between 0 and 100.',
          target_after_baseline: 'The target date is on or after the baseline date.',
          target_increase: 'With "higher is better" the target lies above the baseline.',
          target_decrease: 'With "lower is better" the target lies below the baseline.',
        },
        chart: {
          title: 'Quarter by quarter',
          value: 'Value in the quarter',
          overall_sum: 'Total to date',
          overall_average: 'Average to date',
          baseline: 'Baseline',
          target: 'Target',
          no_data: 'No measurements for this indicator yet.',
          dots: 'Filled dots are approved measurements; open dots are not approved yet.',
          summary: '%{name}: %{smart_count} quarter measured, value %{latest} (%{period}). Baseline %{baseline}, target %{target}. |||| %{name}: %{smart_count} quarters measured, latest value %{latest} (%{period}). Baseline %{baseline}, target %{target}.',
          none: 'none',
        },
        measurements: {
          title: 'Measurements',
          add: 'Enter measurement',
          edit: 'Edit measurement %{period}',
        },
        revisions: { title: 'Target revisions', empty: 'The target has never been revised.' },
        card: { open: 'Open indicator', baseline: 'Baseline', target: 'Target', on: 'on' },
        add: 'Add indicator',
        empty: 'No indicators yet. A project needs at least one indicator with a target to enter the experiment phase.',
      },
    },
  },
};
