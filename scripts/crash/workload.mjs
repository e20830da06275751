// Eight clients writing with an Idempotency-Key; an answer lost to a kill is asked again with the same key.
import { bearer, sleep } from './service.mjs';

/** A valid Belgian enterprise number (modulo-97 check) for the n-th holder of the run. */
export function enterpriseNumber(n) {
  const body = String(2_000_000 + n).padStart(8, '0');
  const check = String(97 - (Number(body) % 97)).padStart(2, '0');
  const digits = body + check;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** What a write's answer names, and the event type that must record it. */
export const CREATES = {
  grant: { type: 'MandateGranted', id: (record) => record.body.enterpriseNumber },
  launch: { type: 'OutsourcingLaunched', id: (_record, answer) => answer.id },
  award: { type: 'AwardGranted', id: (_record, answer) => answer.awardId },
  module: { type: 'ModuleRegistered', id: (_record, answer) => answer.moduleId },
  participant: { type: 'ParticipantRegistered', id: (_record, answer) => answer.participantId },
};

/**
 * Sends one keyed request until an answer arrives; a refused connection, a reset or a timeout is an
 * answer lost, and the same request goes again with the same key once the service is back.
 */
export async function keyed(link, record) {
  const headers = { authorization: record.auth, 'content-type': 'application/json', 'idempotency-key': record.key };
  for (;;) {
    const base = await link.ready();
    try {
      const response = await fetch(`${base}${record.path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(record.body),
        signal: AbortSignal.timeout(20_000),
      });
      const body = await response.json();
      record.answers.push({ status: response.status, body });
      return record.answers[0];
    } catch {
      record.lost += 1;
      await sleep(25);
    }
  }
}

const incentive = (title, launchedOn) => ({
  product: 'incentive',
  title,
  launchedOn,
  publicationRef: 'BDA-2016-CRASH',
  contactAdviser: 'Ann Peeters',
  innovative: false,
  budgetCents: 500_000_00,
  minParticipants: 1,
  awardCriteria: [{ name: 'quality', weight: 100 }],
});

/** One holder's way through the service: mandate, call, award, module, participant, and one write that must be refused. */
export async function scenario(link, records, client, round) {
  const tag = `${client}-${round}`;
  const kbo = enterpriseNumber(client * 10_000 + round);
  const adviser = bearer('adviser');
  const holder = bearer('mandate-holder', { org: kbo, sub: `holder-${tag}` });
  const write = async (kind, path, auth, body) => {
    const record = { kind, key: `crash-${kind}-${tag}`, path, auth, body, answers: [], lost: 0 };
    records.push(record);
    const answer = await keyed(link, record);
    return answer.status >= 200 && answer.status < 300 ? answer.body : null;
  };
  const email = `h${tag}@crash.test`;
  if (
    !(await write('grant', '/mandate-holders', adviser, {
      enterpriseNumber: kbo,
      name: `Houder ${tag}`,
      email,
      basis: 'experience',
      grantedOn: '2015-01-05',
    }))
  )
    return;
  // Launched after today: refused whatever happens to the service, and never in the log.
  await write('refused', '/outsourcings', adviser, incentive(`REFUSED ${tag}`, '2999-01-01'));
  const call = await write('launch', '/outsourcings', adviser, incentive(`Crash ${tag}`, '2016-03-01'));
  if (!call) return;
  const jury = { motivation: 'crash test', members: [{ name: 'Jan Jury', external: true }], scores: [{ criterion: 'quality', score: 8 }] };
  const award = await write('award', `/outsourcings/${call.id}/awards`, adviser, {
    enterpriseNumber: kbo,
    amountCents: 40_000_00,
    awardedOn: '2016-04-01',
    juryReport: jury,
  });
  if (!award) return;
  const module = await write('module', `/awards/${award.awardId}/modules`, holder, {
    title: `Module ${tag}`,
    subject: 'boekhouding',
    hours: 12,
    plannedStart: '2016-09-05',
  });
  if (!module) return;
  await write('participant', `/modules/${module.moduleId}/participants`, holder, {
    trainingDate: '2016-09-05',
    companyEnterpriseNumber: '0406.798.006',
    role: 'entrepreneur',
    targetGroups: ['starters'],
    personal: { name: `Persoon ${tag}`, email: `p${tag}@crash.test`, birthDate: '1980-01-01' },
  });
}

/** Clients run scenarios until told to stop; each finishes the one it is in. */
export async function drive(link, records, clients, isStopped) {
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let round = 0; !isStopped(); round += 1) await scenario(link, records, client + 1, round);
    }),
  );
}
