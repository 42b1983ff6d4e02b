export const messages = {
  nl: {
    resources: {
      lessons: {
        name: 'Les |||| Lessen',
        fields: {
          id: 'Nummer', projectId: 'Project', kind: 'Soort', themeId: 'Thema', text: 'Leerervaring', date: 'Datum',
          date_gte: 'Datum vanaf', date_lte: 'Datum tot en met', createdAt: 'Aangemaakt', updatedAt: 'Gewijzigd',
        },
        helper: { kind: 'Knelpunt: wat liep vast. Oplossing: wat hielp. Inzicht: wat we geleerd hebben.' },
        noTheme: 'Geen thema',
      },
    },
  },
  en: {
    resources: {
      lessons: {
        name: 'Lesson |||| Lessons',
        fields: {
          id: 'Number', projectId: 'Project', kind: 'Kind', themeId: 'Theme', text: 'Lesson learned', date: 'Date',
          date_gte: 'Date from', date_lte: 'Date up to', createdAt: 'Created', updatedAt: 'Changed',
        },
        helper: { kind: 'Obstacle: what got stuck. Solution: what helped. Insight: what we learned.' },
        noTheme: 'No theme',
      },
    },
  },
};
