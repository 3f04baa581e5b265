import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { agent } from '../test/fixtures.js';
import { NavRail } from '../shell/nav-rail.js';
import { sectionsFor } from '../shell/section-labels.js';
import { renderInEnglish } from '../test/render.js';
import { settingsServer } from '../test/settings-server.js';
import { SettingsPage } from './settings-page.js';

describe('departments in Settings', () => {
  afterEach(() => cleanup());

  it('creates a department with members, then changes only what was edited: escalation and its own hours', async () => {
    const server = settingsServer();
    const site = server.site;
    renderInEnglish(<SettingsPage token="tok" agent={agent} sites={[site]} siteId={site.id} onSiteChange={() => {}} fetchImpl={server.fetchImpl} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Departments' }));
    expect(await screen.findByText('No departments yet: every chat goes to any online agent.')).toBeTruthy();

    for (const name of ['售后支持', '技术专家']) {
      fireEvent.click(screen.getAllByRole('button', { name: 'New department' })[0]!);
      fireEvent.input(await screen.findByLabelText('Name'), { target: { value: name } });
      fireEvent.click(await screen.findByLabelText(/李娜/));
      fireEvent.click(screen.getByRole('button', { name: 'Create department' }));
      expect(await screen.findByRole('cell', { name })).toBeTruthy();
    }
    expect(server.writes()[0]).toEqual({ method: 'POST', path: '/departments', body: { name: '售后支持', memberIds: ['agent-li'], escalatesToId: null, hours: null } });

    fireEvent.click(screen.getByRole('button', { name: 'Edit 售后支持' }));
    fireEvent.change(await screen.findByLabelText('Escalates to'), { target: { value: 'dep-2' } });
    fireEvent.click(screen.getByLabelText("The site's hours"));
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Asia/Hong_Kong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save department' }));
    await waitFor(() => expect(server.writes()).toHaveLength(3));
    const patch = server.writes()[2]!;
    expect(patch.path).toBe('/departments/dep-1');
    expect(Object.keys(patch.body as object).sort()).toEqual(['escalatesToId', 'hours']);
    expect(patch.body).toMatchObject({ escalatesToId: 'dep-2', hours: { timeZone: 'Asia/Hong_Kong' } });
    // The list shows the change: escalation to the second team, the department's own zone.
    expect(await screen.findByRole('cell', { name: 'Asia/Hong_Kong' })).toBeTruthy();
    expect(screen.getAllByRole('cell', { name: '技术专家' })).toHaveLength(2);
  });

  it('tells an agent who is not an admin that settings are for admins', () => {
    const server = settingsServer();
    renderInEnglish(<SettingsPage token="tok" agent={{ ...agent, role: 'agent' }} sites={[server.site]} siteId="site-1" onSiteChange={() => {}} fetchImpl={server.fetchImpl} />);
    expect(screen.getByRole('alert').textContent).toBe('Only admins can change settings.');
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });
});

describe('the Settings link', () => {
  afterEach(() => cleanup());

  it('is in the rail for an admin only', () => {
    const bar = (role: 'admin' | 'supervisor' | 'agent') =>
      renderInEnglish(<NavRail sections={sectionsFor(role)} current="inbox" onSection={() => {}} end={null} />);
    bar('admin');
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('href')).toMatch(/\/settings$/);
    cleanup();
    bar('supervisor');
    expect(screen.getByRole('link', { name: 'Triggers' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Settings' })).toBeNull();
  });
});
