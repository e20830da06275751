import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { parseEnterpriseNumber } from '../domain/enterprise-number.js';
import { HttpProblem } from '../http/problem.js';
import { accessOf, isPublic, routeKey } from './access-table.js';
import type { AuthenticatedRequest } from './auth.decorators.js';
import { type Principal, type Role, ROLES } from './principal.js';
import { TokenVerifier } from './token-verifier.js';

const CLOCK_SKEW_SECONDS = 60;

/**
 * Bearer JWT on every route but the public ones; then the access table's cell for the route and the
 * caller's role. `own-organisation` passes here: the route's own logic keeps a holder to what is its own.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(TokenVerifier) private readonly tokens: TokenVerifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = routeKey(request.method, request.routeOptions.url ?? request.url);
    if (isPublic(key)) return true;
    request.principal = await this.authenticate(request.headers.authorization);
    if (accessOf(key, request.principal.role) === 'denied') {
      throw new HttpProblem(403, 'ROLE_NOT_ALLOWED', `role ${request.principal.role} may not ${key}`);
    }
    return true;
  }

  private async authenticate(header: string | undefined): Promise<Principal> {
    const token = /^Bearer (.+)$/i.exec(header ?? '')?.[1];
    if (!token) throw new HttpProblem(401, 'TOKEN_MISSING', 'an Authorization: Bearer <token> header is required');
    const { sub, role, org, exp, iat } = await this.tokens.verify(token);
    // A token without an expiry would be valid forever: every token must say when it ends.
    if (typeof exp !== 'number') throw new HttpProblem(401, 'TOKEN_INVALID', 'the token has no expiry (exp)');
    this.assertLifetime(exp, iat);
    if (typeof sub !== 'string' || !sub) throw new HttpProblem(401, 'TOKEN_INVALID', 'the token has no sub');
    if (!ROLES.includes(role as Role)) throw new HttpProblem(401, 'TOKEN_INVALID', `the token's role must be one of ${ROLES.join(', ')}`);
    if (role !== 'mandate-holder' && role !== 'applicant') return { sub, role: role as Role, org: null };
    if (typeof org !== 'string') throw new HttpProblem(401, 'TOKEN_INVALID', `a ${role} token needs org (enterprise number)`);
    try {
      return { sub, role, org: parseEnterpriseNumber(org, 'org') };
    } catch {
      throw new HttpProblem(401, 'TOKEN_INVALID', "the token's org is not a valid enterprise number");
    }
  }

  /**
   * A stolen token is worth its remaining lifetime: exp alone could say 1e300. The lifetime is measured
   * from iat, and iat may not lie ahead (beyond a minute of clock skew), or a late iat would stretch it.
   */
  private assertLifetime(exp: number, iat: unknown): void {
    const maxHours = this.config.tokenMaxHours;
    if (typeof iat !== 'number' || !Number.isFinite(iat))
      throw new HttpProblem(401, 'TOKEN_WITHOUT_ISSUED_AT', 'the token has no issue time (iat): its lifetime cannot be checked');
    if (iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS)
      throw new HttpProblem(401, 'TOKEN_ISSUED_IN_FUTURE', 'the token was issued (iat) in the future');
    if (exp - iat > maxHours * 3600)
      throw new HttpProblem(401, 'TOKEN_LIFETIME_TOO_LONG', `the token lives longer (exp - iat) than the ${maxHours} hours allowed`);
  }
}
