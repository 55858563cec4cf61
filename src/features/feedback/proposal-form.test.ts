import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits';
import { checkForm } from '../../ui/form/form-resolver';
import { EMPTY_PROPOSAL, parseStoredProposal, proposalCheck, proposalToSubmission, storedProposal, type ProposalDraft } from './proposal-form';

const complete = { ...EMPTY_PROPOSAL, quarterId: 'erfurt-1-altstadt', topicId: 'gruen', title: 'Mehr Bänke', text: 'Am Domplatz fehlen Bänke.' };

function problems(draft: ProposalDraft): Record<string, string | undefined> {
  const found = checkForm(proposalCheck('Ort:', [{ id: 'erfurt-1-altstadt' }]), draft).problems;
  return Object.fromEntries(Object.entries(found).map(([field, error]) => [field, error.message]));
}

describe('the proposal check (shared schema, form messages)', () => {
  it('names every missing field', () => {
    expect(problems(EMPTY_PROPOSAL)).toEqual({
      quarterId: 'feedback:errors.quarterRequired',
      topicId: 'feedback:errors.topicRequired',
      title: 'feedback:proposal.errors.titleRequired',
      text: 'feedback:proposal.errors.textRequired',
    });
  });

  it('holds the title to the shared limits', () => {
    expect(problems({ ...complete, title: 'ab' }).title).toBe('feedback:proposal.errors.titleTooShort');
    expect(problems({ ...complete, title: '  ab  ' }).title).toBe('feedback:proposal.errors.titleTooShort');
    expect(problems({ ...complete, title: '   ' }).title).toBe('feedback:proposal.errors.titleRequired');
    expect(problems({ ...complete, title: 'x'.repeat(LIMITS.titleMax + 1) }).title).toBe('feedback:proposal.errors.titleTooLong');
    expect(problems(complete)).toEqual({});
  });
});

describe('proposalToSubmission', () => {
  it('builds a proposal with trimmed title and no empty optional parts', () => {
    expect(proposalToSubmission({ ...complete, title: '  Mehr Bänke ' })).toEqual({
      kind: 'proposal',
      quarterId: 'erfurt-1-altstadt',
      topicId: 'gruen',
      title: 'Mehr Bänke',
      text: 'Am Domplatz fehlen Bänke.',
    });
  });

  it('keeps a pin set on the map', () => {
    const withPin = { ...complete, place: { location: { lat: 50.97, lng: 11.02 }, source: 'map' as const, description: '' } };
    expect(proposalToSubmission(withPin)).toMatchObject({ location: { lat: 50.97, lng: 11.02 } });
  });
});

describe('stored proposal drafts', () => {
  it('round-trip without the quarter', () => {
    const draft = { ...complete, contact: { name: 'A', email: '' } };
    const back = parseStoredProposal(storedProposal(draft));
    expect(back).toEqual({ topicId: 'gruen', title: 'Mehr Bänke', text: 'Am Domplatz fehlen Bänke.', place: { description: '' }, contact: { name: 'A', email: '' } });
    expect(parseStoredProposal('junk')).toEqual({});
  });
});
