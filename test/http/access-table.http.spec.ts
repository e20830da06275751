import jwt from 'jsonwebtoken';
import { type Access, ACCESS_TABLE, PUBLIC } from '../../src/shared/auth/access-table.js';
import { ROLES } from '../../src/shared/auth/principal.js';
import { AFTER_TRAININGS, holder, moduleBody, participant, SYNTRA, UNIZO, write } from '../support/delivery-fixtures.js';
import type { Operation } from '../support/openapi-contract.js';
import { award, grantHolders, post, tender } from '../support/outsourcing-requests.js';
import { recordedSince, startTestApp, type TestApp, TEST_SECRET } from '../support/test-app.js';

/** Routes outside the document (the dashboard's files, the metrics scrape): public, and probed here too. */
const UNDOCUMENTED: Readonly<Record<string, string>> = {
  'GET /': '/',
  'GET /metrics': '/metrics',
  'GET /assets/{name}': '/assets/app.js',
  'GET /assets/vendor/{name}': '/assets/vendor/chart.umd.js',
  'GET /app': '/app',
  'GET /app/*': '/app/calls/42',
  'GET /app/assets/{name}': '/app/assets/app.js',
  'GET /app/assets/{folder}/{name}': '/app/assets/pages/calls.js',
};

/** Its example names a participant that does not exist: another holder must be refused for the module, not for that. */
const EVALUATION = 'POST /modules/{moduleId}/evaluations';

/** What a caller must get: through the guard (any status but 401 and 403), refused, or hidden by the route's own logic. */
type Outcome = 'passes' | 401 | 403 | 'not its own';

interface Caller {
  readonly name: string;
  readonly authorization: string | null;
  outcome(row: (typeof ACCESS_TABLE)[string]): Outcome;
}

const passesIf = (access: Access): Outcome => (access === 'denied' ? 403 : 'passes');

/**
 * Every operation of /docs-json, called by every role, by a holder of another organisation, and with
 * every kind of bad token, against the answer the table gives. A request the guard lets through
 * carries a malformed If-Match, so no write happens; only another holder's request goes in whole,
 * because then the route's own logic must refuse it. The whole sweep records no event.
 */
describe('the access table over HTTP: every operation, every caller', () => {
  let t: TestApp;
  let operations: { key: string; method: string; path: string; operation: Operation & { 'x-access'?: unknown } }[];
  let ids: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
    const document = (await t.http.get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, Operation>> };
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, method, path, operation })),
    );
    ids = await syntrasDelivery(t);
  });
  afterAll(() => t.close());

  it('has a row for every operation of /docs-json, and none for a route that does not exist', () => {
    const documented = new Set(operations.map((o) => o.key));
    expect(operations.map((o) => o.key).filter((key) => !Object.hasOwn(ACCESS_TABLE, key))).toEqual([]);
    const stale = Object.keys(ACCESS_TABLE).filter((key) => !documented.has(key) && !Object.hasOwn(UNDOCUMENTED, key));
    expect(stale).toEqual([]);
    expect(Object.keys(UNDOCUMENTED).filter((key) => ACCESS_TABLE[key] !== PUBLIC)).toEqual([]);
    const misdocumented = operations.filter(
      ({ key, operation }) => JSON.stringify(operation['x-access']) !== JSON.stringify(ACCESS_TABLE[key]),
    );
    expect(misdocumented.map(({ key }) => key)).toEqual([]);
  });

  it('answers every operation as the table says for every role, bad token and other holder, and records nothing', async () => {
    const position = (await t.http.get('/health')).body.log.head as number;
    const faults: string[] = [];
    const probes = [
      ...operations.map(({ key, method, path, operation }) => ({ key, method, url: withIds(path, ids), operation })),
      ...Object.entries(UNDOCUMENTED).map(([key, url]) => ({ key, method: 'get', url, operation: null })),
    ];
    for (const { key, method, url, operation } of probes) {
      const row = ACCESS_TABLE[key];
      if (!row) {
        faults.push(`${key}: not in the access table`);
        continue;
      }
      const answers = await Promise.all(
        callers(t).map(async (caller) => {
          const outcome = caller.outcome(row);
          let request = t.http[method as 'get'](url);
          if (caller.authorization) request = request.set('authorization', caller.authorization);
          if (method !== 'get' && outcome !== 'not its own') request = request.set('if-match', 'probe-changes-nothing');
          const body =
            outcome === 'not its own'
              ? key === EVALUATION
                ? { participantId: ids.participantId, score: 8 }
                : exampleBody(operation)
              : undefined;
          const { status } = await (body === undefined ? request : request.send(body as object));
          return { caller: caller.name, outcome, status };
        }),
      );
      for (const { caller, outcome, status } of answers) {
        const right =
          outcome === 'passes'
            ? status !== 401 && status !== 403
            : outcome === 'not its own'
              ? status === 403 || status === 404
              : status === outcome;
        if (!right || status >= 500) faults.push(`${key} as ${caller}: expected ${outcome}, answered ${status}`);
      }
    }
    expect(faults).toEqual([]);
    expect(await recordedSince(t, position)).toEqual([]);
  });
});

