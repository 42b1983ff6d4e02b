import type { Perspective, UserRole } from '@lab/domain';

// Who takes part in the demo lab: the lab itself, its themes, the organisations and people around the table,
// and one account per role. The project plans (demo-projects.ts) refer to these by key.

export const LAB = {
  name: 'Participatielab Meedoen Werkt!',
  city: 'Amsterdam',
  facilitator: 'Perspectivity',
  venue: 'Tolhuistuin',
  startDate: '2015-10-01',
  endDate: '2015-12-18',
  description:
    'Hoe maken we het mogelijk dat meer Amsterdammers duurzaam participeren? In zes labdagen in de Tolhuistuin ' +
    'werkten ongeveer 65 betrokkenen uit alle perspectieven samen – ervaringsdeskundigen en belangenbehartigers, ' +
    'aanbieders van dagbesteding, verwijzers en financiers, werkgevers, vrijwilligers en mantelzorgers, ' +
    'onderzoekers, re-integratie- en activeringsprofessionals, welzijns- en buurtorganisaties en het gemeentelijk ' +
    'focusteam Meedoen Werkt – aan de knelpunten rond dagbesteding en participatie voor mensen met een afstand ' +
    'tot de arbeidsmarkt. Het lab leverde 14 projectplannen op voor experimenten; in het kwartaal daarna gingen de teams aan ' +
    'de slag en maakten zij afspraken met betrokken organisaties. (Demodata: de projectplannen zijn illustratief.)',
} as const;

export const THEMES = [
  {
    key: 'relationeel',
    name: 'Relationeel werken',
    description: 'Werken vanuit de relatie met de deelnemer: aandacht, vertrouwen en tijd maken het verschil.',
  },
  {
    key: 'wmo',
    name: 'Wmo-beleid en dagbestedingspraktijk op één lijn',
    description: 'Beleid, inkoop en indicatie van de Wmo sluiten aan op wat in de dagbesteding werkt.',
  },
  {
    key: 'samenwerking',
    name: 'Samenwerking tussen professionals',
    description: 'Professionals uit zorg, welzijn, werk en inkomen kennen elkaar en zoeken samen naar oplossingen.',
  },
  {
    key: 'zorgwerk',
    name: 'Zorg en werk verbinden',
    description: 'Doorlopende routes van activering en dagbesteding naar vrijwilligerswerk, leren en betaald werk.',
  },
  {
    key: 'buurt',
    name: 'Meedoen in de buurt',
    description: 'Participatie dichtbij huis, met buurtorganisaties, vrijwilligers en mantelzorgers als bondgenoot.',
  },
  {
    key: 'ervaring',
    name: 'Ervaringsdeskundigheid in beleid en praktijk',
    description: 'Ervaringsdeskundigen werken mee in de uitvoering en zitten aan tafel waar beleid wordt gemaakt.',
  },
] as const;
export type ThemeKey = (typeof THEMES)[number]['key'];

interface OrganisationSeed {
  key: string;
  name: string;
  perspective: Perspective;
  website: string;
}

