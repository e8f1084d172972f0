import { describe, expect, it } from 'vitest';
import { createViewStore, minimapShown, type ViewPersistence } from './view-store';

function memory(initial: Record<string, boolean> = {}): ViewPersistence & { saved: Record<string, boolean> } {
  const saved = { ...initial };
  return { saved, read: (key) => saved[key] ?? null, write: (key, value) => { saved[key] = value; } };
}

describe('view store', () => {
  it('starts from remembered preferences and remembers changes', () => {
    const persistence = memory({ minimap: false });
    const store = createViewStore(persistence);
    expect(store.getState().minimap).toBe(false);
    expect(store.getState().firstRunHintDismissed).toBe(false);
    store.getState().setMinimap(true);
    store.getState().dismissFirstRunHint();
    expect(persistence.saved).toEqual({ minimap: true, firstRunHintDismissed: true });
    expect(createViewStore(persistence).getState().firstRunHintDismissed).toBe(true);
  });

  it('keeps one overlay open at a time, and focus apart from it', () => {
    const store = createViewStore(memory());
    store.getState().open('search');
    store.getState().open('help');
    expect(store.getState().overlay).toBe('help');
    store.getState().setFocus({ tableId: 'tbl_orders', hops: 2 });
    store.getState().close();
    expect(store.getState()).toMatchObject({ overlay: null, focus: { tableId: 'tbl_orders', hops: 2 } });
  });
});

describe('minimapShown', () => {
  it('follows the choice, else the size of the diagram', () => {
    expect(minimapShown(null, 5)).toBe(false);
    expect(minimapShown(null, 500)).toBe(true);
    expect(minimapShown(true, 5)).toBe(true);
    expect(minimapShown(false, 500)).toBe(false);
  });
});
