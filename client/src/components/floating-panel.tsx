import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A panel opened from a floating button (chat, the assistant). It mounts on first opening and then
 * stays mounted while closed (hidden), so a joined chat room keeps listening; focus moves to its
 * heading when it opens, and Escape closes it.
 */
export function FloatingPanel({
  open,
  label,
  heading = label,
  className,
  onClose,
  children,
}: {
  open: boolean;
  /** What the panel is called, by screen readers and its close button ("Close chat"). */
  label: string;
  heading?: string;
  className: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);
  // Escape closes the open panel wherever focus is (a sent form may leave it on the page), unless
  // something else used it (the search box closing its suggestions).
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);
  if (!opened) return null;
  return (
    <section className={`panel ${className}`} aria-label={label} hidden={!open}>
      <div className="panel-header">
        <h2 ref={headingRef} tabIndex={-1}>
          {heading}
        </h2>
        <button type="button" className="link-button" onClick={onClose} aria-label={`Close ${label.toLowerCase()}`}>
          ✕
        </button>
      </div>
      {children}
    </section>
  );
}

/** A ref for the button that opens a panel: focus returns to it when the panel closes. */
export function useFocusReturn(open: boolean) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return buttonRef;
}
