import { JwtService } from '@nestjs/jwt';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltService } from '../support/built-service.js';
import { LoopbackSmtp } from '../support/loopback-smtp.js';
import { tender } from '../support/outsourcing-requests.js';
import { until } from '../support/until.js';

const secret = 'e2e-secret-that-is-at-least-32-characters';
const adviser = `Bearer ${new JwtService({ secret, signOptions: { expiresIn: '1h' } }).sign({ sub: 'e2e', role: 'adviser' })}`;
const HOLDERS = 8;

/** Valid enterprise numbers: the last two digits are 97 minus the first eight modulo 97. */
const kbo = (n: number) => {
  const first = 4_000_000 + n * 1_111;
  const digits = `0${first}${String(97 - (first % 97)).padStart(2, '0')}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
};

/**
 * The notices' one promise that cannot be exact, kept by the built service as a real process: killed
 * with SIGKILL while a mail's DATA has reached the server and its acceptance is not recorded, it sends
 * that mail again at start with the same Message-ID. Every holder's mailbox (one message per
 * Message-ID, as receiving systems show them) then has exactly one mail for the call; the raw count of
 * messages the server received is reported as it is: at least one more than the holders.
 */
describe('notices across a kill -9 of the built service', () => {
  it('leaves every holder exactly one mail per call in a mailbox that deduplicates by Message-ID', async () => {
    const smtp = await LoopbackSmtp.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'daeb-e2e-notices-'));
    const env = {
      NODE_ENV: 'production',
      JWT_SECRET: secret,
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      SMTP_URL: smtp.url,
      SMTP_RETRY_BASE_MS: '20',
    };
    let service = await startBuiltService(env);
    try {
      const send = async (path: string, body: object) => {
        const response = await fetch(`${service.base}${path}`, {
          method: 'POST',
          headers: { authorization: adviser, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
        return response.json();
      };
      const notices = async () => (await (await fetch(`${service.base}/health`)).json()).notices;
      for (let n = 0; n < HOLDERS; n += 1)
        await send('/mandate-holders', {
          enterpriseNumber: kbo(n),
          name: `Opleider ${n}`,
          email: `info${n}@opleider.test`,
          basis: 'experience',
          grantedOn: '2020-01-06',
        });

      // Some mails go through; then the server takes one message's DATA and never answers, and the service is killed.
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' }).format(new Date());
      const call = await send('/outsourcings', tender({ launchedOn: today }));
      await until(
        'two mails accepted',
        () => smtp.accepted.length,
        (n) => n >= 2,
        60_000,
      );
      smtp.holdNext(1);
      await until(
        'a held message',
        () => smtp.held.length,
        (n) => n === 1,
        60_000,
      );
      await until('the held mail still sending', notices, (n: { sending: number }) => n.sending >= 1, 60_000);
      service.child.kill('SIGKILL');
      await new Promise((resolve) => service.child.once('exit', resolve));
      const receivedBeforeKill = smtp.accepted.length + smtp.held.length;

      service = await startBuiltService(env);
      await until('an empty backlog', notices, (n: { backlog: number }) => n.backlog === 0, 60_000);
      const received = [...smtp.held, ...smtp.accepted];
      const mailbox = new Map(received.map((mail) => [mail.messageId, mail]));
      expect([...mailbox.values()].flatMap((mail) => mail.to).sort()).toEqual(
        Array.from({ length: HOLDERS }, (_, n) => `info${n}@opleider.test`).sort(),
      );
      expect([...mailbox.keys()].every((id) => id.startsWith(`<call-${call.id}.`))).toBe(true);
      // At least once, not exactly once: the held message went again, under its Message-ID.
      expect(smtp.accepted.map((mail) => mail.messageId)).toContain(smtp.held[0].messageId);
      expect(received.length).toBeGreaterThanOrEqual(HOLDERS + 1);
      console.log(
        `notices across kill -9: ${HOLDERS} holders, ${receivedBeforeKill} messages received before the kill, ${received.length} in all, ${mailbox.size} in the mailboxes`,
      );
    } finally {
      service.child.kill('SIGTERM');
      await smtp.close();
    }
  });
});
