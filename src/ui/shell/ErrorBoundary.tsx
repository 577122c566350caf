// A render error in one part never blanks the page: the part shows a message,
// a Reload button and the error's text; the rest of the page keeps working.
// Nothing here touches storage or the URL, so favorites and the view survive.
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Which part failed, for the message: the whole app or one view. */
  part: 'app' | 'view';
  /** A change of this value (another view, another session) tries again. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  resetKey: string | undefined;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  render() {
    const { error } = this.state;
    return error ? <RenderErrorNotice part={this.props.part} error={error} /> : this.props.children;
  }
}

function RenderErrorNotice({ part, error }: { part: Props['part']; error: Error }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error render-error" role="alert">
      <p className="notice-title">{t(part === 'app' ? 'renderError.app' : 'renderError.view')}</p>
      <p>{t('renderError.keep')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('renderError.reload')}
      </button>
      <details>
        <summary>{t('renderError.details')}</summary>
        <pre>{`${error.name}: ${error.message}`}</pre>
      </details>
    </div>
  );
}
