import { afterEach, describe, expect, it, vi } from 'vitest';
import { headScript } from '@/lib/head-script';
import { applyReadingSettings, defaultReadingSettings, lineSpacings, READING_SETTINGS_KEY, textSizes } from '@/lib/reading-settings';

/** Just enough of <html> for the apply function: its attributes. */
function fakeRoot() {
  const attributes = new Map<string, string>();
  return {
    attributes,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
    classList: { toggle: () => {} },
    style: {},
  };
}

function applied(saved: string | null) {
  const root = fakeRoot();
  vi.stubGlobal('document', { documentElement: root });
  applyReadingSettings(saved);
  return Object.fromEntries(root.attributes);
}

afterEach(() => vi.unstubAllGlobals());

describe('applyReadingSettings', () => {
  it('puts every size but the default on <html>, and the default as no attribute', () => {
    for (const size of textSizes) {
      expect(applied(JSON.stringify({ size }))).toEqual(size === defaultReadingSettings.size ? {} : { 'data-text-size': size });
    }
  });

  it('puts every spacing but the default on <html>', () => {
    for (const spacing of lineSpacings) {
      expect(applied(JSON.stringify({ spacing }))).toEqual(spacing === defaultReadingSettings.spacing ? {} : { 'data-line-spacing': spacing });
    }
  });

  it('clears what an earlier choice set when the defaults come back', () => {
    const root = fakeRoot();
    vi.stubGlobal('document', { documentElement: root });
    applyReadingSettings(JSON.stringify({ size: 'xl', spacing: 'loose' }));
    expect(root.attributes.size).toBe(2);
    applyReadingSettings(JSON.stringify(defaultReadingSettings));
    expect(root.attributes.size).toBe(0);
  });

  it.each([null, '', 'not json', 'null', '[]', '{"size":"huge","spacing":3}', '{"size":{"toString":1}}'])('falls back to the defaults for %j', (saved) => {
    expect(applied(saved)).toEqual({});
  });
});

describe('the head script', () => {
  it('applies saved reading settings by itself, before any bundle', () => {
    const root = fakeRoot();
    const saved: Record<string, string> = { [READING_SETTINGS_KEY]: JSON.stringify({ size: '2xl', spacing: 'loose' }) };
    const run = new Function('document', 'localStorage', 'window', headScript);
    run({ documentElement: root }, { getItem: (key: string) => saved[key] ?? null }, { matchMedia: () => ({ matches: false }) });
    expect(Object.fromEntries(root.attributes)).toEqual({ 'data-text-size': '2xl', 'data-line-spacing': 'loose' });
  });

  it('still applies the reading settings when another choice throws', () => {
    const root = fakeRoot();
    const run = new Function('document', 'localStorage', 'window', headScript);
    const storage = { getItem: (key: string) => (key === READING_SETTINGS_KEY ? '{"size":"sm"}' : null) };
    // No matchMedia: the theme's part throws.
    run({ documentElement: root }, storage, {});
    expect(Object.fromEntries(root.attributes)).toEqual({ 'data-text-size': 'sm' });
  });
});
