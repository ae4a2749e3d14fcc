import type { FastifyReply } from 'fastify';

export interface ProblemFieldError {
  readonly path: string | null;
  readonly code: string;
  readonly message: string;
}

/** RFC 9457 problem details, with ordergate's stable `code` and the offending fields. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly errors: readonly ProblemFieldError[];
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(
  status: number,
  code: string,
  detail: string,
  errors: readonly ProblemFieldError[] = [],
): Problem {
  return { type: `/docs#problem-${code}`, title: TITLES[status] ?? 'Error', status, detail, code, errors };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}
