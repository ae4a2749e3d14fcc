import { describe, expect, it } from 'vitest';
import { movePriority, togglePriority } from './priority-order.js';

describe("ordering the customer's priorities", () => {
  it('adds a newly named priority last and drops one without moving the others', () => {
    expect(togglePriority(['space'], 'safety', true)).toEqual(['space', 'safety']);
    expect(togglePriority(['space', 'safety', 'technology'], 'safety', false)).toEqual(['space', 'technology']);
  });

  it('never names a priority twice', () => {
    expect(togglePriority(['space', 'safety'], 'space', true)).toEqual(['safety', 'space']);
  });

  it('moves a priority up or down one place', () => {
    expect(movePriority(['space', 'safety', 'technology'], 'technology', -1)).toEqual([
      'space',
      'technology',
      'safety',
    ]);
    expect(movePriority(['space', 'safety'], 'space', 1)).toEqual(['safety', 'space']);
  });

  it('leaves the list as it is at either end, or for a priority not named', () => {
    expect(movePriority(['space', 'safety'], 'space', -1)).toEqual(['space', 'safety']);
    expect(movePriority(['space', 'safety'], 'safety', 1)).toEqual(['space', 'safety']);
    expect(movePriority(['space'], 'performance', 1)).toEqual(['space']);
  });
});
