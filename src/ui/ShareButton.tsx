import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './clipboard.ts';

/** Copies the current address: the URL is the whole view, so it is the link to share. */
export function ShareButton() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="share">
      <button
        type="button"
        className="button button-secondary"
        onClick={async () => {
          setStatus((await copyText(window.location.href)) ? 'copied' : 'failed');
          window.setTimeout(() => setStatus('idle'), 4000);
        }}
      >
        {t('share.button')}
      </button>
      <span role="status" className="share-status">
        {status === 'copied' && t('share.copied')}
        {status === 'failed' && (
          <>
            {t('share.failed')} <input readOnly value={window.location.href} aria-label={t('share.linkLabel')} onFocus={(event) => event.target.select()} />
          </>
        )}
      </span>
    </span>
  );
}
