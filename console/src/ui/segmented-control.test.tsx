import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInEnglish } from '../test/render.js';
import { SegmentedControl } from './segmented-control.js';

function Example({ onValue }: { onValue(v: string): void }) {
  const [value, setValue] = useState<'session' | 'visitor'>('session');
  return (
    <SegmentedControl
      label="Show it"
      value={value}
      options={[{ value: 'session', label: 'Once a visit' }, { value: 'visitor', label: 'Once ever' }]}
      onValue={(v) => (setValue(v), onValue(v))}
    />
  );
}

describe('SegmentedControl', () => {
  afterEach(cleanup);

  it('is a named group of radio buttons with one checked', () => {
    const picked: string[] = [];
    renderInEnglish(<Example onValue={(v) => picked.push(v)} />);
    const group = screen.getByRole('group', { name: 'Show it' });
    expect(group).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Once a visit' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Once ever' }));
    expect((screen.getByRole('radio', { name: 'Once ever' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Once a visit' }) as HTMLInputElement).checked).toBe(false);
    expect(picked).toEqual(['visitor']);
  });
});
