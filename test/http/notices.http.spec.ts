import { LoopbackSmtp } from '../support/loopback-smtp.js';
import { grantHolders, post, tender } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SYNTRA = '0123.456.749';
const UNIZO = '0202.239.951';
const VOKANS = '0406.798.006';

/** Valid enterprise numbers: the last two digits are 97 minus the first eight modulo 97. */
const kbo = (n: number) => {
  const first = 4_000_000 + n * 1_111;
  const check = String(97 - (first % 97)).padStart(2, '0');
  const digits = `0${first}${check}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
};

async function until<T>(what: string, probe: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const health = async (t: TestApp) => (await t.http.get('/health').expect(200)).body as { notices: Record<string, unknown> };

describe('notices of new calls: outbox, SMTP on loopback, feed', () => {
  let smtp: Awaited<ReturnType<typeof LoopbackSmtp.start>>;
  let t: TestApp;
  const extra = [1, 2, 3].map(kbo);

  beforeEach(async () => {
    smtp = await LoopbackSmtp.start();
  });
  afterEach(async () => {
    await t?.close();
    await smtp.close();
  });

  const start = (dataDir?: string) =>
    startTestApp({ ...(dataDir ? { dataDir } : {}), config: { smtpUrl: smtp.url, mailFrom: 'regie@daeb.test', smtpRetryBaseMs: 20 } });

  async function holders(app: TestApp) {
    await grantHolders(app, 'syntra', 'unizo', 'vokans');
    for (const [i, enterpriseNumber] of extra.entries()) {
      await post(app, '/mandate-holders', {
        enterpriseNumber,
        name: `Opleider ${i}`,
        email: `info${i}@opleider.test`,
        basis: 'experience',
        grantedOn: '2015-01-05',
      });
    }
    await app.http
      .post(`/mandate-holders/${VOKANS}/suspend`)
      .set('authorization', app.auth('adviser'))
      .send({ reason: 'geen lesgever aanwezig' })
      .expect(200);
  }

  it('mails every holder active on the launch day once, none to a suspended one, and shows each its own notice in its feed', async () => {
    t = await start();
    await holders(t);
    await t.http
      .put(`/mandate-holders/${UNIZO}/notification-preferences`)
      .set('authorization', t.auth('mandate-holder', { org: UNIZO }))
      .send({ email: 'oproepen@unizo.test', enabled: false })
      .expect(200);
    await t.http
      .put(`/mandate-holders/${SYNTRA}/notification-preferences`)
      .set('authorization', t.auth('mandate-holder', { org: SYNTRA }))
      .send({ email: 'oproepen@syntra.test', enabled: true })
      .expect(200);
    await t.http
      .put(`/mandate-holders/${SYNTRA}/notification-preferences`)
      .set('authorization', t.auth('mandate-holder', { org: UNIZO }))
      .send({ email: 'x@unizo.test', enabled: true })
      .expect(403);
    const call = await post(t, '/outsourcings', tender({ launchedOn: '2016-06-15', title: 'Digitaal ondernemen' }));

    const mails = await until(
      'four mails',
      () => smtp.mailbox(),
      (m) => m.length >= 4,
    );
    expect(mails.flatMap((m) => m.to).sort()).toEqual([
      'info0@opleider.test',
      'info1@opleider.test',
      'info2@opleider.test',
      'oproepen@syntra.test',
    ]);
    const syntraMail = mails.find((m) => m.to.includes('oproepen@syntra.test'))!;
    expect(syntraMail.messageId).toBe(`<call-${call.id}.holder-0123456749@daeb.local>`);
    expect(syntraMail.subject).toBe('Nieuwe oproep (tender): Digitaal ondernemen');
    for (const part of ['Product: tender', 'Ann Peeters', 'BDA-2016-000123', 'Deadline voor offertes'])
      expect(syntraMail.raw).toContain(part);

    const feed = await t.http
      .get('/notices?since=0')
      .set('authorization', t.auth('mandate-holder', { org: UNIZO }))
      .expect(200);
    expect(feed.body.items).toHaveLength(1);
    expect(feed.body.items[0]).toMatchObject({
      outsourcingId: call.id,
      call: { title: 'Digitaal ondernemen', publicationRef: 'BDA-2016-000123' },
      mail: { state: 'not-wanted' },
    });
    const next = await t.http
      .get(`/notices?since=${feed.body.nextSince}`)
      .set('authorization', t.auth('mandate-holder', { org: UNIZO }))
      .expect(200);
    expect(next.body.items).toEqual([]);
    const suspended = await t.http
      .get('/notices')
      .set('authorization', t.auth('mandate-holder', { org: VOKANS }))
      .expect(200);
    expect(suspended.body.items).toEqual([]);
    const syntraFeed = await until(
      'the sent state',
      async () =>
        (
          await t.http
            .get('/notices')
            .set('authorization', t.auth('mandate-holder', { org: SYNTRA }))
            .expect(200)
        ).body,
      (body) => body.items[0]?.mail.state === 'sent',
    );
    expect(syntraFeed.items.every((n: { outsourcingId: string }) => n.outsourcingId === call.id)).toBe(true);
    await t.http.get('/notices').set('authorization', t.auth('adviser')).expect(403);
    expect((await health(t)).notices).toMatchObject({ smtp: 'configured', backlog: 0, sent: 4, failed: 0 });
  });

  // Syntra, Unizo and the three others are active; Vokans is suspended: five holders to mail.
  it('sends exactly one mail per holder when the server refuses one and drops the connection in the middle of another', async () => {
    t = await start();
    await holders(t);
    smtp.refuseNext(1);
    smtp.dropNext(1);
    await post(t, '/outsourcings', tender({ launchedOn: '2016-06-15' }));
    await until(
      'every mail accepted',
      () => smtp.accepted.length,
      (n) => n >= 4,
    );
    await until(
      'an empty backlog',
      async () => (await health(t)).notices.backlog,
      (n) => n === 0,
    );
    // A refused or dropped DATA was not sent: the server accepted each Message-ID once, never twice.
    expect(smtp.accepted).toHaveLength(5);
    expect(new Set(smtp.accepted.map((m) => m.messageId)).size).toBe(5);
  });

  it('after a crash between sending and recording, every holder has exactly one mail per call in its mailbox', async () => {
    t = await start();
    await holders(t);
    // The server takes the first message's DATA and never answers: the service stops with that mail "sending".
    smtp.holdNext(1);
    const call = await post(t, '/outsourcings', tender({ launchedOn: '2016-06-15' }));
    await until(
      'the held message',
      () => smtp.held.length,
      (n) => n === 1,
    );
    await until(
      'a mail in flight',
      async () => (await health(t)).notices.sending,
      (n) => n === 1,
    );
    const dataDir = t.dataDir;
    await t.close();
    const delivered = [...smtp.held];

    t = await start(dataDir);
    await until(
      'an empty backlog',
      async () => (await health(t)).notices.backlog,
      (n) => n === 0,
    );
    // The held mail went again with the same Message-ID: mailboxes show it once (at-least-once, deduplicated by Message-ID).
    const mailbox = [...new Map([...delivered, ...smtp.accepted].map((m) => [m.messageId, m])).values()];
    expect(mailbox).toHaveLength(5);
    expect(smtp.accepted.map((m) => m.messageId)).toContain(delivered[0].messageId);
    expect(mailbox.every((m) => m.messageId.startsWith(`<call-${call.id}.`))).toBe(true);
    expect((await health(t)).notices).toMatchObject({ sent: 5, failed: 0 });
  });

  it('keeps the feed and lets mails wait without SMTP_URL', async () => {
    t = await startTestApp();
    await holders(t);
    await post(t, '/outsourcings', tender({ launchedOn: '2016-06-15' }));
    const feed = await until(
      'the feed',
      async () =>
        (
          await t.http
            .get('/notices')
            .set('authorization', t.auth('mandate-holder', { org: SYNTRA }))
            .expect(200)
        ).body,
      (body) => body.items.length === 1,
    );
    expect(feed.items[0].mail).toMatchObject({ state: 'pending', attempts: 0 });
    expect((await health(t)).notices).toMatchObject({ smtp: 'not-configured', backlog: 5 });
  });
});
