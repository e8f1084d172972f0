/** A file-name slug: lower-case ASCII letters, digits and underscores; `schema` when nothing is left. */
export function slugify(text: string, max = 40): string {
  const slug = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, max).replace(/_+$/, '');
  return slug.length > 0 ? slug : 'schema';
}
