// One facet as a group of toggle chips, each with how many sessions it would leave.
export interface ChipOption {
  value: string;
  label: string;
  lang?: string;
  color?: string;
}

interface Props {
  legend: string;
  options: readonly ChipOption[];
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  onToggle: (value: string) => void;
}

export function ChipGroup({ legend, options, selected, counts, onToggle }: Props) {
  return (
    <fieldset className="chip-group">
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => {
          const pressed = selected.includes(option.value);
          const count = counts.get(option.value) ?? 0;
          return (
            <button
              key={option.value}
              type="button"
              className="chip"
              aria-pressed={pressed}
              disabled={!pressed && count === 0}
              onClick={() => onToggle(option.value)}
            >
              {option.color && <span className="track-dot" style={{ '--track': option.color }} aria-hidden="true" />}
              <span lang={option.lang}>{option.label}</span>
              <span className="chip-count">{count}</span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
