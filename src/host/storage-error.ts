/**
 * A failed save, said so that a speaker knows what to do: "the disk is full (/path)" rather than
 * "ENOSPC: no space left on device, write". The system's code stays at the end for support.
 */
export function describeStorageError(error: unknown): string {
  const { code, path, message } = error as NodeJS.ErrnoException;
  const where = path ? ` (${path})` : '';
  const said = (words: string): string => `${words}${where}, ${code}`;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return said('the disk is full');
    case 'EROFS':
      return said('the disk is read-only');
    case 'EACCES':
    case 'EPERM':
      return said('Lectern is not allowed to write there');
    case 'EEXIST':
    case 'ENOTDIR':
    case 'EISDIR':
      return said('a file or folder is in the way');
    case 'EIO':
      return said('the disk reported an error');
    default:
      return message;
  }
}
