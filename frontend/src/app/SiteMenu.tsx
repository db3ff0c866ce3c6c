import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

const BARS = 'M2 4h16v2H2zm0 5h16v2H2zm0 5h16v2H2z';
const CROSS = 'm4.2 2.8 5.8 5.8 5.8-5.8 1.4 1.4-5.8 5.8 5.8 5.8-1.4 1.4-5.8-5.8-5.8 5.8-1.4-1.4 5.8-5.8-5.8-5.8z';
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled])';

/**
 * The header's navigation and tools. On a wide screen they sit in the header's row and the button is not
 * shown; on a narrow one they fold behind a "Menu" button (the disclosure pattern): opening moves focus to
 * the first link, Escape closes and gives focus back to the button, and going to another page closes it.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [shownPath, setShownPath] = useState(pathname);

  // Another page closes the menu (adjusted while rendering, so the old page's menu is never drawn open).
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setOpen(false);
  }

  // Only an opening by the button moves focus, once the panel is drawn.
  const focusOnOpen = useRef(false);
  useEffect(() => {
    if (!open || !focusOnOpen.current) return;
    focusOnOpen.current = false;
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="site-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          focusOnOpen.current = !open;
          setOpen(!open);
        }}
      >
        <svg
          className="site-menu__icon"
          viewBox="0 0 20 20"
          width="20"
          height="20"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d={open ? CROSS : BARS} />
        </svg>
        {t('nav.menu')}
      </button>
      <div
        ref={panel}
        id={panelId}
        className={open ? 'site-menu site-menu--open' : 'site-menu'}
        onKeyDown={(event) => {
          // A control that used Escape itself (the search box closing its suggestions) keeps it.
          if (event.key !== 'Escape' || event.defaultPrevented || !open) return;
          event.preventDefault();
          close();
        }}
      >
        {children}
      </div>
    </>
  );
}
