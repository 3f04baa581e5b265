import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInEnglish } from '../test/render.js';
import { settingsServer } from '../test/settings-server.js';
import { SiteSettingsForm } from './site-settings-form.js';

describe('the business hours editor', () => {
  afterEach(() => cleanup());

  it('turns hours on in a chosen zone, adds and removes intervals per weekday, and back to always open', async () => {
    const server = settingsServer();
    renderInEnglish(<SiteSettingsForm token="tok" siteId="site-1" departments={[]} fetchImpl={server.fetchImpl} />);
    const alwaysOpen = (await screen.findByLabelText('Always open')) as HTMLInputElement;
    expect(alwaysOpen.checked).toBe(true);
    expect(screen.queryByLabelText('Time zone')).toBeNull();

    fireEvent.click(alwaysOpen);
    const zone = screen.getByLabelText('Time zone') as HTMLSelectElement;
    expect(zone.options.length).toBeGreaterThan(300);
    fireEvent.change(zone, { target: { value: 'Asia/Taipei' } });
    // Office hours to start from: Monday to Friday, 9 to 5; the weekend closed.
    expect(within(screen.getByRole('row', { name: /Saturday/ })).getByText('Closed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add hours (Saturday)' }));
    fireEvent.input(screen.getByLabelText('Saturday opens'), { target: { value: '10:00' } });
    fireEvent.input(screen.getByLabelText('Saturday closes'), { target: { value: '14:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add hours (Monday)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove 09:00–17:00 (Friday)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    const nine: [string, string][] = [['09:00', '17:00']];
    expect(server.writes()[0]!.body).toEqual({
      hours: { timeZone: 'Asia/Taipei', weekly: { mon: [...nine, ...nine], tue: nine, wed: nine, thu: nine, sat: [['10:00', '14:00']] } },
    });

    fireEvent.click(screen.getByLabelText('Always open'));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved.');
    expect(server.writes()[1]!.body).toEqual({ hours: null });
  });
});
