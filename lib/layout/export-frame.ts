/**
 * The picture frame for exporting part of the canvas: the image size and the
 * transform that puts the given flow-space bounds inside it with a margin. Drawn
 * at 100 % zoom so text stays legible, scaled down only when the longest side
 * would pass `maxSide` (browsers refuse canvases much beyond 16k px, and a huge
 * PNG helps no one).
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ExportFrame {
  width: number;
  height: number;
  zoom: number;
  /** CSS transform for the React Flow viewport element while it is drawn. */
  transform: string;
}

export function exportFrame(bounds: Rect, options: { margin?: number; maxSide?: number } = {}): ExportFrame {
  const margin = options.margin ?? 40;
  const maxSide = options.maxSide ?? 8000;
  const longest = Math.max(bounds.width, bounds.height, 1);
  const zoom = Math.min(1, (maxSide - 2 * margin) / longest);
  const width = Math.ceil(bounds.width * zoom + 2 * margin);
  const height = Math.ceil(bounds.height * zoom + 2 * margin);
  const x = margin - bounds.x * zoom;
  const y = margin - bounds.y * zoom;
  return { width, height, zoom, transform: `translate(${x}px, ${y}px) scale(${zoom})` };
}

/** `<diagram name>.png`, with the characters file systems refuse replaced. */
export function exportFileName(diagramName: string, extension: 'png' | 'svg'): string {
  // eslint-disable-next-line no-control-regex
  const safe = diagramName.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-').replace(/^[\s.-]+|[\s.]+$/g, '');
  return `${safe || 'diagram'}.${extension}`;
}
