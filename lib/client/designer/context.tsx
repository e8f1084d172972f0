'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { DiagramDocument } from '../../model/document';
import type { DiagramDetail } from '../../api/dto';
import { api } from '../api';
import { Autosaver } from './autosave';
import { createDesignerStore, type DesignerState, type DesignerStore } from './store';

interface DesignerContextValue {
  store: DesignerStore;
  autosaver: Autosaver;
}

const DesignerContext = createContext<DesignerContextValue | null>(null);

/**
 * Opens one diagram: creates its store and autosaver once, and stops autosaving
 * (saving what is pending) when the designer goes away.
 */
export function DesignerProvider({ detail, children }: { detail: DiagramDetail; children: ReactNode }) {
  const [value] = useState<DesignerContextValue>(() => {
    const store = createDesignerStore(detail);
    return { store, autosaver: new Autosaver(store, { api }) };
  });
  useEffect(() => {
    value.autosaver.start();
    return () => value.autosaver.stop();
  }, [value]);
  return <DesignerContext.Provider value={value}>{children}</DesignerContext.Provider>;
}

function useDesignerContext(): DesignerContextValue {
  const value = useContext(DesignerContext);
  if (!value) throw new Error('useDesigner must be used inside <DesignerProvider>');
  return value;
}

/** Reads from the open diagram's store; re-renders only when the selected value changes. */
export function useDesigner<T>(selector: (state: DesignerState) => T): T {
  return useStore(useDesignerContext().store, selector);
}

export function useAutosaver(): Autosaver {
  return useDesignerContext().autosaver;
}

/** The store itself, for reading the current state inside an event handler without subscribing. */
export function useDesignerStore(): DesignerStore {
  return useDesignerContext().store;
}

/** The open document (re-renders on every change to it). */
export function useDocument(): DiagramDocument {
  return useDesigner((s) => s.document);
}

export interface Selection {
  tableId: string | null;
  nodeIds: string[];
  edgeId: string | null;
}

/** What is selected on the canvas (re-renders only when the selection changes). */
export function useSelection(): Selection {
  return useDesigner(useShallow((s) => ({ tableId: s.selectedTableId, nodeIds: s.selectedNodeIds, edgeId: s.selectedEdgeId })));
}
