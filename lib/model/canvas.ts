import { z } from 'zod';
import { Id } from './ids';

const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');

export const Note = z.strictObject({ id: Id, text: z.string().max(20_000).default(''), color: Color.default('#fef08a') });
export type Note = z.infer<typeof Note>;

/** A coloured group of tables; moving the area moves its tables. */
export const Area = z.strictObject({
  id: Id,
  name: z.string().max(200).default(''),
  color: Color.default('#bfdbfe'),
  tableIds: z.array(Id).default([]),
});
export type Area = z.infer<typeof Area>;

/**
 * Where things sit on the canvas, kept beside the schema so moving a table never
 * looks like a schema change. Keyed by the id of a table, note or area.
 */
export const NodeLayout = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().positive().finite().nullable().default(null),
  height: z.number().positive().finite().nullable().default(null),
  collapsed: z.boolean().default(false),
  hidden: z.boolean().default(false),
});
export type NodeLayout = z.infer<typeof NodeLayout>;

export const Layout = z.strictObject({
  nodes: z.record(Id, NodeLayout).default({}),
  viewport: z.strictObject({ x: z.number().finite(), y: z.number().finite(), zoom: z.number().positive().finite() }).nullable().default(null),
});
export type Layout = z.infer<typeof Layout>;
