import type { UserEvent } from '@testing-library/user-event';

/**
 * Presses Tab until an element has focus, as a keyboard user would; fails when it never does.
 * @param user the user-event instance
 * @param element the element to reach
 * @param limit most Tab presses to try (default 400)
 */
export async function tabTo(user: UserEvent, element: Element, limit = 400): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (document.activeElement === element) return;
    await user.tab();
  }
  if (document.activeElement !== element) throw new Error(`Tab never reached ${element.outerHTML.slice(0, 120)}`);
}
