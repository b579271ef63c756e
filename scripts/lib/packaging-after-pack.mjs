// electron-builder `afterPack` hook (electron-builder.yml). An unpacked Electron given as
// `electronDist` (node_modules/electron/dist, or any extracted Electron folder) is copied whole,
// and electron-builder deletes Electron's own default app only when it unpacked the official zip
// itself: remove resources/default_app.asar here so that no build ships it. Runs before the fuses
// are flipped and before signing.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

export async function afterPack(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const resources =
    electronPlatformName === 'darwin' || electronPlatformName === 'mas'
      ? join(appOutDir, `${packager.appInfo.productFilename}.app`, 'Contents', 'Resources')
      : join(appOutDir, 'resources');
  await rm(join(resources, 'default_app.asar'), { force: true });
}
