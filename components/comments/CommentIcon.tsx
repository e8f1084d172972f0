import type { SVGProps } from 'react';

/** A speech bubble, drawn like components/ui/icons (emoji glyphs are missing from many headless and Linux fonts). */
export function CommentIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 24 24" width="12" height="12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" {...props}>
      <path d="M4 5h16v11H9l-5 4V5z" />
    </svg>
  );
}
