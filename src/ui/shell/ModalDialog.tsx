// A modal <dialog> with a close button: focus moves in and stays in, Escape
// closes it natively and focus goes back where it was; a click on the
// backdrop closes it too. The session's and the speaker's details are both one.
import { useEffect, useRef, type ComponentProps, type ReactNode } from 'react';
import { useDisplay } from './display.ts';

interface Props extends Omit<ComponentProps<'dialog'>, 'ref' | 'onClose' | 'onClick' | 'children'> {
  /** The id of the heading that names the dialog. */
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
}

export function ModalDialog({ labelledBy, onClose, children, ...attributes }: Props) {
  const { t } = useDisplay();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      {...attributes}
      ref={dialog}
      aria-labelledby={labelledBy}
      onClose={() => {
        // Ignore a stale close event from a dialog that has been reopened.
        if (!dialog.current?.open) onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself) closes it.
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <div className="detail-body">
        <button type="button" className="close-button" aria-label={t('session.close')} onClick={() => dialog.current?.close()}>
          ×
        </button>
        {children}
      </div>
    </dialog>
  );
}
