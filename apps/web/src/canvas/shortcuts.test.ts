import { describe, expect, it } from 'vitest';
import { isTypingTarget, SHORTCUTS, shortcutFor } from './shortcuts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  shortcutFor({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('keyboard shortcuts', () => {
  it('maps the listed keys to their actions, with Ctrl or ⌘ alike', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('z', { metaKey: true })).toBe('undo');
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
    expect(press('d', { metaKey: true })).toBe('duplicate');
    expect(press('Delete')).toBe('delete');
    expect(press('Backspace')).toBe('delete');
    expect(press('?', { shiftKey: true })).toBe('help');
    expect(press('f')).toBe('fit');
    expect(press('l')).toBe('layout');
    expect(press('s', { ctrlKey: true })).toBe('save');
    expect(press('x')).toBeUndefined();
    expect(press('z', { ctrlKey: true, altKey: true })).toBeUndefined();
  });

  it('lists every shortcut it handles', () => {
    const handled = new Set(['undo', 'redo', 'duplicate', 'delete', 'selectAll', 'deselect', 'help', 'search', 'fit', 'layout', 'save', 'copy', 'cut', 'paste']);
    expect(new Set(SHORTCUTS.map((s) => s.id))).toEqual(handled);
  });

  it('leaves keys typed into fields to the field', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const button = document.createElement('button');
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(button)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
