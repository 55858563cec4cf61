import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits';
import { EMPTY_PROPOSAL, parseStoredProposal, proposalFieldOfPath, proposalToSubmission, storedProposal, validateProposal } from './proposal-form';

const complete = { ...EMPTY_PROPOSAL, quarterId: 'erfurt-1-altstadt', topicId: 'gruen', title: 'Mehr Bänke', text: 'Am Domplatz fehlen Bänke.' };

describe('validateProposal', () => {
  it('names every missing field', () => {
    expect(validateProposal(EMPTY_PROPOSAL)).toEqual({
      quarterId: 'feedback:errors.quarterRequired',
      topicId: 'feedback:errors.topicRequired',
      title: 'feedback:proposal.errors.titleRequired',
      text: 'feedback:proposal.errors.textRequired',
    });
  });

  it('holds the title to the shared limits', () => {
    expect(validateProposal({ ...complete, title: 'ab' }).title).toBe('feedback:proposal.errors.titleTooShort');
    expect(validateProposal({ ...complete, title: 'x'.repeat(LIMITS.titleMax + 1) }).title).toBe('feedback:proposal.errors.titleTooLong');
    expect(validateProposal(complete)).toEqual({});
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

  it('maps schema paths to fields', () => {
    expect(proposalFieldOfPath('title')).toBe('title');
    expect(proposalFieldOfPath('contact.email')).toBe('contactEmail');
    expect(proposalFieldOfPath('supporterId')).toBeUndefined();
  });
});
