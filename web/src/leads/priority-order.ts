import type { Priority } from '../../../src/domain/introduction/needs-profile.js';

/** Names a priority (added last: the customer names what matters most first) or drops it, keeping the others' order. */
export function togglePriority(priorities: readonly Priority[], priority: Priority, chosen: boolean): Priority[] {
  const others = priorities.filter((existing) => existing !== priority);
  return chosen ? [...others, priority] : others;
}

/** Moves a priority one place up (`-1`, more important) or down (`1`); at either end nothing moves. */
export function movePriority(priorities: readonly Priority[], priority: Priority, step: -1 | 1): Priority[] {
  const list = [...priorities];
  const from = list.indexOf(priority);
  const to = from + step;
  if (from === -1 || to < 0 || to >= list.length) return list;
  [list[from], list[to]] = [list[to] as Priority, priority];
  return list;
}
