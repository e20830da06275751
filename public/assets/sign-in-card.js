import { h } from './dom.js';

/**
 * The sign-in card the dashboard and the workspace share (a token pasted once, kept for the tab). It
 * fills `<section id="sign-in">` when this module is evaluated, before the page's script binds the form.
 * Its heading is one level below the page's: h2 under the dashboard's h1, h1 in the workspace
 * (`data-heading="h1"`), whose header names the product without a heading.
 */
function renderSignInCard(section) {
  const heading = section.dataset.heading === 'h1' ? 'h1' : 'h2';
  section.replaceChildren(
    h(heading, { id: 'sign-in-title', dataset: { i18n: 'signInTitle' } }, 'Aanmelden'),
    h('p', { dataset: { i18n: 'signInIntro' } }),
    h(
      'form',
      { id: 'sign-in-form' },
      h('label', { for: 'token', dataset: { i18n: 'tokenLabel' } }, 'Toegangstoken'),
      h('input', {
        id: 'token',
        name: 'token',
        type: 'password',
        autocomplete: 'off',
        spellcheck: 'false',
        required: true,
        'aria-describedby': 'token-hint sign-in-error',
      }),
      h('p', { id: 'token-hint', class: 'hint', dataset: { i18n: 'tokenHint' } }),
      h('p', { id: 'sign-in-error', class: 'error', role: 'alert' }),
      h('button', { type: 'submit', class: 'primary', dataset: { i18n: 'signIn' } }, 'Aanmelden'),
    ),
  );
}

const section = document.getElementById('sign-in');
if (section) renderSignInCard(section);
