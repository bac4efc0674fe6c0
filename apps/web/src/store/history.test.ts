import { describe, expect, it } from 'vitest';
import { emptyHistory, HISTORY_LIMIT, record, redo, undo } from './history';

describe('undo history', () => {
  it('undoes and redoes in order, and a new change forgets what was undone', () => {
    let h = record(emptyHistory<string>(), 'a');
    h = record(h, 'b');
    const u1 = undo(h, 'c')!;
    expect(u1.state).toBe('b');
    const u2 = undo(u1.history, u1.state)!;
    expect(u2.state).toBe('a');
    expect(undo(u2.history, u2.state)).toBeNull();
    const r1 = redo(u2.history, u2.state)!;
    expect(r1.state).toBe('b');
    const changed = record(r1.history, r1.state);
    expect(changed.future).toEqual([]);
    expect(redo(changed, 'x')).toBeNull();
  });

  it('folds consecutive changes with the same key into one step (typing in one field)', () => {
    let h = record(emptyHistory<string>(), 'H', 'body');
    h = record(h, 'He', 'body');
    h = record(h, 'Hel', 'body');
    expect(h.past).toEqual(['H']);
    h = record(h, 'Hello', 'subject');
    expect(h.past).toEqual(['H', 'Hello']);
    expect(undo(h, 'Hello!')!.history.lastKey).toBeUndefined();
  });

  it('keeps at most the last HISTORY_LIMIT steps', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(5);
  });
});
