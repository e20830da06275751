import '/assets/masthead.js';
import '/assets/sign-in-card.js';
import { ApiError } from '/assets/api.js';
import { byId, fill, h } from '/assets/dom.js';
import { lang, setLang } from '/assets/i18n.js';
import { claims, signIn, signOut, token } from '/assets/session.js';
import { tx, translateShell } from './texts.js';
import { ROUTES } from './routes.js';

/** Roles of the agency; a mandate holder keeps working through the API. */
const ALLOWED = ['adviser', 'management', 'inspector'];
const LANG_KEY = 'daeb.lang';

const NAV = [
  ['calls', '/app/calls'],
  ['newCall', '/app/calls/new', 'adviser'],
  ['holders', '/app/holders'],
  ['supervision', () => `/app/supervision/${new Date().getFullYear()}`],
  ['history', '/app/history'],
  ['dashboard', '/'],
];

const role = () => claims()?.role ?? null;

function renderNav() {
  const here = window.location.pathname;
  const links = NAV.filter(([, , only]) => !only || role() === only).map(([key, target]) => {
    const href = typeof target === 'function' ? target() : target;
    const current =
      href === here ||
      (href !== '/' && href !== '/app/calls' && here.startsWith(href)) ||
      (href === '/app/calls' && /^\/app\/calls(\/(?!new)[^/]+)?$/.test(here));
    return h('a', { href, 'aria-current': current ? 'page' : null, 'data-nav': key }, tx(`nav.${key}`));
  });
  const nav = byId('nav');
  nav.setAttribute('aria-label', tx('navLabel'));
  fill(nav, links);
}

function showSignIn(message = '') {
  byId('sign-in').hidden = false;
  byId('page').hidden = true;
  byId('nav').hidden = byId('who').hidden = byId('sign-out').hidden = true;
  fill(byId('sign-in-error'), message);
  document.body.dataset.state = 'signed-out';
}

let renders = 0;

/** Draws the page of the current address; every page is a function of the address and the API. */
export async function render() {
  const mine = ++renders;
  translateShell();
  for (const button of document.querySelectorAll('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang()));
  if (!token()) return showSignIn();
  if (!ALLOWED.includes(role())) {
    signOut();
    return showSignIn(tx('roleNotAllowed'));
  }
  const who = claims();
  fill(byId('who'), `${who.sub} · ${tx(`roles.${who.role}`)}`);
  byId('sign-in').hidden = true;
  byId('nav').hidden = byId('who').hidden = byId('sign-out').hidden = false;
  renderNav();
  const page = byId('page');
  page.hidden = false;
  const path = window.location.pathname.replace(/\/+$/, '') || '/app';
  const params = new URLSearchParams(window.location.search);
  const route = ROUTES.find((r) => r.pattern.test(path));
  document.body.dataset.state = 'loading';
  page.setAttribute('aria-busy', 'true');
  try {
    const match = route ? path.match(route.pattern).slice(1).map(decodeURIComponent) : null;
    const content = route ? await route.page({ match, params, role: role(), go, refresh: render }) : h('h1', {}, tx('notFound'));
    if (mine !== renders) return;
    fill(page, content);
    document.title = `${page.querySelector('h1')?.textContent ?? ''} · ${tx('title')}`;
    document.body.dataset.state = 'ready';
    page.dataset.shown = `${path}${window.location.search}|${lang()}`;
  } catch (error) {
    if (mine !== renders) return;
    if (error instanceof ApiError && error.status === 401) {
      signOut();
      return showSignIn(tx('tokenInvalid'));
    }
    fill(page, h('h1', {}, tx('title')), h('p', { class: 'error banner', role: 'alert' }, tx('loadFailed', { detail: error.message })));
    document.body.dataset.state = 'failed';
  } finally {
    page.removeAttribute('aria-busy');
  }
}

/** Moves to a workspace address without reloading the page; focus goes to the new page's heading. */
export async function go(href, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  await render();
  const heading = byId('page').querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[href^="/app"]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  void go(link.getAttribute('href'));
});
window.addEventListener('popstate', () => void render());

byId('sign-in-form').addEventListener('submit', (event) => {
  event.preventDefault();
  signIn(byId('token').value);
  byId('token').value = '';
  if (window.location.pathname.replace(/\/+$/, '') === '/app') history.replaceState(null, '', '/app/calls');
  void render();
});
byId('sign-out').addEventListener('click', () => {
  signOut();
  void render();
});
for (const button of document.querySelectorAll('[data-lang]'))
  button.addEventListener('click', () => {
    setLang(button.dataset.lang);
    sessionStorage.setItem(LANG_KEY, lang());
    void render();
  });

setLang(sessionStorage.getItem(LANG_KEY) ?? 'nl');
if (window.location.pathname.replace(/\/+$/, '') === '/app') history.replaceState(null, '', '/app/calls');
void render();
