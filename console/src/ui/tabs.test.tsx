import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInEnglish } from '../test/render.js';
import { Tabs } from './tabs.js';

function Example() {
  const [tab, setTab] = useState<'site' | 'people' | 'rules'>('site');
  return (
    <Tabs<'site' | 'people' | 'rules'> label="Settings" selected={tab} onSelect={setTab} tabs={[{ key: 'site', label: 'Site' }, { key: 'people', label: 'People' }, { key: 'rules', label: 'Rules' }]}>
      <p>Panel {tab}</p>
    </Tabs>
  );
}

describe('Tabs', () => {
  afterEach(cleanup);

  it('selects by click and names the panel by the selected tab', () => {
    renderInEnglish(<Example />);
    fireEvent.click(screen.getByRole('tab', { name: 'People' }));
    expect(screen.getByRole('tab', { name: 'People' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'People' }).textContent).toBe('Panel people');
  });

  it('keeps one tab in the Tab order and moves with the arrow keys, wrapping, and Home/End', () => {
    renderInEnglish(<Example />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Rules');
    expect(document.activeElement?.textContent).toBe('Rules');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Site');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Rules');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Site');
  });
});
