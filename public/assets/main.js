import './masthead.js';
import './sign-in-card.js';
import { ApiError } from './api.js';
import { renderCharts } from './charts.js';
import { loadDashboard } from './data.js';
import { byId, fill, h } from './dom.js';
import { openDrill } from './drilldown.js';
import { formatDay, formatInstant } from './format.js';
import { lang, setLang, t, translatePage } from './i18n.js';
import { claims, signIn, signOut, token } from './session.js';
import { renderTable, renderTiles } from './table.js';

/** The page's state is its address (`#year=2016&asOf=2016-12-31&lang=en`): reload, back and a shared link keep it. */
const state = { year: null, asOf: '' };
let loaded = null;
let loads = 0;

function readAddress() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  state.year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : null;
  state.asOf = /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '') ? params.get('asOf') : '';
  setLang(params.get('lang') ?? 'nl');
}

function go(changes) {
  const next = { year: state.year, asOf: state.asOf, lang: lang(), ...changes };
  const params = new URLSearchParams();
  if (next.year) params.set('year', next.year);
  if (next.asOf) params.set('asOf', next.asOf);
  if (next.lang !== 'nl') params.set('lang', next.lang);
  window.location.hash = params.toString();
}

const setState = (value) => {
  document.body.dataset.state = value;
};

function showSignIn(message = '') {
  byId('sign-in').hidden = false;
  byId('dashboard').hidden = true;
  byId('who').hidden = byId('sign-out').hidden = true;
  fill(byId('sign-in-error'), message);
  setState('signed-out');
}

function showAccount() {
  const who = claims();
  byId('who').hidden = byId('sign-out').hidden = !who;
  if (who) fill(byId('who'), `${who.sub} · ${t(`roles.${who.role}`)}`);
}

function renderControls({ years, year }) {
  fill(
    byId('year'),
    years
      .slice()
      .reverse()
      .map((y) => h('option', { value: y, selected: y === year }, String(y))),
  );
  byId('as-of').value = state.asOf;
  byId('as-of-today').disabled = !state.asOf;
}

function renderStatus(table) {
  const final = table.closedOn !== null;
  fill(
    byId('status'),
    h('span', {}, t('asKnownOn', { date: state.asOf ? formatDay(state.asOf) : formatInstant(table.asOf) })),
    h('span', { class: `badge ${final ? 'final' : ''}` }, t(final ? 'final' : 'provisional')),
    h('span', { class: 'muted' }, final ? t('finalNote', { date: formatDay(table.closedOn) }) : t('provisionalNote', { year: table.year })),
  );
}

function render(data) {
  const drill = (kind) => openDrill(kind, { ...data, asOf: state.asOf }).catch(showError);
  renderControls(data);
  renderStatus(data.table);
  renderTiles(byId('tiles'), data.table, drill);
  renderTable(byId('table'), data.table, drill);
  renderCharts(data.history);
  byId('dashboard').dataset.shown = `${data.year}|${state.asOf}|${lang()}`;
}

function showError(error) {
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    signOut();
    return showSignIn(t(error.status === 401 ? 'tokenInvalid' : 'roleNotAllowed'));
  }
  fill(byId('error'), `${t('loadFailed')}: ${error.message}`);
  byId('error').hidden = false;
  setState('error');
}

async function show() {
  readAddress();
  translatePage();
  for (const button of document.querySelectorAll('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang()));
  if (!token()) return showSignIn();
  byId('sign-in').hidden = true;
  byId('dashboard').hidden = false;
  byId('error').hidden = true;
  showAccount();
  const key = `${state.year}|${state.asOf}`;
  if (loaded?.key === key) return (render(loaded.data), setState('ready'));
  const load = ++loads;
  setState('loading');
  byId('main').setAttribute('aria-busy', 'true');
  try {
    const data = await loadDashboard(state);
    if (load !== loads) return;
    loaded = { key, data };
    render(data);
    setState('ready');
  } catch (error) {
    if (load === loads) showError(error);
  } finally {
    if (load === loads) byId('main').removeAttribute('aria-busy');
  }
}

byId('sign-in-form').addEventListener('submit', (event) => {
  event.preventDefault();
  signIn(byId('token').value);
  byId('token').value = '';
  loaded = null;
  show();
});
byId('sign-out').addEventListener('click', () => {
  signOut();
  loaded = null;
  show();
});
byId('year').addEventListener('change', (event) => go({ year: Number(event.target.value) }));
byId('as-of').addEventListener('change', (event) => go({ asOf: event.target.value }));
byId('as-of-today').addEventListener('click', () => go({ asOf: '' }));
for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => go({ lang: button.dataset.lang }));
byId('drill-close').addEventListener('click', () => byId('drill').close());
window.addEventListener('hashchange', show);
show();
