import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../offline/catalog';

interface TopicFieldProps {
  topics: Topic[];
  value: string;
  onChange: (topicId: string) => void;
  error?: string;
  selectRef: RefObject<HTMLSelectElement | null>;
}

export function TopicField({ topics, value, onChange, error, selectRef }: TopicFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={`${id}-topic`}>{t('feedback:topic.label')}</label>
      <select
        ref={selectRef}
        id={`${id}-topic`}
        className="native-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-topic-error` : undefined}
      >
        <option value="">{t('feedback:topic.placeholder')}</option>
        {topics.map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.label[i18n.language] ?? topic.label.de}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-error" id={`${id}-topic-error`}>
          {t(error)}
        </p>
      )}
    </div>
  );
}
