import { describe, expect, it } from 'vitest';
import { appearanceToProperties, customPropertyOf } from './appearance.ts';

describe('appearanceToProperties', () => {
  it('maps each variable onto its custom property', () => {
    expect(customPropertyOf('colorTextMuted')).toBe('--dinie-color-text-muted');
    expect(
      appearanceToProperties({ variables: { colorPrimary: '#6d28d9', borderRadius: '4px' } }, 'light'),
    ).toEqual([
      ['--dinie-color-primary', '#6d28d9'],
      ['--dinie-border-radius', '4px'],
    ]);
  });

  it('lays the dark variables over the others in the dark scheme only', () => {
    const appearance = { variables: { colorPrimary: '#6d28d9' }, darkVariables: { colorPrimary: '#c4b5fd' } };
    expect(appearanceToProperties(appearance, 'light')).toEqual([['--dinie-color-primary', '#6d28d9']]);
    expect(appearanceToProperties(appearance, 'dark')).toEqual([['--dinie-color-primary', '#c4b5fd']]);
  });

  it('refuses an unknown variable, naming the known ones', () => {
    expect(() => appearanceToProperties({ variables: { colourPrimary: 'red' } as never }, 'light')).toThrow(
      /Unknown appearance variable "colourPrimary".*colorPrimary/,
    );
  });
});
