import { h } from './dom.js';

/**
 * The header the dashboard and the workspace share: the product's name, who is signed in, sign-out and
 * the language switch. It fills `<header class="masthead">` when this module is evaluated, so each page
 * imports it first: the page's own script then finds #who, #sign-out and the language buttons in place.
 * The name is the page's h1 on the dashboard; in the workspace each page has its own h1
 * (`data-name-element="p"`), and a second h1 would blur the outline screen readers navigate by.
 */
function renderMasthead(header) {
  const nameElement = header.dataset.nameElement === 'p' ? 'p' : 'h1';
  const language = (code, pressed) =>
    h('button', { type: 'button', dataset: { lang: code }, lang: code, 'aria-pressed': String(pressed) }, code.toUpperCase());
  header.replaceChildren(
    h(
      'div',
      { class: 'brand' },
      h(nameElement, { class: nameElement === 'p' ? 'product-name' : null, dataset: { i18n: 'title' } }, header.dataset.name ?? ''),
      h('p', { dataset: { i18n: 'subtitle' } }),
    ),
    h(
      'div',
      { class: 'account' },
      h('span', { id: 'who', class: 'who', hidden: true }),
      h('button', { type: 'button', id: 'sign-out', class: 'quiet', dataset: { i18n: 'signOut' }, hidden: true }, 'Afmelden'),
      h('div', { class: 'languages', role: 'group', 'aria-label': 'Taal / Language' }, language('nl', true), language('en', false)),
    ),
  );
}

const header = document.querySelector('header.masthead');
if (header) renderMasthead(header);
