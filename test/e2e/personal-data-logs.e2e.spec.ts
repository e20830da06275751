import { JwtService } from '@nestjs/jwt';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltService } from '../support/built-service.js';

const secret = 'e2e-secret-that-is-at-least-32-characters';
const sign = (claims: object) => `Bearer ${new JwtService({ secret, signOptions: { expiresIn: '1h' } }).sign(claims)}`;
const org = '0123.456.749';
// Last year: every date is in the past whatever the day the test runs.
const year = new Date().getFullYear() - 1;

/** Personal data must never reach a log line, even at the most verbose level. */
describe('logs of the built service', () => {
  it('hold no participant name, e-mail or birth date at LOG_LEVEL=trace', async () => {
    const service = await startBuiltService({
      NODE_ENV: 'production',
      JWT_SECRET: secret,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'daeb-e2e-')),
      DEMO_DATA: 'false',
      LOG_LEVEL: 'trace',
    });
    const call = async (auth: string, method: string, path: string, body?: unknown, contentType = 'application/json') => {
      const response = await fetch(`${service.base}${path}`, {
        method,
        headers: { authorization: auth, 'content-type': contentType },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const json = await response.json();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    };
    try {
      const adviser = sign({ sub: 'ann', role: 'adviser' });
      const holder = sign({ sub: 'piet', role: 'mandate-holder', org });
      await call(adviser, 'POST', '/mandate-holders', {
        enterpriseNumber: org,
        name: 'Syntra',
        email: 'info@syntra.test',
        basis: 'experience',
        grantedOn: `${year}-01-02`,
      });
      const { id } = await call(adviser, 'POST', '/outsourcings', {
        product: 'incentive',
        title: 'Incentive',
        launchedOn: `${year}-01-05`,
        publicationRef: 'BDA-1',
        contactAdviser: 'Ann',
        innovative: false,
        awardCriteria: [{ name: 'quality', weight: 100 }],
        budgetCents: 100_000_00,
        minParticipants: 10,
      });
      const { awardId, position } = await call(adviser, 'POST', `/outsourcings/${id}/awards`, {
        enterpriseNumber: org,
        amountCents: 50_000_00,
        awardedOn: `${year}-01-10`,
        juryReport: { motivation: 'good', members: [{ name: 'Jan', external: true }] },
      });
      await fetch(`${service.base}/health?consistentWith=${position}`);
      const { moduleId } = await call(holder, 'POST', `/awards/${awardId}/modules`, {
        title: 'Boekhouding',
        subject: 'boekhouding',
        hours: 12,
        plannedStart: `${year}-01-15`,
      });
      const personal = { name: 'Xavéria Geheimnaam', email: 'xaveria.geheim@private.test', birthDate: '1977-07-17' };
      const single = await call(holder, 'POST', `/modules/${moduleId}/participants`, {
        trainingDate: `${year}-01-15`,
        companyEnterpriseNumber: org,
        role: 'employee',
        targetGroups: ['starters'],
        personal,
      });
      const csv = `trainingDate;companyEnterpriseNumber;role;targetGroups;name;email;birthDate\n${year}-01-15;${org};entrepreneur;starters|young;Quirinus Verborgen;quirinus.verborgen@private.test;1966-06-16\n`;
      await call(holder, 'POST', `/modules/${moduleId}/participants/import`, csv, 'text/csv');
      const bad = await fetch(`${service.base}/modules/${moduleId}/participants/import`, {
        method: 'POST',
        headers: { authorization: holder, 'content-type': 'text/csv' },
        body: csv.replace('1966-06-16', 'not-a-date'),
      });
      expect(bad.status).toBe(400);
      const read = await call(adviser, 'GET', `/participants/${single.participantId}`);
      expect(JSON.stringify(read)).toContain('Geheimnaam');
    } finally {
      service.child.kill('SIGTERM');
      await new Promise((resolve) => service.child.once('exit', resolve));
    }
    const logs = service.output();
    expect(logs).toContain('incoming request'); // requests were logged: the check below is not vacuous
    for (const secretValue of ['Geheimnaam', 'xaveria.geheim', '1977-07-17', 'Verborgen', 'quirinus.verborgen', '1966-06-16']) {
      expect(logs).not.toContain(secretValue);
    }
  });
});