function callers(t: TestApp): Caller[] {
  const now = Math.floor(Date.now() / 1000);
  const signed = (claims: object, secret = TEST_SECRET, options: jwt.SignOptions = {}) =>
    `Bearer ${jwt.sign({ sub: 'mallory', role: 'adviser', ...claims }, secret, options)}`;
  const refused = (row: (typeof ACCESS_TABLE)[string]): Outcome => (row === PUBLIC ? 'passes' : 401);
  const bad = (name: string, authorization: string | null): Caller => ({ name, authorization, outcome: refused });
  return [
    ...ROLES.map((role): Caller => ({
      name: role,
      authorization:
        role === 'mandate-holder' ? holder(t, SYNTRA) : role === 'applicant' ? t.auth(role, { org: '0417.497.106' }) : t.auth(role),
      outcome: (row) => (row === PUBLIC ? 'passes' : passesIf(row[role])),
    })),
    {
      name: 'a holder of another organisation',
      authorization: holder(t, UNIZO),
      outcome: (row) =>
        row === PUBLIC ? 'passes' : row['mandate-holder'] === 'own-organisation' ? 'not its own' : passesIf(row['mandate-holder']),
    },
    bad('no token', null),
    bad('an expired token', signed({ iat: now - 7200, exp: now - 3600 })),
    bad('a token signed with another secret', signed({ iat: now, exp: now + 3600 }, 'another-secret-that-is-at-least-32-characters')),
    bad('a token without iat', signed({ exp: now + 3600 }, TEST_SECRET, { noTimestamp: true })),
    bad('a token living longer than TOKEN_MAX_HOURS', signed({ iat: now, exp: now + 13 * 3600 })),
    bad('a token with role none', signed({ role: 'none', iat: now, exp: now + 3600 })),
  ];
}

/** A well-formed body for another holder's request, so that only the organisation can refuse it. */
function exampleBody(operation: Operation | null): unknown {
  const media = operation?.requestBody?.content['application/json'];
  return media?.example ?? (media?.examples ? Object.values(media.examples)[0]?.value : undefined);
}

const withIds = (path: string, ids: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!Object.hasOwn(ids, name)) throw new Error(`no id for {${name}} in ${path}`);
    return encodeURIComponent(ids[name]);
  });

/** One call awarded to Syntra, a module of it with a session and a participant: what the ids of the paths name. */
async function syntrasDelivery(t: TestApp): Promise<Record<string, string>> {
  await grantHolders(t, 'syntra', 'unizo');
  const id = (await post(t, '/outsourcings', tender())).id as string;
  const awardId = (await post(t, `/outsourcings/${id}/awards`, award(SYNTRA, 90_000_00, { lot: 1 }))).awardId as string;
  const syntra = holder(t, SYNTRA);
  const moduleId = (await write(t, syntra, `/awards/${awardId}/modules`, moduleBody())).moduleId as string;
  await write(t, syntra, `/modules/${moduleId}/sessions`, { date: '2016-09-05', place: 'Gent', hours: 3 });
  const participantId = (await write(t, syntra, `/modules/${moduleId}/participants`, participant(1))).participantId as string;
  // No offer has this id: the offer routes answer 404 to whoever the guard lets through.
  const offerId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  // No application exists: the guard answers before the route looks it up.
  const applicationId = '00000000-0000-4000-8000-000000000000';
  return {
    year: '2016',
    code: '2.11',
    enterpriseNumber: SYNTRA,
    id,
    awardId,
    moduleId,
    participantId,
    offerId,
    applicationId,
    name: 'mandate-holders',
  };
}
