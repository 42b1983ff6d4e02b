import { ENUM_LABELS } from '@lab/domain';

/**
 * The app's own words and the enum values of libs/domain, in both languages. The words of the codes that the
 * report files show too come from libs/domain (ENUM_LABELS), so the screen and the files say the same.
 */
export const appMessages = {
  nl: {
    app: {
      title: 'Meedoen Werkt – labvolger',
      language: 'Taal',
      errors: {
        unreachable: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
        stale: 'Iemand anders heeft dit record intussen gewijzigd. Herlaad het en breng uw wijziging opnieuw aan.',
        reload: 'Herladen',
        referenced: 'Dit record kan niet worden verwijderd: %{what} verwijzen er nog naar. Verwijder of verplaats die eerst.',
      },
      privacy: 'Vul hier geen gegevens over individuele deelnemers of cliënten in: alleen totalen en beschrijvingen van werk.',
      empty: 'Nog niets vastgelegd.',
      overdue: 'Te laat',
      password: {
        strength: 'Sterkte van het wachtwoord',
        levels: { 0: 'zeer zwak', 1: 'zwak', 2: 'redelijk', 3: 'goed', 4: 'sterk' },
        loading: 'wordt bepaald…',
        unavailable: 'nu niet te bepalen; de server controleert het wachtwoord bij het opslaan',
        rules: {
          password_too_short: 'Te kort: gebruik minstens 10 tekens.',
          password_too_long: 'Te lang: gebruik hoogstens 200 tekens.',
          password_own_name: 'Gebouwd op de naam van de gebruiker: kies woorden die niets met de gebruiker te maken hebben.',
          password_own_email: 'Gebouwd op het e-mailadres van de gebruiker: kies woorden die daar niets mee te maken hebben.',
          password_product_name: 'Gebouwd op de naam van het product of de stad (Meedoen Werkt, Participatielab, Amsterdam): kies andere woorden.',
          password_common: 'Een van de meest gebruikte wachtwoorden, die als eerste worden geprobeerd: kies een ander, bijvoorbeeld een paar losse woorden.',
          password_guessable:
            'Makkelijk te raden (een herhaling, een reeks als abc of 123, een rij toetsen, een datum of een gewoon woord met weinig erbij): kies een langer wachtwoord, bijvoorbeeld een paar losse woorden.',
        },
      },
    },
    enums: {
      ...ENUM_LABELS.nl,
      membership_role: { lead: 'Trekker', member: 'Lid', expert_by_experience: 'Ervaringsdeskundige', researcher: 'Onderzoeker' },
      perspective: {
        expert_by_experience: 'Ervaringsdeskundige', advocate: 'Belangenbehartiger', day_activity_provider: 'Aanbieder dagbesteding',
        referrer: 'Verwijzer', funder: 'Financier', employer: 'Werkgever', volunteer: 'Vrijwilliger', informal_carer: 'Mantelzorger',
        researcher: 'Onderzoeker', reintegration_professional: 'Re-integratieprofessional', welfare_organisation: 'Welzijnsorganisatie',
        municipality: 'Gemeente',
      },
      indicator_aspect: { effectiveness: 'Effectiviteit', sustainability: 'Duurzaamheid' },
      lesson_kind: { obstacle: 'Knelpunt', solution: 'Oplossing', insight: 'Inzicht' },
      user_role: { admin: 'Beheerder', focus_team: 'Focusteam', project_member: 'Projectlid' },
      audit_action: {
        create: 'aangemaakt', update: 'gewijzigd', delete: 'verwijderd', transition: 'fasebesluit', submit: 'ingediend',
        approve: 'goedgekeurd', return: 'teruggestuurd', reopen: 'heropend', comment: 'opmerking', freeze: 'bevroren',
        login_failed: 'mislukte aanmelding', login: 'aangemeld', logout: 'afgemeld', password_changed: 'wachtwoord gewijzigd',
        password_reset: 'wachtwoord opnieuw ingesteld', refused: 'geweigerd',
      },
    },
  },
  en: {
    app: {
      title: 'Meedoen Werkt – lab tracker',
      language: 'Language',
      errors: {
        unreachable: 'The server cannot be reached. Check your connection and try again.',
        stale: 'Someone else changed this record in the meantime. Reload it and make your change again.',
        reload: 'Reload',
        referenced: 'This record cannot be deleted: %{what} still refer to it. Delete or move those first.',
      },
      privacy: 'Do not enter data about individual participants or clients here: only totals and descriptions of the work.',
      empty: 'Nothing recorded yet.',
      overdue: 'Overdue',
      password: {
        strength: 'Password strength',
        levels: { 0: 'very weak', 1: 'weak', 2: 'fair', 3: 'good', 4: 'strong' },
        loading: 'being estimated…',
        unavailable: 'cannot be estimated now; the server checks the password when it is saved',
        rules: {
          password_too_short: 'Too short: use at least 10 characters.',
          password_too_long: 'Too long: use at most 200 characters.',
          password_own_name: "Built on the user's own name: choose words that have nothing to do with them.",
          password_own_email: "Built on the user's own e-mail address: choose words that have nothing to do with it.",
          password_product_name: 'Built on the name of the product or its city (Meedoen Werkt, Participatielab, Amsterdam): choose other words.',
          password_common: 'One of the most common passwords, which are tried first: choose another, for instance a few unrelated words.',
          password_guessable:
            'Easy to guess (a repetition, a sequence such as abc or 123, a row of keys, a date, or a common word with little added): choose a longer one, for instance a few unrelated words.',
        },
      },
    },
    enums: {
      ...ENUM_LABELS.en,
      membership_role: { lead: 'Lead', member: 'Member', expert_by_experience: 'Expert by experience', researcher: 'Researcher' },
      perspective: {
        expert_by_experience: 'Expert by experience', advocate: 'Advocate', day_activity_provider: 'Day-activity provider',
        referrer: 'Referrer', funder: 'Funder', employer: 'Employer', volunteer: 'Volunteer', informal_carer: 'Informal carer',
        researcher: 'Researcher', reintegration_professional: 'Re-integration professional', welfare_organisation: 'Welfare organisation',
        municipality: 'Municipality',
      },
      indicator_aspect: { effectiveness: 'Effectiveness', sustainability: 'Sustainability' },
      lesson_kind: { obstacle: 'Obstacle', solution: 'Solution', insight: 'Insight' },
      user_role: { admin: 'Administrator', focus_team: 'Focus team', project_member: 'Project member' },
      audit_action: {
        create: 'created', update: 'changed', delete: 'deleted', transition: 'gate decision', submit: 'submitted',
        approve: 'approved', return: 'returned', reopen: 'reopened', comment: 'comment', freeze: 'frozen',
        login_failed: 'failed sign-in', login: 'signed in', logout: 'signed out', password_changed: 'password changed',
        password_reset: 'password reset', refused: 'refused',
      },
    },
  },
};
