/** The sections in the header, in order. A section appears here only once it exists. */
export const NAV_ITEMS: readonly { readonly to: string; readonly label: string }[] = [
  { to: '/', label: 'Lessons' },
  { to: '/practice', label: 'Practice' },
  { to: '/review', label: 'Review' },
  { to: '/exam', label: 'Mock exam' },
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/labs', label: 'Labs' },
  { to: '/glossary', label: 'Glossary' },
  { to: '/settings', label: 'Settings' },
];
