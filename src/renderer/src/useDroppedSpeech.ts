import { useEffect } from 'react';

/**
 * Dropping a speech file on a window opens it (desktop app: the presenter's preload hands the file
 * to main, which checks it and asks before replacing a show under way). The browser never
 * navigates to a dropped file. What the speaker must know is said through `say`.
 */
export function useDroppedSpeech(say: (message: string) => void): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => event.preventDefault();
    const onDrop = (event: DragEvent): void => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      const bridge = window.lectern;
      if (!bridge) {
        say(
          `To present “${file.name}” here, start the web host with it: npm run serve -- path/to/${file.name}`,
        );
        return;
      }
      if (bridge.role !== 'presenter') {
        say(`To present “${file.name}”, drop it on the presenter window.`);
        return;
      }
      bridge.openDroppedFile(file).catch((error: unknown) => {
        // Electron prefixes the reason with the IPC channel; the speaker needs only the reason.
        say(`Cannot open “${file.name}”: ${String((error as Error).message).replace(/^.*Error: /, '')}`);
      });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [say]);
}
