import { useState } from 'react';
import { copyText } from './clipboard.ts';
import { useDisplay } from '../shell/display.ts';

interface Props {
  label?: string;
  /** What to copy; the current address by default (the URL is the whole view). */
  url?: string;
}

export function ShareButton({ label, url }: Props) {
  const { t } = useDisplay();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="share">
      <button
        type="button"
        className="button button-secondary"
        onClick={async () => {
          setStatus((await copyText(url ?? window.location.href)) ? 'copied' : 'failed');
          window.setTimeout(() => setStatus('idle'), 4000);
        }}
      >
        <svg className="share-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 3v12M7 8l5-5 5 5M5 13v7h14v-7" />
        </svg>
        <span className="share-label">{label ?? t('share.button')}</span>
      </button>
      <span role="status" className="share-status">
        {status === 'copied' && t('share.copied')}
        {status === 'failed' && (
          <>
            {t('share.failed')}{' '}
            <input
              readOnly
              value={url ?? window.location.href}
              aria-label={t('share.linkLabel')}
              onFocus={(event) => event.target.select()}
            />
          </>
        )}
      </span>
    </span>
  );
}
