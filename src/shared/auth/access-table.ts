import type { Role } from './principal.js';

/**
 * `own-organisation`: a mandate holder passes the guard, and the route's own logic then shows or
 * changes only what is its organisation's (its mandate, its awards, their modules); another holder's
 * award or module answers 404, as one that does not exist, and another holder's mandate 403.
 */
export type Access = 'allowed' | 'own-organisation' | 'denied';

/** Only a mandate holder and an applicant belong to an organisation: the agency's own roles see all or nothing. */
export type AccessRow = Readonly<
  Record<Exclude<Role, 'mandate-holder' | 'applicant'>, 'allowed' | 'denied'> & { 'mandate-holder': Access; applicant: Access }
>;

/** Anyone, without a token: liveness, metrics for the scraper, and the dashboard's page (it holds no data). */
export const PUBLIC = 'public';

/**
 * An applicant (an organisation applying for a mandate) reaches only its applications, an operator only
 * the administration of the service: denied unless a row says otherwise.
 */
const row = (
  adviser: Access,
  management: Access,
  inspector: Access,
  holder: Access,
  applicant: Access = 'denied',
  operator: Access = 'denied',
) => ({ adviser, management, inspector, 'mandate-holder': holder, applicant, operator }) as AccessRow;
const A = 'allowed';
const O = 'own-organisation';
const D = 'denied';

/**
 * Who may call what: the one place the guard reads. Keys are the method and the path as /docs-json
 * writes them; a route missing here is refused to everyone. Columns: adviser, management, inspector,
 * mandate holder, applicant, operator. Advisers administer; operators run the service; management sets targets and closes years; inspectors read and
 * audit; a holder delivers its own awards. Only advisers see personal data.
 */
