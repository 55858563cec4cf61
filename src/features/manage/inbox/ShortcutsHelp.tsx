import { useTranslation } from 'react-i18next';
import { SHORTCUT_HELP } from './inbox-keys';
import { VISUALLY_HIDDEN } from '../../../ui/visually-hidden';

interface ShortcutsHelpProps {
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** "Tastenkürzel": always reachable as a disclosure; "?" opens it too. */
export function ShortcutsHelp({ open, onToggle }: ShortcutsHelpProps) {
  const { t } = useTranslation();
  return (
    <details className="shortcuts" open={open} onToggle={(e) => onToggle(e.currentTarget.open)} data-testid="shortcuts-help">
      <summary>{t('manage:shortcuts.title')}</summary>
      <p className="muted">{t('manage:shortcuts.intro')}</p>
      <table className="shortcut-table">
        <caption className={VISUALLY_HIDDEN}>{t('manage:shortcuts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('manage:shortcuts.keys')}</th>
            <th scope="col">{t('manage:shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_HELP.map((row) => (
            <tr key={row.label}>
              <td>
                {row.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' / '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(row.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
