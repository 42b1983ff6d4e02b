export const messages = {
  nl: {
    resources: {
      milestones: {
        name: 'Mijlpaal |||| Mijlpalen',
        fields: {
          id: 'Nummer', projectId: 'Project', title: 'Titel', description: 'Toelichting', phase: 'Fase', dueDate: 'Uiterste datum',
          status: 'Status', completedDate: 'Afgerond op', ownerId: 'Eigenaar', overdue: 'Te laat', version: 'Versie',
          createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
          dueDate_gte: 'Uiterste datum vanaf', dueDate_lte: 'Uiterste datum tot en met',
        },
        overdue: { yes: 'Alleen te late mijlpalen', no: 'Geen te late mijlpalen' },
        overdue_hint: 'Te laat: de uiterste datum is voorbij en de mijlpaal is niet afgerond of vervallen.',
        helper: {
          phase: 'De fase waarin deze mijlpaal gehaald moet worden.',
          completedDate: 'Verplicht zodra de status "Afgerond" is.',
        },
        validation: { completed_required: 'Vul de datum in waarop de mijlpaal is afgerond.' },
        actions: { add: 'Mijlpaal toevoegen', edit: 'Bewerken', edit_title: 'Mijlpaal bewerken: %{title}', add_title: 'Nieuwe mijlpaal' },
        summary: { count: '%{smart_count} mijlpaal |||| %{smart_count} mijlpalen', overdue: 'waarvan %{smart_count} te laat' },
        empty: 'Nog geen mijlpalen. Een project heeft minstens één mijlpaal nodig om naar de experimentfase te gaan.',
      },
    },
  },
  en: {
    resources: {
      milestones: {
        name: 'Milestone |||| Milestones',
        fields: {
          id: 'Number', projectId: 'Project', title: 'Title', description: 'Description', phase: 'Phase', dueDate: 'Due date',
          status: 'Status', completedDate: 'Completed on', ownerId: 'Owner', overdue: 'Overdue', version: 'Version',
          createdAt: 'Created', updatedAt: 'Changed',
          dueDate_gte: 'Due from', dueDate_lte: 'Due until',
        },
        overdue: { yes: 'Only overdue milestones', no: 'No overdue milestones' },
        overdue_hint: 'Overdue: the due date has passed and the milestone is neither done nor cancelled.',
        helper: {
          phase: 'The phase in which this milestone must be reached.',
          completedDate: 'Required once the status is "Done".',
        },
        validation: { completed_required: 'Enter the date on which the milestone was completed.' },
        actions: { add: 'Add milestone', edit: 'Edit', edit_title: 'Edit milestone: %{title}', add_title: 'New milestone' },
        summary: { count: '%{smart_count} milestone |||| %{smart_count} milestones', overdue: '%{smart_count} of them overdue' },
        empty: 'No milestones yet. A project needs at least one milestone to enter the experiment phase.',
      },
    },
  },
};
