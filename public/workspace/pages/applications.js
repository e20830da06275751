import { h } from '/assets/dom.js';
import { read } from '../api.js';
import { actionForm, field, reasonForm } from '../form.js';
import { tx } from '../texts.js';
import { valueOf } from '../values.js';
import { card, day, table } from '../view.js';

function applicationsTable(items, id) {
  return table(
    tx('applications'),
    [tx('colName'), tx('colEnterprise'), tx('colBasis'), tx('applicationMotivation'), tx('appliedOn'), tx('status')],
    items.map((a) => ({
      attrs: { 'data-application': a.applicationId, 'data-status': a.status },
      cells: [
        a.name,
        a.enterpriseNumber,
        a.qualityLabel ? `${tx(`bases.${a.basis}`)} (${a.qualityLabel})` : tx(`bases.${a.basis}`),
        a.motivation,
        day(a.appliedOn),
        a.decision
          ? `${tx(`applicationStatuses.${a.status}`)} ${day(a.decision.on)}${a.decision.reason ? `: ${a.decision.reason}` : ''}`
          : tx(`applicationStatuses.${a.status}`),
      ],
    })),
    { id },
  );
}

const choice = (open) =>
  field({
    name: 'applicationId',
    label: tx('application'),
    type: 'select',
    options: open.map((a) => [a.applicationId, `${a.name} (${a.enterpriseNumber}) · ${day(a.appliedOn)}`]),
  });

/** Approving grants the mandate today (as a grant by hand would); a rejection says why, and the organisation may apply again. */
function decisionForms(open, refresh) {
  return h(
    'div',
    { class: 'ws-grid' },
    actionForm({
      name: 'approve-application',
      title: tx('approveApplication'),
      intro: tx('approveApplicationHint'),
      fields: [choice(open)],
      submitLabel: tx('approve'),
      request: (form) => ({ method: 'POST', path: `/mandate-applications/${valueOf(form, 'applicationId')}/approve`, body: {} }),
      done: refresh,
    }),
    reasonForm({
      name: 'reject-application',
      title: tx('rejectApplication'),
      submitLabel: tx('reject'),
      extra: [choice(open)],
      path: (form) => `/mandate-applications/${valueOf(form, 'applicationId')}/reject`,
      done: refresh,
    }),
  );
}

/** The applications waiting for a decision, and the forms to decide them (advisers); inspectors read along. */
export async function applicationsSection(role, refresh) {
  if (role === 'management') return null;
  const { items } = await read('/mandate-applications', { status: 'submitted' });
  return h(
    'div',
    { id: 'applications' },
    card(tx('applications'), items.length ? applicationsTable(items, 'applications-table') : h('p', {}, tx('noApplications'))),
    role === 'adviser' && items.length ? decisionForms(items, refresh) : null,
  );
}

/** One organisation's applications, decided or not: why it holds a mandate, or why not yet. */
export async function applicationsOf(enterpriseNumber, role) {
  if (role === 'management') return null;
  const { items } = await read('/mandate-applications');
  const own = items.filter((a) => a.enterpriseNumber === enterpriseNumber);
  return own.length ? card(tx('applications'), applicationsTable(own, 'holder-applications')) : null;
}
