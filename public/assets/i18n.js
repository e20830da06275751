/** Labels of the page; Dutch by default, English on request. Indicator names come from the API (nameNl, nameEn). */
const TEXTS = {
  nl: {
    title: 'DAEB-indicatoren', skip: 'Naar de inhoud', subtitle: 'Toegewezen trajecten · jaarlijkse opvolging tegenover de streefwaarden',
    signInTitle: 'Aanmelden', signInIntro: 'Plak het toegangstoken (JWT) dat u van de dienst kreeg. Het blijft enkel in dit tabblad bewaard.',
    tokenLabel: 'Toegangstoken', tokenHint: 'Ontwikkeling: npm run token -- --role management --sub ann', signIn: 'Aanmelden', signOut: 'Afmelden',
    roles: { adviser: 'regie-adviseur', management: 'directie', inspector: 'inspectie' },
    year: 'Jaar', asOf: 'Stand op', today: 'Vandaag', language: 'Taal',
    tokenInvalid: 'Dit token is ongeldig of verlopen.', roleNotAllowed: 'Met deze rol hebt u geen toegang tot het dashboard (enkel regie-adviseurs, directie en inspectie).',
    loadFailed: 'De gegevens konden niet geladen worden', loading: 'Gegevens laden…',
    asKnownOn: 'Stand op {date}', provisional: 'Voorlopig', provisionalNote: 'gegevens over {year} kunnen nog binnenkomen', final: 'Definitief', finalNote: 'jaar afgesloten op {date}',
    caption: 'Indicatoren {year} tegenover de streefwaarden', colIndicator: 'Indicator', colPrevious: 'Resultaat {year}', colTarget: 'Streefwaarde {year}', colResult: 'Resultaat {year}', colMet: 'Gehaald',
    met: 'gehaald', notMet: 'niet gehaald', noTarget: 'geen streefwaarde', noData: 'nog geen gegevens', badgeProvisional: 'voorlopig', provisionalHint: 'kan nog wijzigen: het jaar is niet afgesloten',
    vsPrevious: '{change} t.o.v. {year}', targetShort: 'streefwaarde {value}',
    chartBudget: 'Toegekend budget per jaar', chartShare: 'Aandeel innovatie', chartParticipants: 'Deelnemers per jaar', chartSatisfaction: 'Tevredenheid per jaar (score 7 of meer)',
    seriesResult: 'Resultaat', seriesTarget: 'Streefwaarde', seriesShareBudget: 'van het budget (DP6 / DP23)', seriesShareCount: 'van de oproepen (DP5 / DP24)', targetShareBudget: 'streefwaarde budget', targetShareCount: 'streefwaarde oproepen', lot: 'perceel',
    showAwards: 'Gunningen', showHolders: 'Organisaties',
    drillBudgetTitle: 'Toegekend budget {year}: de gunningen', drillHoldersTitle: 'Gegunde organisaties {year}',
    perProduct: 'Per product', perHolder: 'Per mandaathouder', awardsList: 'Alle gunningen',
    colProduct: 'Product', colAwards: 'Gunningen', colAmount: 'Bedrag', colShare: 'Aandeel', colHolder: 'Mandaathouder', colEnterprise: 'Ondernemingsnummer',
    colCall: 'Oproep', colDate: 'Gunningsdatum', colStatus: 'Mandaat vandaag', total: 'Totaal', close: 'Sluiten',
    drillAsOfNote: 'Deze details tonen de gegevens zoals ze gekend waren op {date}, net als de tabel.',
    products: { tender: 'Tender', incentive: 'Incentive', 'open-offer': 'Inschrijven op aanbod' },
    statuses: { active: 'actief', suspended: 'geschorst', revoked: 'ingetrokken', 'not-yet-active': 'nog niet actief' },
    withdrawn: 'ingetrokken', innovative: 'innovatief', noAwards: 'Geen gunningen in {year}.',
  },
  en: {
    title: 'DAEB indicators', skip: 'Skip to content', subtitle: 'Assigned trajectories · yearly results against targets',
    signInTitle: 'Sign in', signInIntro: 'Paste the access token (JWT) the service gave you. It is kept in this tab only.',
    tokenLabel: 'Access token', tokenHint: 'Development: npm run token -- --role management --sub ann', signIn: 'Sign in', signOut: 'Sign out',
    roles: { adviser: 'adviser', management: 'management', inspector: 'inspector' },
    year: 'Year', asOf: 'As of', today: 'Today', language: 'Language',
    tokenInvalid: 'This token is invalid or has expired.', roleNotAllowed: 'This role may not use the dashboard (advisers, management and inspectors only).',
    loadFailed: 'The figures could not be loaded', loading: 'Loading figures…',
    asKnownOn: 'As known on {date}', provisional: 'Provisional', provisionalNote: 'data about {year} may still arrive', final: 'Final', finalNote: 'year closed on {date}',
    caption: 'Indicators {year} against targets', colIndicator: 'Indicator', colPrevious: 'Result {year}', colTarget: 'Target {year}', colResult: 'Result {year}', colMet: 'Met',
    met: 'met', notMet: 'not met', noTarget: 'no target', noData: 'no data yet', badgeProvisional: 'provisional', provisionalHint: 'may still change: the year is not closed',
    vsPrevious: '{change} vs {year}', targetShort: 'target {value}',
    chartBudget: 'Granted budget per year', chartShare: 'Innovation share', chartParticipants: 'Participants per year', chartSatisfaction: 'Satisfaction per year (score 7 or more)',
    seriesResult: 'Result', seriesTarget: 'Target', seriesShareBudget: 'of budget (DP6 / DP23)', seriesShareCount: 'of calls (DP5 / DP24)', targetShareBudget: 'target budget', targetShareCount: 'target calls', lot: 'lot',
    showAwards: 'Awards', showHolders: 'Organisations',
    drillBudgetTitle: 'Granted budget {year}: the awards', drillHoldersTitle: 'Organisations awarded in {year}',
    perProduct: 'Per product', perHolder: 'Per mandate holder', awardsList: 'All awards',
    colProduct: 'Product', colAwards: 'Awards', colAmount: 'Amount', colShare: 'Share', colHolder: 'Mandate holder', colEnterprise: 'Enterprise number',
    colCall: 'Call', colDate: 'Awarded on', colStatus: 'Mandate today', total: 'Total', close: 'Close',
    drillAsOfNote: 'These details show the data as known on {date}, like the table.',
    products: { tender: 'Tender', incentive: 'Incentive', 'open-offer': 'Open offer' },
    statuses: { active: 'active', suspended: 'suspended', revoked: 'revoked', 'not-yet-active': 'not yet active' },
    withdrawn: 'withdrawn', innovative: 'innovative', noAwards: 'No awards in {year}.',
  },
};

export const LANGUAGES = Object.keys(TEXTS);
let current = 'nl';

export const lang = () => current;
export function setLang(value) {
  current = LANGUAGES.includes(value) ? value : 'nl';
  document.documentElement.lang = current;
}

/** `t('colResult', { year: 2016 })`; a dotted key reads a nested label (`products.tender`). */
export function t(key, vars = {}) {
  const text = key.split('.').reduce((node, part) => node?.[part], TEXTS[current]) ?? key;
  return String(text).replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

/** The indicator's name in the current language. */
export const indicatorName = (row) => (current === 'nl' ? row.nameNl : row.nameEn);

/** Fills every `[data-i18n]` element of the static page. */
export function translatePage(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  document.title = t('title');
}
