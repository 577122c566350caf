// An icon-only button that shows or hides a region (settings, search, the
// whole Now strip): the label is its name, for a screen reader (hidden text)
// and a mouse (the tooltip); aria-expanded says whether the region is open.
import type { Ref } from 'react';

interface Props {
  label: string;
  expanded: boolean;
  /** The id of the region it opens: only while that region is in the page. */
  controls: string | undefined;
  /** The icon's path, on a 24×24 grid (stroked by `.segmented-icon`). */
  iconPath: string;
  className: string;
  onClick: () => void;
  ref?: Ref<HTMLButtonElement>;
}

export function ToggleIconButton({ label, expanded, controls, iconPath, className, onClick, ref }: Props) {
  return (
    <button ref={ref} type="button" className={className} aria-expanded={expanded} aria-controls={controls} title={label} onClick={onClick}>
      <svg className="segmented-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d={iconPath} />
      </svg>
      <span className="visually-hidden">{label}</span>
    </button>
  );
}
