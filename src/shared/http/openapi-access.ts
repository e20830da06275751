import type { OpenAPIObject } from '@nestjs/swagger';
import { ACCESS_TABLE, type AccessRow, PUBLIC } from '../auth/access-table.js';
import { ROLES } from '../auth/principal.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Each operation states who may call it, read from the access table the guard enforces: the document
 * cannot promise a role the service refuses. `x-access` is the row for tools; the description for people.
 */
export function withAccess(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const row = ACCESS_TABLE[`${method.toUpperCase()} ${path}`];
      if (row === undefined) continue;
      Object.assign(operation, { 'x-access': row });
      operation.description = [operation.description, `Who: ${who(row)}.`].filter(Boolean).join(' ');
    }
  }
  return document;
}

function who(row: AccessRow | typeof PUBLIC): string {
  if (row === PUBLIC) return 'anyone, without a token';
  const callers = ROLES.flatMap((role) =>
    row[role] === 'allowed' ? [role] : row[role] === 'own-organisation' ? [`${role} (its own organisation only)`] : [],
  );
  return callers.length ? callers.join(', ') : 'no one';
}
