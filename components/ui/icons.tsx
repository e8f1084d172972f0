import type { SVGProps } from 'react';

/** A few line icons (24×24 grid, stroke = currentColor), decorative unless labelled. */
function Icon({ children, ...props }: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" {...props}>
      {children}
    </svg>
  );
}

export const PlusIcon = (p: SVGProps<SVGSVGElement>) => <Icon {...p}><path d="M12 5v14M5 12h14" /></Icon>;
export const ArrowLeftIcon = (p: SVGProps<SVGSVGElement>) => <Icon {...p}><path d="M19 12H5M11 18l-6-6 6-6" /></Icon>;
export const PencilIcon = (p: SVGProps<SVGSVGElement>) => <Icon {...p}><path d="M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4" /></Icon>;
export const CopyIcon = (p: SVGProps<SVGSVGElement>) => <Icon {...p}><rect x="9" y="9" width="11" height="11" rx="2" /><path d="M5 15V5a2 2 0 0 1 2-2h8" /></Icon>;
export const TrashIcon = (p: SVGProps<SVGSVGElement>) => <Icon {...p}><path d="M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3" /></Icon>;
export const TableIcon = (p: SVGProps<SVGSVGElement>) => <Icon {...p}><rect x="3" y="4" width="18" height="16" rx="2" /><path d="M3 10h18M10 10v10" /></Icon>;
export const KeyIcon = (p: SVGProps<SVGSVGElement>) => <Icon {...p}><circle cx="8" cy="15" r="4" /><path d="M11 12l9-9M17 6l3 3" /></Icon>;
export const LinkIcon = (p: SVGProps<SVGSVGElement>) => <Icon {...p}><path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" /></Icon>;
export const DownloadIcon = (p: SVGProps<SVGSVGElement>) => <Icon {...p}><path d="M12 4v11M7 10l5 5 5-5M5 20h14" /></Icon>;
export const LogoMark = (p: SVGProps<SVGSVGElement>) => (
  <svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true" {...p}>
    <rect width="32" height="32" rx="7" fill="#4f46e5" />
    <rect x="7" y="8" width="18" height="16" rx="2.5" fill="none" stroke="#fff" strokeWidth="2" />
    <path d="M7 13.5h18M14 13.5V24" stroke="#fff" strokeWidth="2" />
  </svg>
);
