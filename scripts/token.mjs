#!/usr/bin/env node
// Prints a bearer token for the configured secret:
//   npm run token -- --role adviser --sub ann
//   npm run token -- --role mandate-holder --sub piet --org 0123.456.749 --expires 1h
import jwt from 'jsonwebtoken';
import { parseArgs } from 'node:util';

// The same development-only secret as src/config/config.ts: outside development JWT_SECRET is required.
const DEVELOPMENT_SECRET = 'development-only-secret-not-for-production';
const ROLES = ['adviser', 'mandate-holder', 'management', 'inspector', 'applicant', 'operator'];

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    sub: { type: 'string' },
    org: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});

const fail = (message) => {
  console.error(
    `${message}\nusage: npm run token -- --role <${ROLES.join('|')}> --sub <user> [--org <enterprise number>] [--expires 8h] (the service refuses tokens living longer than TOKEN_MAX_HOURS, 12 by default)`,
  );
  process.exit(2);
};
if (!ROLES.includes(values.role)) fail(`--role must be one of ${ROLES.join(', ')}`);
if (!values.sub) fail('--sub (the user) is required');
if ((values.role === 'mandate-holder' || values.role === 'applicant') && !values.org)
  fail(`a ${values.role} token needs --org (its enterprise number)`);
// With an identity provider and no secret, the service accepts only the provider's tokens: one from here would be refused.
if (!process.env.JWT_SECRET && process.env.JWT_JWKS_URL)
  fail('JWT_JWKS_URL is set without JWT_SECRET: tokens come from the identity provider');
const secret =
  process.env.JWT_SECRET ||
  ((process.env.NODE_ENV ?? 'development') === 'development' ? DEVELOPMENT_SECRET : fail('JWT_SECRET is required outside development'));

const claims = { sub: values.sub, role: values.role, ...(values.org ? { org: values.org } : {}) };
console.log(jwt.sign(claims, secret, { algorithm: 'HS256', expiresIn: values.expires }));
