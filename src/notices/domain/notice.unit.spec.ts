import type { MandateEvent, MandateGranted } from '../../mandates/domain/events.js';
import type { OutsourcingLaunched } from '../../outsourcing/domain/events.js';
import { MAX_ATTEMPTS, retryDelayMs } from './back-off.js';
import { messageIdOf, noticesForLaunch } from './notice.js';
import { activeOn, evolveNoticeHolder, type NoticeHolder } from './notice-holders.js';

const granted = (enterpriseNumber: string, grantedOn = '2016-01-04'): MandateGranted => ({
  type: 'MandateGranted',
  data: {
    enterpriseNumber,
    name: `Holder ${enterpriseNumber}`,
    email: `${enterpriseNumber}@holder.test`,
    basis: 'experience',
    qualityLabel: null,
    grantedOn,
  },
});
const fold = (events: MandateEvent[]) => events.reduce<NoticeHolder | null>(evolveNoticeHolder, null)!;
const launch: OutsourcingLaunched['data'] = {
  outsourcingId: 'c0ffee00-0000-4000-8000-000000000001',
  product: 'tender',
  title: 'Digitale vaardigheden',
  launchedOn: '2016-05-02',
  publicationRef: 'BDA-2016-000123',
  contactAdviser: 'Ann Peeters',
  innovative: false,
  innovationKinds: [],
  targetGroups: [],
  awardCriteria: [{ name: 'kwaliteit', weight: 100 }],
  budgetCents: 100,
  lots: [{ number: 1, title: 'Perceel 1', budgetCents: 100 }],
  maxAwardees: null,
  minParticipants: null,
  variant: null,
  round: null,
};

describe('notices of a launch', () => {
  it('go to every holder whose mandate is active on the launch day, and to no other', () => {
    const active = fold([granted('0123.456.749')]);
    const suspended = fold([
      granted('0202.239.951'),
      { type: 'MandateSuspended', data: { enterpriseNumber: '0202.239.951', reason: 'r', effectiveOn: '2016-04-01' } },
    ]);
    const later = fold([granted('0406.798.006', '2016-06-01')]);
    const reinstated = fold([
      granted('0417.497.106'),
      { type: 'MandateSuspended', data: { enterpriseNumber: '0417.497.106', reason: 'r', effectiveOn: '2016-03-01' } },
      { type: 'MandateReinstated', data: { enterpriseNumber: '0417.497.106', reason: 'r', effectiveOn: '2016-05-02' } },
    ]);
    const notices = noticesForLaunch(launch, [suspended, later, reinstated, active]);
    expect(notices.map((n) => n.enterpriseNumber)).toEqual(['0123.456.749', '0417.497.106']);
    expect(activeOn(later, '2016-06-01')).toBe(true);
  });

  it('carry a stable Message-ID per holder per call', () => {
    const [notice] = noticesForLaunch(launch, [fold([granted('0123.456.749')])]);
    expect(notice.messageId).toBe('<call-c0ffee00-0000-4000-8000-000000000001.holder-0123456749@daeb.local>');
    expect(notice.messageId).toBe(messageIdOf(launch.outsourcingId, '0123.456.749'));
  });

  it('are in Dutch with the title, product, deadline, contact adviser and publication reference', () => {
    const [notice] = noticesForLaunch({ ...launch, offersDueOn: '2016-06-15' } as OutsourcingLaunched['data'], [
      fold([granted('0123.456.749')]),
    ]);
    expect(notice.subject).toBe('Nieuwe oproep (tender): Digitale vaardigheden');
    for (const part of [
      'Digitale vaardigheden',
      'Product: tender',
      'Deadline voor offertes: 2016-06-15',
      'Ann Peeters',
      'BDA-2016-000123',
    ]) {
      expect(notice.body).toContain(part);
    }
    const [without] = noticesForLaunch(launch, [fold([granted('0123.456.749')])]);
    expect(without.body).toContain('Deadline voor offertes: zie de publicatie');
  });

  it('follow the holder’s preferences: its own address, or the feed only', () => {
    const holder = fold([
      granted('0123.456.749'),
      { type: 'NotificationPreferencesSet', data: { enterpriseNumber: '0123.456.749', email: 'oproepen@holder.test', enabled: false } },
    ]);
    const [notice] = noticesForLaunch(launch, [holder]);
    expect(notice).toMatchObject({ email: 'oproepen@holder.test', mailWanted: false });
  });

  it('ignore mandate changes of an organisation never granted', () => {
    expect(
      evolveNoticeHolder(null, {
        type: 'MandateRevoked',
        data: { enterpriseNumber: '0123.456.749', reason: 'r', effectiveOn: '2016-01-01' },
      }),
    ).toBeNull();
  });

  it('retry with a doubling pause, capped at an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(MAX_ATTEMPTS + 20, 1000)).toBe(3_600_000);
  });
});
