import { useEffect } from 'react';
import { useT } from './i18n';

/**
 * Dropping a speech file on a window opens it (desktop app: the presenter's preload hands the file
 * to main, which checks it and asks before replacing a show under way). The browser never
 * navigates to a dropped file. What the speaker must know is said through `say`.
 */
export function useDroppedSpeech(say: (message: string) => void): void {
  const t = useT();
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => event.preventDefault();
    const onDrop = (event: DragEvent): void => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      const bridge = window.lectern;
      if (!bridge) {
        say(t('notices.dropServe', { file: file.name }));
        return;
      }
      if (bridge.role !== 'presenter') {
        say(t('notices.dropOnPresenter', { file: file.name }));
        return;
      }
      bridge.openDroppedFile(file).catch((error: unknown) => {
        // Electron prefixes the reason with the IPC channel; the speaker needs only the reason.
        const reason = String((error as Error).message).replace(/^.*Error: /, '');
        say(t('notices.cannotOpen', { file: file.name, reason }));
      });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [say, t]);
}
