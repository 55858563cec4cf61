// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { germanI18n } from '../../test/i18n';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';
import { byMessages, formResolver } from './form-resolver';
import { PROPOSAL_MESSAGES } from './submission-messages';
import { useCheckedSubmit, type SendFailure } from './use-checked-submit';

beforeAll(germanI18n);
afterEach(cleanup);

type Values = { title: string; text: string };
// A stand-in for a shared schema, with the proposal form's messages.
const schema = z.object({ title: z.string().trim().min(3).max(120), text: z.string().trim().min(1) });

function Form({ send, explain }: { send: (v: Values) => Promise<void>; explain: (error: unknown) => SendFailure }) {
  const form = useForm<Values>({ defaultValues: { title: '', text: '' }, resolver: formResolver({ schema, describe: byMessages(PROPOSAL_MESSAGES) }), reValidateMode: 'onSubmit', shouldFocusError: false });
  const { submit, formError, submitting } = useCheckedSubmit(form, { messages: PROPOSAL_MESSAGES, focusOrder: ['title', 'text'], explain, failedMessage: 'feedback:proposal.errors.saveFailed', send });
  const { errors } = form.formState;
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary message={formError} />
      <Field label="Titel" {...(errors.title?.message ? { error: errors.title.message } : {})}>
        {(control) => <input {...control} {...form.register('title')} />}
      </Field>
      <Field label="Beschreibung" hint="Was und warum?" {...(errors.text?.message ? { error: errors.text.message } : {})}>
        {(control) => <textarea {...control} {...form.register('text')} />}
      </Field>
      <button type="submit" disabled={submitting}>Senden</button>
    </form>
  );
}

const describedTexts = (element: HTMLElement) => (element.getAttribute('aria-describedby')?.split(' ') ?? []).map((id) => document.getElementById(id)?.textContent);
const press = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Senden' }));
  });
};

describe('useCheckedSubmit: show the problems, focus the first, else queue', () => {
  it('shows every problem in German, ties it to its field, focuses the first and sends nothing', async () => {
    const send = vi.fn(async () => undefined);
    render(<Form send={send} explain={() => ({ kind: 'failed', error: undefined })} />);
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'ab' } });
    await press();
    const title = screen.getByLabelText('Titel');
    const text = screen.getByLabelText('Beschreibung');
    expect(send).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(title);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(describedTexts(title)).toEqual(['Der Titel braucht mindestens 3 Zeichen.']);
    expect(describedTexts(text)).toEqual(['Was und warum?', 'Bitte beschreiben Sie Ihren Vorschlag.']);
  });

  it('takes a problem away as its field changes, and sends once everything is right', async () => {
    const send = vi.fn(async () => undefined);
    render(<Form send={send} explain={() => ({ kind: 'failed', error: undefined })} />);
    await press();
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Mehr Bänke' } });
    expect(screen.getByLabelText('Titel').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('Bitte beschreiben Sie Ihren Vorschlag.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Beschreibung'), { target: { value: 'Am Domplatz.' } });
    await press();
    expect(send).toHaveBeenCalledWith({ title: 'Mehr Bänke', text: 'Am Domplatz.' });
  });

  it('puts a field the outbox refused on that field, and anything else on the form, keeping what was typed', async () => {
    const fill = () => {
      fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Mehr Bänke' } });
      fireEvent.change(screen.getByLabelText('Beschreibung'), { target: { value: 'Am Domplatz.' } });
    };
    const refused = render(<Form send={() => Promise.reject(new Error('refused'))} explain={() => ({ kind: 'invalid', path: 'title' })} />);
    fill();
    await press();
    expect(describedTexts(screen.getByLabelText('Titel'))).toEqual(['Bitte prüfen Sie diese Angabe.']);
    refused.unmount();

    render(<Form send={() => Promise.reject(new Error('full'))} explain={() => ({ kind: 'quota' })} />);
    fill();
    await press();
    expect(screen.getByRole('alert').textContent).toContain('Der Speicher auf diesem Gerät ist voll');
    expect((screen.getByLabelText('Beschreibung') as HTMLTextAreaElement).value).toBe('Am Domplatz.');
  });
});
