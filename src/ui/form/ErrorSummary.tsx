import { useTranslation } from 'react-i18next';

/** The form's own problem (storage full, could not save), announced at once; fields show theirs. */
export function ErrorSummary({ message }: { message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(message)}</p>
    </div>
  );
}
