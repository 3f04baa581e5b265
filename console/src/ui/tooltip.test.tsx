import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInEnglish } from '../test/render.js';
import { Tooltip } from './tooltip.js';

describe('Tooltip', () => {
  afterEach(cleanup);

  it('describes its element, shows on focus and hover, and hides on Escape', () => {
    renderInEnglish(<Tooltip text="Shown, opened, replied">{(d) => <button {...d}>Funnel</button>}</Tooltip>);
    const button = screen.getByRole('button', { name: 'Funnel' });
    const tip = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toBe('Shown, opened, replied');
    expect(tip.hidden).toBe(true);
    fireEvent.focus(button);
    expect(tip.hidden).toBe(false);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(tip.hidden).toBe(true);
    fireEvent.mouseEnter(button.parentElement!);
    expect(tip.hidden).toBe(false);
    fireEvent.mouseLeave(button.parentElement!);
    expect(tip.hidden).toBe(true);
  });
});
