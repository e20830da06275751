import { h } from '/assets/dom.js';
import { write } from './api.js';
import { formatValue } from '/assets/format.js';
import { has, tx } from './texts.js';
import { compact, valueOf } from './values.js';

let fieldCount = 0;

/**
 * One labelled field. `path` is the request field the API names in its errors (`amountCents` for an
 * amount typed in euro): the error lands beside the field that holds it.
 */
export function field({ name, label, type = 'text', path = name, value = '', required = false, options, hint, attrs = {} }) {
  const id = `f${++fieldCount}-${name}`;
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  const common = { id, name, required, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' '), ...attrs };
  let control;
  if (type === 'select')
    control = h('select', common, ...options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value) }, text)));
  else if (type === 'textarea') control = h('textarea', { ...common, rows: 3 }, value);
  else if (type === 'checkbox') control = h('input', { ...common, type: 'checkbox', checked: Boolean(value) });
  else if (type === 'money') control = h('input', { ...common, type: 'text', inputmode: 'decimal', value, autocomplete: 'off' });
  else control = h('input', { ...common, type, value });
  return h(
    'div',
    { class: `field${type === 'checkbox' ? ' checkbox' : ''}`, dataset: { path } },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    control,
    h('p', { class: 'field-error', id: errorId }),
  );
}

/**
 * A business rule's refusal in the reader's words: a known code gets its sentence (with the amount the
 * API names, in euro); another keeps the API's own detail, its cents shown as euro.
 */
function plainRule(problem) {
  const detail = String(problem?.detail ?? '');
  const euro = (cents) => formatValue(Number(cents), 'EUR-cents');
  const amounts = [...detail.matchAll(/(\d+) cents/g)].map((m) => euro(m[1]));
  if (problem?.code && has(`rules.${problem.code}`)) return tx(`rules.${problem.code}`, { remaining: amounts.at(-1) ?? '' });
  return detail.replace(/(\d+) cents( \(EUR [\d.]+\))?/g, (_, cents) => euro(cents));
}

/** The element that shows an error for a request path: the field itself, else the nearest enclosing one (`lots.1.budgetCents` → `lots`). */
function slotFor(form, path) {
  for (let parts = path.split('.'); parts.length; parts = parts.slice(0, -1)) {
    const wrapper = form.querySelector(`[data-path="${CSS.escape(parts.join('.'))}"]`);
    if (wrapper) return wrapper;
  }
  return null;
}

/**
 * Every form of the workspace. `request(form)` answers `{ method, path, body }` or throws
 * `{ errors: [{ path, message }] }` for what it checks itself; `done(answer)` runs after a 2xx.
 * One Idempotency-Key per submission: a retry after a lost answer (network, 5xx) sends the same key and
 * body, so the service records it once; a changed body or a definitive answer starts a new submission.
 */
export function actionForm({ name, title, intro, fields, submitLabel, request, done }) {
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const status = h('p', { class: 'form-done', role: 'status' });
  const button = h('button', { type: 'submit', class: 'primary' }, submitLabel);
  const headingId = `${name}-title`;
  const form = h(
    'form',
    { class: 'ws-form', novalidate: true, 'aria-labelledby': headingId, dataset: { form: name } },
    summary,
    ...fields,
    button,
    status,
  );
  let pending = null;

  const clear = () => {
    summary.hidden = true;
    summary.replaceChildren();
    for (const slot of form.querySelectorAll('.field-error')) slot.textContent = '';
    for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  };

  const show = (heading, errors, detail) => {
    const items = [];
    for (const error of errors) {
      const wrapper = slotFor(form, error.path);
      if (wrapper) {
        wrapper.querySelector(':scope > .field-error').textContent = error.message;
        wrapper.querySelector(':scope > input, :scope > select, :scope > textarea')?.setAttribute('aria-invalid', 'true');
      }
      const label = wrapper?.querySelector(':scope > label, :scope > legend')?.textContent;
      items.push(h('li', {}, label ? `${label}: ${error.message}` : error.message));
    }
    summary.append(h('h3', {}, heading), detail ? h('p', {}, detail) : null, items.length ? h('ul', {}, items) : null);
    summary.hidden = false;
    summary.focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (button.disabled) return;
    clear();
    status.textContent = '';
    let call;
    try {
      call = request(form);
    } catch (error) {
      if (error?.errors) return show(tx('problemsTitle'), error.errors);
      throw error;
    }
    const fingerprint = `${call.method} ${call.path} ${JSON.stringify(call.body)}`;
    if (pending?.fingerprint !== fingerprint) pending = { fingerprint, key: crypto.randomUUID() };
    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    button.textContent = tx('sending');
    let saved = null;
    try {
      const answer = await write(call.method, call.path, call.body, pending.key);
      if (answer.status < 500) pending = null;
      if (answer.status >= 200 && answer.status < 300) {
        status.textContent = tx('saved');
        saved = answer.body;
      } else if (answer.status === 409) {
        const message = plainRule(answer.body);
        const errors = (answer.body?.errors ?? []).map((error) => ({ ...error, message }));
        show(tx('problemsTitle'), errors, errors.length ? tx('refused') : `${tx('refused')} ${message}`);
      } else {
        show(tx('problemsTitle'), answer.body?.errors ?? [], answer.body?.errors ? null : (answer.body?.detail ?? `HTTP ${answer.status}`));
      }
    } catch {
      show(tx('problemsTitle'), [], tx('networkFailed'));
    } finally {
      button.disabled = false;
      form.removeAttribute('aria-busy');
      button.textContent = submitLabel;
    }
    if (!saved) return;
    await done(saved);
    // The page is drawn afresh after a write: say so, and put the keyboard back on the same form.
    const announce = document.getElementById('announce');
    if (announce) announce.textContent = tx('saved');
    const again = document.getElementById(headingId);
    if (again && again !== document.activeElement) {
      again.setAttribute('tabindex', '-1');
      again.focus();
    }
  });

  return h(
    'section',
    { class: 'card', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title),
    intro ? h('p', {}, intro) : null,
    form,
  );
}

/** A form whose only field is a reason (and an optional date): ending a call, withdrawing, changing a mandate. */
export function reasonForm({ name, title, submitLabel, method = 'POST', path, dateName, dateLabel, extra = [], body = () => ({}), done }) {
  return actionForm({
    name,
    title,
    submitLabel,
    fields: [
      ...extra,
      field({ name: 'reason', label: tx('reason'), type: 'textarea', required: true }),
      dateName ? field({ name: dateName, label: dateLabel, type: 'date' }) : null,
    ].filter(Boolean),
    request: (form) => ({
      method,
      path: typeof path === 'function' ? path(form) : path,
      body: compact({ reason: valueOf(form, 'reason'), ...(dateName ? { [dateName]: valueOf(form, dateName) } : {}), ...body(form) }),
    }),
    done,
  });
}
