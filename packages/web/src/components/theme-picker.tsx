import { setThemeChoice, useThemeChoice, type ThemeChoice } from '../theme/theme';
import { MoonIcon, PhoneSettingIcon, SunIcon } from './icons';

const OPTIONS: { value: ThemeChoice; label: string; Icon: typeof SunIcon }[] = [
  { value: 'system', label: 'Auto', Icon: PhoneSettingIcon },
  { value: 'light', label: 'Light', Icon: SunIcon },
  { value: 'dark', label: 'Dark', Icon: MoonIcon },
];

/** Radio buttons styled as a segmented control: arrow keys, labels and state come for free. */
export function ThemePicker() {
  const choice = useThemeChoice();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Theme</legend>
      <div className="segmented__options">
        {OPTIONS.map(({ value, label, Icon }) => (
          <label key={value} className="segmented__option">
            <input
              type="radio"
              name="theme"
              value={value}
              checked={choice === value}
              onChange={() => setThemeChoice(value)}
              className="segmented__input"
            />
            <Icon className="segmented__icon" />
            <span>{label}</span>
          </label>
        ))}
      </div>
      <p className="segmented__hint">Auto follows your phone's setting.</p>
    </fieldset>
  );
}
