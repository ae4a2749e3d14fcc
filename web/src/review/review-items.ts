import type { ApiOrder, CheckLine } from '../api/api-types.js';

/** An order in the review queue and why it is there. */
export interface ReviewItem {
  readonly order: ApiOrder;
  readonly reasons: readonly ReviewReason[];
}

/** A reason as a check line (known codes are put in words by the app) or as the server's sentence. */
export type ReviewReason = { readonly line: CheckLine } | { readonly text: string };

/**
 * The queue from `GET /reviews`, oldest first: a page (`{items}`) or a list, of orders or of `{order, reasons}`.
 * Reasons are the order's `review` lines when the server sends none of its own.
 */
export function reviewItems(answer: unknown): ReviewItem[] {
  const list: unknown[] = Array.isArray(answer)
    ? answer
    : answer !== null && typeof answer === 'object' && Array.isArray((answer as { items?: unknown }).items)
      ? (answer as { items: unknown[] }).items
      : [];
  const items = list.flatMap((entry): ReviewItem[] => {
    if (entry === null || typeof entry !== 'object') return [];
    const wrapped = 'order' in entry && typeof (entry as { order: unknown }).order === 'object';
    const order = (wrapped ? (entry as { order: ApiOrder }).order : entry) as ApiOrder;
    if (typeof order.id !== 'string') return [];
    const given = wrapped ? (entry as { reasons?: unknown }).reasons : undefined;
    return [{ order, reasons: Array.isArray(given) ? given.map(reasonOf) : linesOf(order) }];
  });
  // Oldest first, whatever order the server chose: the longest-waiting deposit is decided first.
  return items.sort((a, b) => String(a.order.createdAt ?? '').localeCompare(String(b.order.createdAt ?? '')));
}

function reasonOf(reason: unknown): ReviewReason {
  if (typeof reason === 'string') return { text: reason };
  const candidate = (reason ?? {}) as Partial<CheckLine>;
  return {
    line: {
      check: candidate.check ?? 'special',
      result: candidate.result ?? 'review',
      code: candidate.code ?? '',
      message: candidate.message ?? '',
      path: candidate.path ?? null,
    },
  };
}

function linesOf(order: ApiOrder): ReviewReason[] {
  return (order.verification?.checks ?? []).filter((line) => line.result === 'review').map((line) => ({ line }));
}

/** The next index when moving through the queue with the keyboard, staying inside it. */
export function moveWithin(index: number, step: number, length: number): number {
  if (length === 0) return 0;
  return Math.min(length - 1, Math.max(0, index + step));
}
