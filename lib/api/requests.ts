import { z } from 'zod';

/**
 * Request bodies of the diagram API. The `document` fields are checked here only
 * as "some JSON object"; the full check (upgrade, shape, references) is
 * `parseDocument`, so its problems come back with precise paths.
 */
const AnyDocument = z.record(z.string(), z.unknown());

export const CreateDiagramRequest = z
  .object({
    name: z.string().trim().min(1, 'name cannot be empty').max(200, 'name is at most 200 characters').optional(),
    templateId: z.string().min(1).optional(),
    document: AnyDocument.optional(),
    duplicateOf: z.uuid('duplicateOf must be a diagram id (a UUID)').optional(),
  })
  .strict()
  .refine((body) => [body.templateId, body.document, body.duplicateOf].filter((v) => v !== undefined).length <= 1, {
    message: 'give at most one of templateId, document and duplicateOf',
  });
export type CreateDiagramRequest = z.infer<typeof CreateDiagramRequest>;

export const UpdateDiagramRequest = z
  .object({
    baseRevision: z
      .number({ error: 'baseRevision must be a number: the revision this change is based on' })
      .int('baseRevision must be a whole number')
      .min(1, 'baseRevision must be 1 or more'),
    name: z.string().trim().min(1, 'name cannot be empty').max(200).optional(),
    document: AnyDocument.optional(),
  })
  .strict()
  .refine((body) => body.name !== undefined || body.document !== undefined, {
    message: 'give a new document, a new name, or both',
  });
export type UpdateDiagramRequest = z.infer<typeof UpdateDiagramRequest>;

export const CreateVersionRequest = z
  .object({ label: z.string().trim().max(200, 'label is at most 200 characters').optional() })
  .strict();
export type CreateVersionRequest = z.infer<typeof CreateVersionRequest>;

export const DiagramIdParam = z.uuid('a diagram id is a UUID');
export const VersionParam = z.coerce.number().int().min(1);
