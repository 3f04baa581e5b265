/**
 * Shows a desktop notification when the agent has them on and the browser allows them; a click
 * brings the console forward and runs `onClick`. One `tag` replaces an older notification with it.
 */
export function showDesktopNotification(on: boolean, title: string, body: string, tag: string, onClick: () => void): void {
  if (!on || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const note = new Notification(title, { body, tag });
  note.onclick = () => {
    window.focus();
    onClick();
    note.close();
  };
}
