import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXTRA_LABELS, MAX_EXTRA, POSTER_EXTRA, toggleExtra, type PosterExtra } from './poster-languages';

interface PosterLanguagePickerProps {
  picked: PosterExtra[];
  onChange: (picked: PosterExtra[]) => void;
}

/** Up to two languages besides German and Einfache Sprache; the others are disabled once two are ticked. */
export function PosterLanguagePicker({ picked, onChange }: PosterLanguagePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const full = picked.length >= MAX_EXTRA;
  return (
    <fieldset className="poster-languages" aria-describedby={`${id}-hint`}>
      <legend>{t('manage:poster.languages')}</legend>
      <p id={`${id}-hint`} className="muted">
        {t('manage:poster.languagesHint')}
      </p>
      {POSTER_EXTRA.map((language) => {
        const checked = picked.includes(language);
        return (
          <label key={language} className="poster-language">
            <input
              type="checkbox"
              checked={checked}
              disabled={full && !checked}
              onChange={() => onChange(toggleExtra(picked, language))}
              data-testid={`poster-language-${language}`}
            />{' '}
            {t(EXTRA_LABELS[language])}
          </label>
        );
      })}
    </fieldset>
  );
}
