// react-admin 5 messages that the Dutch package (written for react-admin 4) does not have yet.
export const raDutchV5 = {
  ra: {
    action: { reset: 'Herstellen', search_columns: 'Kolommen zoeken', select_all_button: 'Alles selecteren', update_application: 'Applicatie herladen' },
    // react-admin 5 titles a record by its representation (MW-01 — …), not by its id.
    page: { access_denied: 'Geen toegang', authentication_error: 'Aanmeldfout', show: '%{name} %{recordRepresentation}', edit: '%{name} %{recordRepresentation}' },
    message: {
      access_denied: 'U heeft niet de rechten om deze pagina te bekijken',
      authentication_error: 'De aanmeldserver gaf een fout; uw gegevens konden niet worden gecontroleerd.',
      auth_error: 'Er ging iets mis bij het controleren van uw aanmelding.',
      delete_title: '%{name} %{recordRepresentation} verwijderen',
      clear_array_input: 'Weet u zeker dat u de hele lijst wilt leegmaken?',
      select_all_limit_reached: 'Er zijn te veel items om alles te selecteren. Alleen de eerste %{max} zijn geselecteerd.',
      placeholder_data_warning: 'Netwerkprobleem: de gegevens konden niet worden ververst.',
    },
    navigation: { clear_filters: 'Filters wissen', no_filtered_results: 'Geen %{name} gevonden met de huidige filters.' },
    auth: { email: 'E-mail' },
    notification: { application_update_available: 'Er is een nieuwe versie beschikbaar.', offline: 'Geen verbinding. De gegevens konden niet worden opgehaald.' },
    validation: { unique: 'Moet uniek zijn' },
    guesser: { empty: { title: 'Geen gegevens om te tonen', message: 'Controleer de gegevensbron' } },
  },
};
