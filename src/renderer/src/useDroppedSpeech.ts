import { useEffect, useState } from 'react';

/** How long a message about a dropped file stays up. */
const NOTICE_MS = 8_000;

/**
 * Dropping a speech file on a window opens it (desktop app: the preload hands the file to main,
 * which checks it and asks before replacing a show under way). The browser never navigates to a
 * dropped file. Returns a message for the speaker, or null.
 */
export function useDroppedSpeech(): string | null {
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (message: string): void => {
      clearTimeout(timer);
      setNotice(message);
      timer = setTimeout(() => setNotice(null), NOTICE_MS);
    };
    const onDragOver = (event: DragEvent): void => event.preventDefault();
    const onDrop = (event: DragEvent): void => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (!window.lectern) {
        say(
          `To present “${file.name}” here, start the web host with it: npm run serve -- path/to/${file.name}`,
        );
        return;
      }
      window.lectern.openDroppedFile(file).catch((error: unknown) => {
        // Electron prefixes the reason with the IPC channel; the speaker needs only the reason.
        say(`Cannot open “${file.name}”: ${String((error as Error).message).replace(/^.*Error: /, '')}`);
      });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return notice;
}
