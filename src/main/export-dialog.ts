/**
 * What every File › Export… asks and says: where to write (a save dialog named after the talk) and
 * how it went (a message box over the window, or an error box when there is none).
 */
import { dialog, type BrowserWindow } from 'electron';

export interface ExportFile {
  /** The dialog's title. */
  title: string;
  /** The file name when the talk's title gives none. */
  fallback: string;
  /** The file's extension, without the dot, and what its kind is called in the dialog. */
  extension: string;
  kind: string;
}

/** The file the speaker chose, or null when they cancelled. */
export async function askExportPath(
  parent: BrowserWindow | null,
  talkTitle: string,
  file: ExportFile,
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: file.title,
    defaultPath: `${talkTitle.replace(/[\\/:*?"<>|]+/g, ' ').trim() || file.fallback}.${file.extension}`,
    filters: [{ name: file.kind, extensions: [file.extension] }],
  };
  const { canceled, filePath } = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return canceled || !filePath ? null : filePath;
}

/** Tells the speaker how an export went. */
export async function tell(
  parent: BrowserWindow | null,
  type: 'error' | 'warning',
  message: string,
  detail?: string,
): Promise<void> {
  if (parent) await dialog.showMessageBox(parent, { type, message, ...(detail ? { detail } : {}) });
  else dialog.showErrorBox('Lectern', detail ? `${message}\n\n${detail}` : message);
}
