import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInEnglish } from '../test/render.js';
import { Menu } from './menu.js';

describe('Menu', () => {
  afterEach(cleanup);

  it('opens with focus on the first item, moves with the arrows, picks with a click and returns focus', () => {
    const picked: string[] = [];
    renderInEnglish(<Menu label="More" items={[{ label: 'Edit', onSelect: () => picked.push('edit') }, { label: 'Delete', danger: true, onSelect: () => picked.push('delete') }]} />);
    const button = screen.getByRole('button', { name: 'More' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Edit' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Delete' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Edit' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Delete' }));
    expect(picked).toEqual(['delete']);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes on Escape and gives focus back to its button', () => {
    renderInEnglish(<Menu label="More" items={[{ label: 'Edit', onSelect: () => {} }]} />);
    const button = screen.getByRole('button', { name: 'More' });
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByRole('menuitem', { name: 'Edit' }), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
