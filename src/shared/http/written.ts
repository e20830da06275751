import type { FastifyReply } from 'fastify';
import type { Position } from '../event-store/event-store.port.js';

/** Every write answers with its stream revision as ETag and its log position in the body. */
export function written<B extends object>(reply: FastifyReply, result: { revision: number; position: Position | null }, body: B) {
  void reply.header('etag', `"${result.revision}"`);
  return { ...body, revision: result.revision, position: result.position };
}
