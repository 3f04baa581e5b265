import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInEnglish } from '../test/render.js';
import { Button } from './button.js';
import { Drawer } from './drawer.js';
import { Field } from './field.js';
import { TextInput } from './text-input.js';

describe('Field', () => {
  afterEach(cleanup);

  it('names its control by the label and describes it by the help and the error', () => {
    renderInEnglish(
      <Field label="Site name" help="What your team calls it." error="This is required.">
        {(c) => <TextInput {...c} value="" onValue={() => {}} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Site name' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['This is required.', 'What your team calls it.']);
    expect(screen.getByRole('alert').textContent).toBe('This is required.');
  });

  it('is not invalid without an error', () => {
    renderInEnglish(<Field label="Name">{(c) => <TextInput {...c} value="" onValue={() => {}} />}</Field>);
    expect(screen.getByRole('textbox', { name: 'Name' }).hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('Drawer', () => {
  afterEach(cleanup);

  function Harness() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button onClick={() => setOpen(true)}>Edit</Button>
        <Drawer open={open} title="Edit Shop" onClose={() => setOpen(false)}>
          <Field label="Site name">{(c) => <TextInput {...c} value="Shop" onValue={() => {}} />}</Field>
        </Drawer>
      </>
    );
  }

  it('is a modal dialog named by its title that takes focus, closes on Escape and gives focus back', () => {
    renderInEnglish(<Harness />);
    const opener = screen.getByRole('button', { name: 'Edit' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Edit Shop' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