export const ACCESS_TABLE: Readonly<Record<string, AccessRow | typeof PUBLIC>> = {
  'GET /health': PUBLIC,
  'GET /metrics': PUBLIC,

  // The operator's: the state of the read models and their online rebuild (no figure, no person).
  'GET /admin/projections': row(D, D, D, D, D, A),
  'POST /admin/projections/{name}/rebuild': row(D, D, D, D, D, A),
  'GET /': PUBLIC,
  'GET /assets/{name}': PUBLIC,
  'GET /assets/vendor/{name}': PUBLIC,
  'GET /app': PUBLIC,
  'GET /app/*': PUBLIC,
  'GET /app/assets/{name}': PUBLIC,
  'GET /app/assets/{folder}/{name}': PUBLIC,

  'GET /mandate-holders': row(A, A, A, D),
  'GET /mandate-holders/{enterpriseNumber}': row(A, A, A, O),
  'POST /mandate-holders': row(A, D, D, D),
  'POST /mandate-holders/{enterpriseNumber}/suspend': row(A, D, D, D),
  'POST /mandate-holders/{enterpriseNumber}/reinstate': row(A, D, D, D),
  'POST /mandate-holders/{enterpriseNumber}/revoke': row(A, D, D, D),
  'PUT /mandate-holders/{enterpriseNumber}/notification-preferences': row(A, D, D, O),

  // A call is public once launched: every holder reads it, but sees only its own awards in it.
  'GET /outsourcings': row(A, A, A, A),
  'GET /outsourcings/{id}': row(A, A, A, A),
  'POST /outsourcings': row(A, D, D, D),
  'POST /outsourcings/{id}/awards': row(A, D, D, D),
  'POST /outsourcings/{id}/awards/{awardId}/amend': row(A, D, D, D),
  'POST /outsourcings/{id}/awards/{awardId}/withdraw': row(A, D, D, D),
  'POST /outsourcings/{id}/declare-not-granted': row(A, D, D, D),
  'POST /outsourcings/{id}/cancel': row(A, D, D, D),
  'POST /outsourcings/{id}/close': row(A, D, D, D),
  // Offers are sealed until the deadline (only their count is public); a holder reads and withdraws its own only.
  'POST /outsourcings/{id}/offers': row(D, D, D, A),
  'GET /outsourcings/{id}/offers': row(A, A, A, A),
  'GET /outsourcings/{id}/offers/{offerId}': row(A, A, A, O),
  'POST /outsourcings/{id}/offers/{offerId}/withdraw': row(D, D, D, O),
  'POST /outsourcings/{id}/offers/{offerId}/scores': row(A, D, D, D),
  'GET /outsourcings/{id}/ranking': row(A, A, A, D),
  'GET /outsourcings/{id}/jury-report': row(A, A, A, D),

  // Advisers write calls from templates; management and inspectors read them as part of how a call was made.
  'GET /templates': row(A, A, A, D),
  'GET /templates/{id}': row(A, A, A, D),
  'POST /templates': row(A, D, D, D),
  'POST /templates/{id}/revise': row(A, D, D, D),

  // A holder reads its own notices (the route shows nothing else); the agency's roles have the outbox in /health.
  'GET /notices': row(D, D, D, A),

  // An organisation applies for itself and reads its own applications; advisers decide.
  'POST /mandate-applications': row(D, D, D, D, O),
  'GET /mandate-applications': row(A, D, A, D, O),
  'POST /mandate-applications/{applicationId}/approve': row(A, D, D, D),
  'POST /mandate-applications/{applicationId}/reject': row(A, D, D, D),

  'GET /awards/{awardId}': row(A, D, A, O),
  'GET /awards/{awardId}/modules': row(A, D, A, O),
  'GET /modules/{moduleId}': row(A, D, A, O),
  'POST /awards/{awardId}/modules': row(D, D, D, O),
  'POST /modules/{moduleId}/sessions': row(D, D, D, O),
  'POST /modules/{moduleId}/participants': row(D, D, D, O),
  'POST /modules/{moduleId}/participants/import': row(D, D, D, O),
  'DELETE /modules/{moduleId}/participants/{participantId}': row(D, D, D, O),
  'POST /modules/{moduleId}/evaluations': row(D, D, D, O),
  'POST /awards/{awardId}/follow-ups': row(A, D, D, D),
  'POST /awards/{awardId}/payments': row(A, D, D, D),
  'POST /awards/{awardId}/financial-reports': row(A, D, D, D),
  'POST /awards/{awardId}/recoveries': row(A, D, D, D),
  'GET /participants/{participantId}': row(A, D, D, D),
  'POST /participants/{participantId}/erase': row(A, D, D, D),
  'GET /exports/delivery.csv': row(A, D, A, D),
  'GET /supervision/{year}': row(A, A, A, D),

  'GET /indicators/{year}': row(A, A, A, D),
  'GET /indicators/{year}/table': row(A, A, A, D),
  'GET /targets/{year}': row(A, A, A, D),
  'PUT /targets/{year}': row(D, A, D, D),
  'GET /plans/{year}': row(A, A, A, D),
  'PUT /plans/{year}': row(D, A, D, D),
  'POST /indicators/{year}/estimates': row(D, A, D, D),
  'POST /indicators/{year}/estimates/{code}/withdraw': row(D, A, D, D),
  'POST /indicators/{year}/close': row(D, A, D, D),
  'POST /indicators/{year}/reopen': row(D, A, D, D),

  'GET /audit/events': row(A, D, A, D),
  'GET /audit/events.ndjson': row(A, D, A, D),
  'GET /audit/holders/{enterpriseNumber}': row(A, D, A, D),
  'GET /audit/integrity': row(D, D, A, D),
  'POST /audit/integrity/acknowledge': row(A, D, A, D),
};

/** Fastify's `/modules/:moduleId` as the document writes it, `/modules/{moduleId}`; HEAD is answered by GET. */
export function routeKey(method: string, fastifyUrl: string): string {
  const path = fastifyUrl.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
  return `${method === 'HEAD' ? 'GET' : method} ${path}`;
}

export const isPublic = (key: string) => ACCESS_TABLE[key] === PUBLIC;

/** A route not in the table is denied to every role. */
export function accessOf(key: string, role: Role): Access {
  const entry = Object.hasOwn(ACCESS_TABLE, key) ? ACCESS_TABLE[key] : undefined;
  return entry && entry !== PUBLIC ? entry[role] : 'denied';
}
