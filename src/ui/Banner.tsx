import type { ReactNode } from 'react';

export interface BannerProps {
  readonly tone: 'warning' | 'error' | 'info' | 'success';
  readonly title: string;
  readonly children?: ReactNode;
  /** Buttons or links. */
  readonly actions?: ReactNode;
}

/** A message across the page that the learner should not miss; announced to screen readers. */
export function Banner({ tone, title, children, actions }: BannerProps) {
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p className="banner__title">{title}</p>
      {children ? <div className="banner__body">{children}</div> : null}
      {actions ? <div className="banner__actions">{actions}</div> : null}
    </div>
  );
}
