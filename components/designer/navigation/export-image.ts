import type { Edge, Rect } from '@xyflow/react';
import { toBlob, toSvg } from 'html-to-image';
import { exportFrame } from '@/lib/layout/export-frame';

export type ImageFormat = 'png' | 'svg';

/** The canvas colour behind the tables, per theme (zinc-50 / zinc-950, as the canvas draws it). */
const BACKGROUND = { light: '#fafafa', dark: '#09090b' } as const;

/**
 * Draws the given tables (and the relationships among them) into an image with
 * html-to-image: the React Flow viewport element is cloned with a transform that
 * frames exactly those tables, and every other node and edge is filtered out, so
 * exporting a selection does not drag its neighbours along.
 */
export async function renderImage(options: {
  flowElement: HTMLElement;
  /** The tables to draw, and their bounds in flow coordinates. */
  nodeIds: ReadonlySet<string>;
  bounds: Rect;
  edges: Edge[];
  format: ImageFormat;
  theme: 'light' | 'dark';
}): Promise<Blob> {
  const viewport = options.flowElement.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('export: the canvas has no .react-flow__viewport element');
  const frame = exportFrame(options.bounds);
  const { nodeIds } = options;
  const edgeIds = new Set(options.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)).map((e) => e.id));
  const settings = {
    backgroundColor: BACKGROUND[options.theme],
    width: frame.width,
    height: frame.height,
    style: { width: `${frame.width}px`, height: `${frame.height}px`, transform: frame.transform },
    filter: (element: HTMLElement) => keep(element, nodeIds, edgeIds),
    // The page has no web fonts to embed; skipping the search saves a pass over every style sheet.
    skipFonts: true,
  };
  if (options.format === 'png') {
    const blob = await toBlob(viewport, { ...settings, pixelRatio: 2 });
    if (!blob) throw new Error('export: the browser could not encode the PNG');
    return blob;
  }
  const dataUrl = await toSvg(viewport, settings);
  const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return new Blob([svg], { type: 'image/svg+xml' });
}

function keep(element: HTMLElement, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): boolean {
  const classes = element.classList;
  if (!classes) return true;
  if (classes.contains('react-flow__node')) return nodeIds.has(element.dataset.id ?? '');
  if (classes.contains('react-flow__edge')) return edgeIds.has(element.getAttribute('data-id') ?? '');
  return true;
}

