import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInEnglish } from '../test/render.js';
import { settingsServer } from '../test/settings-server.js';
import { SiteSettingsForm } from './site-settings-form.js';

describe("the site settings form's retention", () => {
  afterEach(() => cleanup());

  it('sends retentionDays when switched on and changed, and null when switched off', async () => {
    const server = settingsServer();
    renderInEnglish(<SiteSettingsForm token="tok" siteId="site-1" departments={server.departments} fetchImpl={server.fetchImpl} />);
    fireEvent.click(await screen.findByLabelText('Delete old conversations'));
    const days = screen.getByLabelText(/Delete closed conversations/) as HTMLInputElement;
    expect(days.value).toBe('365');
    fireEvent.input(days, { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(server.writes()).toHaveLength(1));
    expect(server.writes()[0]?.body).toEqual({ retentionDays: 90 });
    expect(await screen.findByText('Saved.')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Delete old conversations'));
    expect(screen.queryByLabelText(/Delete closed conversations/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(server.writes()).toHaveLength(2));
    expect(server.writes()[1]?.body).toEqual({ retentionDays: null });
  });

  it('never saves a typo as "keep forever": it goes to the server as 0, to be refused beside the field', async () => {
    const server = settingsServer({ retentionDays: 30 });
    renderInEnglish(<SiteSettingsForm token="tok" siteId="site-1" departments={server.departments} fetchImpl={server.fetchImpl} />);
    const days = (await screen.findByLabelText(/Delete closed conversations/)) as HTMLInputElement;
    expect(days.value).toBe('30');
    fireEvent.input(days, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(server.writes()).toHaveLength(1));
    expect(server.writes()[0]?.body).toEqual({ retentionDays: 0 });
  });
});
