// The header's display settings (language, theme, time zone). On a wide
// screen they sit in the header as they are; on a phone they fold behind one
// gear button, a disclosure: Escape or a tap outside closes it, and focus goes
// back to the button.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useDisplay } from './display.ts';
import { ToggleIconButton } from './ToggleIconButton.tsx';

export function SettingsMenu({ children }: { children: ReactNode }) {
  const { t } = useDisplay();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className={open ? 'settings-menu open' : 'settings-menu'} ref={rootRef}>
      <ToggleIconButton
        ref={buttonRef}
        className="icon-button settings-toggle"
        label={t('app.settings')}
        expanded={open}
        controls={panelId}
        iconPath="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0M14 4v4M8 10v4M16 16v4"
        onClick={() => setOpen(!open)}
      />
      <div id={panelId} className="settings-panel" role="group" aria-label={t('app.settings')}>
        {children}
      </div>
    </div>
  );
}
