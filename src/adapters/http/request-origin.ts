import type { FastifyRequest } from 'fastify';
import type { RequestOrigin } from '../../application/audit.js';

/** The caller's address as the audit trail records it. */
export function originOf(request: FastifyRequest): RequestOrigin {
  return { ip: request.ip ?? null };
}
