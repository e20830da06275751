import { h } from '/assets/dom.js';
import { actionForm, field } from '../form.js';
import { tx } from '../texts.js';
import { valueOf } from '../values.js';
import { card, facts } from '../view.js';

/**
 * Where the holder hears of new calls. Its notices themselves are its own feed (`GET /notices`, the holder
 * through the API); the agency sees and sets where they are mailed.
 */
export function noticesSection(holder, role, refresh) {
  const prefs = holder.notifications;
  if (!prefs) return null;
  const shown = card(
    tx('notices'),
    h('p', {}, tx('noticesHint')),
    facts([
      [tx('noticesEmail'), prefs.email],
      [tx('noticesMailed'), h('span', { id: 'notices-enabled' }, prefs.enabled ? tx('yes') : tx('noticesFeedOnly'))],
    ]),
  );
  if (role !== 'adviser') return shown;
  const form = actionForm({
    name: 'notification-preferences',
    title: tx('noticesSet'),
    fields: [
      field({ name: 'email', label: tx('noticesEmail'), type: 'email', value: prefs.email, required: true }),
      field({ name: 'enabled', label: tx('noticesEnabled'), type: 'checkbox', value: prefs.enabled }),
    ],
    submitLabel: tx('save'),
    request: (f) => ({
      method: 'PUT',
      path: `/mandate-holders/${encodeURIComponent(holder.enterpriseNumber)}/notification-preferences`,
      body: { email: valueOf(f, 'email'), enabled: f.elements.enabled.checked },
    }),
    done: refresh,
  });
  return h('div', { class: 'ws-grid' }, shown, form);
}
