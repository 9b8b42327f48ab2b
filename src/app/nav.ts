/** The sections in the header, in order. A section appears here only once it exists. */
export const NAV_ITEMS: readonly { readonly to: string; readonly label: string }[] = [
  { to: '/', label: 'Lessons' },
  { to: '/practice', label: 'Practice' },
  { to: '/glossary', label: 'Glossary' },
];