export const ORGANISATIONS = [
  { key: 'wpi', name: 'Gemeente Amsterdam – Werk, Participatie en Inkomen', perspective: 'municipality',
    website: 'https://example.org/gemeente-amsterdam/wpi' },
  { key: 'ojz', name: 'Gemeente Amsterdam – Onderwijs, Jeugd en Zorg', perspective: 'municipality',
    website: 'https://example.org/gemeente-amsterdam/ojz' },
  { key: 'buurtwerkNoord', name: 'Buurtwerk Noord', perspective: 'welfare_organisation',
    website: 'https://example.org/buurtwerk-noord' },
  { key: 'welzijnNieuwWest', name: 'Welzijn Nieuw-West Samen', perspective: 'welfare_organisation',
    website: 'https://example.org/welzijn-nieuw-west' },
  { key: 'sportBuurtWeesp', name: 'Stichting Sport en Buurt Weesp', perspective: 'welfare_organisation',
    website: 'https://example.org/sport-en-buurt-weesp' },
  { key: 'werkplaats', name: 'Dagbesteding De Werkplaats', perspective: 'day_activity_provider',
    website: 'https://example.org/de-werkplaats' },
  { key: 'atelier', name: 'Zorgcoöperatie Het Atelier', perspective: 'day_activity_provider',
    website: 'https://example.org/het-atelier' },
  { key: 'clientenstem', name: 'Stichting Cliëntenstem Amsterdam', perspective: 'advocate',
    website: 'https://example.org/clientenstem' },
  { key: 'ervaringMokum', name: 'Vereniging Ervaringsdeskundigen Mokum', perspective: 'expert_by_experience',
    website: 'https://example.org/ervaringsdeskundigen-mokum' },
  { key: 'wijkteamWest', name: 'Sociaal Wijkteam West', perspective: 'referrer',
    website: 'https://example.org/wijkteam-west' },
  { key: 'fonds', name: 'Fonds Meedoen Amsterdam', perspective: 'funder',
    website: 'https://example.org/fonds-meedoen' },
  { key: 'kringloopwerf', name: 'Sociale Firma De Kringloopwerf', perspective: 'employer',
    website: 'https://example.org/kringloopwerf' },
  { key: 'horeca', name: 'Horecaleerbedrijf Het IJ', perspective: 'employer',
    website: 'https://example.org/horecaleerbedrijf-het-ij' },
  { key: 'werkgeversnetwerk', name: 'Werkgeversnetwerk Amsterdam Inclusief', perspective: 'employer',
    website: 'https://example.org/werkgeversnetwerk-inclusief' },
  { key: 'vrijwilligers', name: 'Vrijwilligersnetwerk Oost', perspective: 'volunteer',
    website: 'https://example.org/vrijwilligersnetwerk-oost' },
  { key: 'mantelzorg', name: 'Mantelzorgsteunpunt Zuidoost', perspective: 'informal_carer',
    website: 'https://example.org/mantelzorg-zuidoost' },
  { key: 'kenniswerkplaats', name: 'Kenniswerkplaats Participatie en Zorg', perspective: 'researcher',
    website: 'https://example.org/kenniswerkplaats-participatie' },
  { key: 'stapVerder', name: 'Re-integratiebureau Stap Verder', perspective: 'reintegration_professional',
    website: 'https://example.org/stap-verder' },
] as const satisfies readonly OrganisationSeed[];
export type OrganisationKey = (typeof ORGANISATIONS)[number]['key'];

interface PersonSeed {
  key: string;
  name: string;
  email: string;
  organisation: OrganisationKey;
  perspective: Perspective;
}

