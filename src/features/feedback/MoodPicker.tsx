import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MOODS, type Mood } from './feedback-form';

// Text labels carry the meaning; the faces are decoration for sighted readers only.
const MOOD_OPTIONS: { mood: Mood; key: string; face: string }[] = [
  { mood: 1, key: 'feedback:mood.1', face: '😞' },
  { mood: 2, key: 'feedback:mood.2', face: '🙁' },
  { mood: 3, key: 'feedback:mood.3', face: '😐' },
  { mood: 4, key: 'feedback:mood.4', face: '🙂' },
  { mood: 5, key: 'feedback:mood.5', face: '😄' },
];

interface MoodPickerProps {
  value?: Mood;
  onChange: (mood: Mood | undefined) => void;
}

export function MoodPicker({ value, onChange }: MoodPickerProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="field mood-picker">
      <legend>{t('feedback:mood.legend')}</legend>
      <div className="mood-options">
        <label className="mood-option">
          <input type="radio" name={name} checked={value === undefined} onChange={() => onChange(undefined)} />
          <span>{t('feedback:mood.none')}</span>
        </label>
        {MOOD_OPTIONS.filter((o) => MOODS.includes(o.mood)).map((option) => (
          <label key={option.mood} className="mood-option">
            <input type="radio" name={name} checked={value === option.mood} onChange={() => onChange(option.mood)} />
            <span aria-hidden="true" className="mood-face">
              {option.face}
            </span>
            <span>{t(option.key)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
