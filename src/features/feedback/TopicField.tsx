import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../offline/catalog';
import { Field } from '../../ui/form/Field';
import { pickText } from '../../shared/languages';

interface TopicFieldProps {
  topics: Topic[];
  value: string;
  onChange: (topicId: string) => void;
  /** the field's problem, a translation key */
  error?: string;
  selectRef: Ref<HTMLSelectElement>;
}

export function TopicField({ topics, value, onChange, error, selectRef }: TopicFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <Field label={t('feedback:topic.label')} {...(error ? { error } : {})}>
      {(control) => (
        <select ref={selectRef} {...control} className="native-select" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('feedback:topic.placeholder')}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {pickText(topic.label, i18n.language)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