export const PEOPLE = [
  { key: 'joost', name: 'Joost de Vries', email: 'j.devries@welzijn-nieuwwest.example.org',
    organisation: 'welzijnNieuwWest', perspective: 'welfare_organisation' },
  { key: 'sevda', name: 'Sevda Aydın', email: 's.aydin@welzijn-nieuwwest.example.org',
    organisation: 'welzijnNieuwWest', perspective: 'welfare_organisation' },
  { key: 'sanne', name: 'Sanne Bakker', email: 's.bakker@dewerkplaats.example.org',
    organisation: 'werkplaats', perspective: 'day_activity_provider' },
  { key: 'tom', name: 'Tom Willems', email: 't.willems@dewerkplaats.example.org',
    organisation: 'werkplaats', perspective: 'day_activity_provider' },
  { key: 'lotte', name: 'Lotte Smit', email: 'l.smit@hetatelier.example.org',
    organisation: 'atelier', perspective: 'day_activity_provider' },
  { key: 'bas', name: 'Bas Hendriks', email: 'b.hendriks@hetatelier.example.org',
    organisation: 'atelier', perspective: 'day_activity_provider' },
  { key: 'mohamed', name: 'Mohamed Ouali', email: 'm.ouali@ervaringmokum.example.org',
    organisation: 'ervaringMokum', perspective: 'expert_by_experience' },
  { key: 'rachid', name: 'Rachid El Idrissi', email: 'r.elidrissi@ervaringmokum.example.org',
    organisation: 'ervaringMokum', perspective: 'expert_by_experience' },
  { key: 'chantal', name: 'Chantal Sedney', email: 'c.sedney@ervaringmokum.example.org',
    organisation: 'ervaringMokum', perspective: 'expert_by_experience' },
  { key: 'yvonne', name: 'Yvonne Kok', email: 'y.kok@clientenstem.example.org',
    organisation: 'clientenstem', perspective: 'advocate' },
  { key: 'erik', name: 'Erik Schouten', email: 'e.schouten@clientenstem.example.org',
    organisation: 'clientenstem', perspective: 'advocate' },
  { key: 'ingrid', name: 'Ingrid Visser', email: 'i.visser@kenniswerkplaats.example.org',
    organisation: 'kenniswerkplaats', perspective: 'researcher' },
  { key: 'fenna', name: 'Fenna Dekker', email: 'f.dekker@kenniswerkplaats.example.org',
    organisation: 'kenniswerkplaats', perspective: 'researcher' },
  { key: 'esther', name: 'Esther de Graaf', email: 'e.degraaf@amsterdam.example.org',
    organisation: 'wpi', perspective: 'municipality' },
  { key: 'linda', name: 'Linda Koster', email: 'l.koster@amsterdam.example.org',
    organisation: 'wpi', perspective: 'municipality' },
  { key: 'marieke', name: 'Marieke Hoekstra', email: 'm.hoekstra@amsterdam.example.org',
    organisation: 'ojz', perspective: 'municipality' },
  { key: 'jeroen', name: 'Jeroen Bos', email: 'j.bos@amsterdam.example.org',
    organisation: 'ojz', perspective: 'municipality' },
  { key: 'kees', name: 'Kees van Dijk', email: 'k.vandijk@buurtwerknoord.example.org',
    organisation: 'buurtwerkNoord', perspective: 'welfare_organisation' },
  { key: 'anouk', name: 'Anouk Brouwer', email: 'a.brouwer@buurtwerknoord.example.org',
    organisation: 'buurtwerkNoord', perspective: 'welfare_organisation' },
  { key: 'karin', name: 'Karin Schipper', email: 'k.schipper@sportenbuurtweesp.example.org',
    organisation: 'sportBuurtWeesp', perspective: 'welfare_organisation' },
  { key: 'naima', name: 'Naima Bouzid', email: 'n.bouzid@wijkteamwest.example.org',
    organisation: 'wijkteamWest', perspective: 'referrer' },
  { key: 'pieter', name: 'Pieter van den Berg', email: 'p.vandenberg@fondsmeedoen.example.org',
    organisation: 'fonds', perspective: 'funder' },
  { key: 'ruud', name: 'Ruud Jansen', email: 'r.jansen@kringloopwerf.example.org',
    organisation: 'kringloopwerf', perspective: 'employer' },
  { key: 'daan', name: 'Daan Peters', email: 'd.peters@horecaleerbedrijf.example.org',
    organisation: 'horeca', perspective: 'employer' },
  { key: 'wim', name: 'Wim Vermeulen', email: 'w.vermeulen@werkgeversnetwerk.example.org',
    organisation: 'werkgeversnetwerk', perspective: 'employer' },
  { key: 'henk', name: 'Henk Mulder', email: 'h.mulder@vrijwilligersoost.example.org',
    organisation: 'vrijwilligers', perspective: 'volunteer' },
  { key: 'frank', name: 'Frank de Wit', email: 'f.dewit@vrijwilligersoost.example.org',
    organisation: 'vrijwilligers', perspective: 'volunteer' },
  { key: 'gloria', name: 'Gloria Martina', email: 'g.martina@mantelzorgzuidoost.example.org',
    organisation: 'mantelzorg', perspective: 'informal_carer' },
  { key: 'miriam', name: 'Miriam Prins', email: 'm.prins@mantelzorgzuidoost.example.org',
    organisation: 'mantelzorg', perspective: 'informal_carer' },
  { key: 'ahmet', name: 'Ahmet Yılmaz', email: 'a.yilmaz@stapverder.example.org',
    organisation: 'stapVerder', perspective: 'reintegration_professional' },
  { key: 'priya', name: 'Priya Ramdin', email: 'p.ramdin@stapverder.example.org',
    organisation: 'stapVerder', perspective: 'reintegration_professional' },
] as const satisfies readonly PersonSeed[];
export type PersonKey = (typeof PEOPLE)[number]['key'];

interface UserSeed {
  email: string;
  name: string;
  role: UserRole;
  /** The project member's account is linked to a team member, which is what lets them edit. */
  person: PersonKey | null;
}

export const USERS: readonly UserSeed[] = [
  { email: 'admin@meedoenwerkt.example', name: 'Beheerder Demo', role: 'admin', person: null },
  { email: 'focusteam@meedoenwerkt.example', name: 'Fatima El Amrani', role: 'focus_team', person: null },
  { email: 'projectlid@meedoenwerkt.example', name: 'Joost de Vries', role: 'project_member', person: 'joost' },
];
