/**
 * Builds the Microsoft Teams app package: appPackage/manifest.json with its placeholders filled in,
 * plus the two icons, zipped flat into appPackage/build/tapo-support-teams.zip.
 *
 *   MicrosoftAppId=<bot app id> npm run teams:package
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';

export const PACKAGE_FILE_NAME = 'tapo-support-teams.zip';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Manifest placeholder -> the setting that supplies its value. */
export const PLACEHOLDER_SETTINGS: Readonly<Record<string, string>> = { MICROSOFT_APP_ID: 'MicrosoftAppId' };

export class TeamsPackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamsPackageError';
  }
}

export interface TeamsPackageOptions {
  /** Settings by name (e.g. process.env); MicrosoftAppId is required. */
  settings: Readonly<Record<string, string | undefined>>;
  /** Folder holding manifest.json, color.png and outline.png. */
  appPackageDir?: string;
  /** Where to write the zip; defaults to <appPackageDir>/build/tapo-support-teams.zip. */
  outFile?: string;
}

/** Replaces every `${{NAME}}` in the manifest text by the value of its setting; each value must be a GUID. */
export function fillManifest(template: string, settings: TeamsPackageOptions['settings']): string {
  const filled = template.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_match, name: string) => {
    const setting = PLACEHOLDER_SETTINGS[name];
    if (!setting) throw new TeamsPackageError(`manifest.json uses an unknown placeholder \${{${name}}}`);
    const value = settings[setting]?.trim();
    if (!value) {
      throw new TeamsPackageError(`${setting} is not set: the Teams package needs the bot's Microsoft App ID (a GUID)`);
    }
    if (!GUID.test(value)) throw new TeamsPackageError(`${setting} must be a GUID, got "${value}"`);
    return value;
  });
  try {
    JSON.parse(filled);
  } catch (err) {
    throw new TeamsPackageError(`manifest.json is not valid JSON: ${(err as Error).message}`);
  }
  return filled;
}

/** The project's appPackage folder, found from this file whether it runs from source or from dist. */
export function defaultAppPackageDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'appPackage');
    if (existsSync(path.join(candidate, 'manifest.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new TeamsPackageError('appPackage/manifest.json not found');
    dir = parent;
  }
}

/** Writes the Teams app package and returns its path. */
export async function buildTeamsPackage(options: TeamsPackageOptions): Promise<string> {
  const appPackageDir = options.appPackageDir ?? defaultAppPackageDir();
  const outFile = options.outFile ?? path.join(appPackageDir, 'build', PACKAGE_FILE_NAME);
  const manifest = fillManifest(await readFile(path.join(appPackageDir, 'manifest.json'), 'utf8'), options.settings);
  const { icons } = JSON.parse(manifest) as { icons?: { color?: string; outline?: string } };
  const iconFiles = [icons?.color, icons?.outline];

  const zip = new JSZip();
  zip.file('manifest.json', manifest);
  for (const icon of iconFiles) {
    if (!icon || path.basename(icon) !== icon) {
      throw new TeamsPackageError(`manifest.json icons must name files next to it, got "${icon}"`);
    }
    zip.file(icon, await readFile(path.join(appPackageDir, icon)));
  }
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, content);
  return outFile;
}

if (require.main === module) {
  buildTeamsPackage({ settings: process.env }).then(
    (file) => console.log(`Teams app package written to ${path.relative(process.cwd(), file)}`),
    (err: Error) => {
      console.error(err instanceof TeamsPackageError ? `teams:package: ${err.message}` : err);
      process.exitCode = 1;
    },
  );
}
