'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { DiagramDocument } from '../../model/document';
import type { DiagramDetail } from '../../api/dto';
import { browserTransport } from '../collab/browser-transport';
import { tabClientId } from '../collab/client-id';
import { CollabClient } from '../collab/collab-client';
import { browserPendingStorage } from '../collab/pending-storage';
import { createDesignerStore, type DesignerState, type DesignerStore } from './store';

interface DesignerContextValue {
  store: DesignerStore;
  /** Null for a designer that is not live (a saved version shown read-only). */
  collab: CollabClient | null;
}

const DesignerContext = createContext<DesignerContextValue | null>(null);

/**
 * Opens one diagram: creates its store once and, when `live`, the co-editing
 * client that sends this tab's edits as operations and brings in everyone
 * else's (lib/client/collab). View-only designers are live too: they follow the
 * others' edits without sending any.
 */
export function DesignerProvider({ detail, readOnly = false, live = false, children }: { detail: DiagramDetail; readOnly?: boolean; live?: boolean; children: ReactNode }) {
  const [value] = useState<DesignerContextValue>(() => {
    const store = createDesignerStore(detail, undefined, { readOnly });
    if (!live) return { store, collab: null };
    const clientId = tabClientId();
    const collab = new CollabClient(store, {
      transport: browserTransport,
      clientId,
      storage: readOnly ? null : browserPendingStorage(detail.id, clientId),
      online: () => navigator.onLine,
    });
    return { store, collab };
  });
  useEffect(() => {
    const { collab } = value;
    if (!collab) return;
    collab.start();
    const online = () => collab.setOnline(true);
    const offline = () => collab.setOnline(false);
    // Closing the tab: the others see this person leave at once (the queue is already in storage).
    const leaving = () => collab.stop();
    // Back from the browser's page cache: connect again.
    const back = (event: PageTransitionEvent) => { if (event.persisted) collab.start(); };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    window.addEventListener('pagehide', leaving);
    window.addEventListener('pageshow', back);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      window.removeEventListener('pagehide', leaving);
      window.removeEventListener('pageshow', back);
      collab.stop();
    };
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

/** True when the open diagram is view only for this person: hide or disable every way to edit. */
export function useReadOnly(): boolean {
  return useDesigner((s) => s.readOnly);
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
