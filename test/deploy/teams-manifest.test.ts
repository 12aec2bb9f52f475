import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ManifestUtil } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import {
  PACKAGE_FILE_NAME,
  TeamsPackageError,
  buildTeamsPackage,
  defaultAppPackageDir,
  fillManifest,
} from '../../scripts/teams-package';
import { readPng } from './png';

// @microsoft/app-manifest requires strip-bom 5, an ES module Node loads but jest's CommonJS runtime cannot.
// It is only used when reading manifest files, which these tests do themselves.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const ROOT = path.resolve(__dirname, '..', '..');
const APP_PACKAGE = path.join(ROOT, 'appPackage');
const SAMPLE_APP_ID = '8d3f2a6b-1c4e-4f7a-9b2d-5e6f7a8b9c0d';
const SCHEMAS = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

const manifestText = readFileSync(path.join(APP_PACKAGE, 'manifest.json'), 'utf8');
interface Manifest {
  $schema: string;
  id: string;
  manifestVersion: string;
  icons: { color: string; outline: string };
  bots: Array<{ botId: string; scopes: string[]; commandLists?: Array<{ commands: Array<{ title: string }> }> }>;
}
const sampleManifest = () => JSON.parse(fillManifest(manifestText, { MicrosoftAppId: SAMPLE_APP_ID })) as Manifest;

type ValidateArgs = Parameters<typeof ManifestUtil.validateManifestAgainstSchema>;
/** Schema errors of a manifest, empty when it is valid. */
const validate = (manifest: unknown, schema: unknown) =>
  ManifestUtil.validateManifestAgainstSchema(manifest as ValidateArgs[0], schema as ValidateArgs[1]);

/** The bundled schema the manifest's $schema names (validateManifest would download it; this stays offline). */
function bundledSchema(schemaUrl: string) {
  const version = /\/teams\/(v\d+\.\d+)\/MicrosoftTeams\.schema\.json$/.exec(schemaUrl)?.[1];
  if (!version) throw new Error(`unexpected $schema ${schemaUrl}`);
  const file = path.join(SCHEMAS, version, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) throw new Error(`no bundled schema for ${version}`);
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

function newestBundledVersion(): string {
  const versions = readdirSync(SCHEMAS).filter(
    (d) => /^v\d+\.\d+$/.test(d) && existsSync(path.join(SCHEMAS, d, 'MicrosoftTeams.schema.json')),
  );
  const key = (v: string) => v.slice(1).split('.').map(Number);
  return versions.sort((a, b) => {
    const [am, an] = key(a);
    const [bm, bn] = key(b);
    return am - bm || an - bn;
  })[versions.length - 1];
}

describe('Teams app manifest', () => {
  test('is valid against its JSON schema (bundled copy, offline)', async () => {
    const manifest = sampleManifest();
    const errors = await validate(manifest, bundledSchema(manifest.$schema));
    expect(errors).toEqual([]);
  });

  test('uses the newest schema the validator ships, and its manifestVersion matches', () => {
    const manifest = sampleManifest();
    const newest = newestBundledVersion();
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/${newest}/MicrosoftTeams.schema.json`);
    expect(`v${manifest.manifestVersion}`).toBe(newest);
  });

  test('the validator rejects a broken manifest (the check above can fail)', async () => {
    const manifest = sampleManifest();
    const broken = { ...manifest, name: { short: 'x'.repeat(31) }, bots: [{ ...manifest.bots[0], botId: 'not-a-guid' }] };
    const errors = await validate(broken, bundledSchema(manifest.$schema));
    expect(errors.join('\n')).toMatch(/\/name\/short/);
    expect(errors.join('\n')).toMatch(/\/bots\/0\/botId/);
  });

  test('the committed file takes the bot id from settings, nothing else is a placeholder', () => {
    const raw = JSON.parse(manifestText) as Manifest;
    expect(raw.bots).toHaveLength(1);
    expect(raw.bots[0].botId).toBe('${{MICROSOFT_APP_ID}}');
    expect(manifestText.match(/\$\{\{[^}]*\}\}/g)).toEqual(['${{MICROSOFT_APP_ID}}']);
    expect(raw.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  test('a conversational bot in personal, team and group chat scope with the support commands', () => {
    const [bot] = sampleManifest().bots;
    expect(bot.botId).toBe(SAMPLE_APP_ID);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot).toMatchObject({ isNotificationOnly: false });
    const titles = (bot.commandLists ?? []).flatMap((l) => l.commands.map((c) => c.title));
    expect(titles).toEqual(expect.arrayContaining(['troubleshoot', 'help', 'talk to a human', 'start over']));
  });

  test('developer links are https placeholders on an example domain', () => {
    const { developer } = sampleManifest() as unknown as { developer: Record<string, string> };
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
      const url = new URL(developer[key]);
      expect(url.protocol).toBe('https:');
      expect(url.hostname).toMatch(/(^|\.)example\.(com|org|net)$/);
    }
  });
});

describe('Teams app icons', () => {
  const { icons } = sampleManifest();

  test('the colour icon is a 192x192 PNG, opaque and in colour', () => {
    const png = readPng(readFileSync(path.join(APP_PACKAGE, icons.color)));
    expect([png.width, png.height]).toEqual([192, 192]);
    expect(png.rgba).toBeDefined();
    const rgba = png.rgba!;
    const colours = new Set<string>();
    for (let i = 0; i < rgba.length; i += 4) {
      expect(rgba[i + 3]).toBe(255);
      if (rgba[i] !== rgba[i + 1] || rgba[i + 1] !== rgba[i + 2]) colours.add(`${rgba[i]},${rgba[i + 1]},${rgba[i + 2]}`);
    }
    expect(colours.size).toBeGreaterThan(3);
  });

  test('the outline icon is a 32x32 PNG of white on transparent', () => {
    const png = readPng(readFileSync(path.join(APP_PACKAGE, icons.outline)));
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(png.rgba).toBeDefined();
    const rgba = png.rgba!;
    let transparent = 0;
    let white = 0;
    const offenders: string[] = [];
    for (let i = 0; i < rgba.length; i += 4) {
      const [r, g, b, a] = rgba.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r === 255 && g === 255 && b === 255) white++;
      else offenders.push(`(${(i / 4) % 32},${Math.floor(i / 4 / 32)}) rgba(${r},${g},${b},${a})`);
    }
    expect(offenders.slice(0, 5)).toEqual([]);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
    expect(white).toBeGreaterThan(32 * 32 * 0.1);
  });
});

describe('Teams app package', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'teams-package-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('zips manifest.json with the bot id filled in and both icons, flat', async () => {
    const outFile = path.join(dir, PACKAGE_FILE_NAME);
    const written = await buildTeamsPackage({ settings: { MicrosoftAppId: SAMPLE_APP_ID }, outFile });
    expect(written).toBe(outFile);
    const zip = await JSZip.loadAsync(readFileSync(outFile));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
    expect(manifest.bots[0].botId).toBe(SAMPLE_APP_ID);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(await validate(manifest, bundledSchema(manifest.$schema))).toEqual([]);
    for (const icon of ['color.png', 'outline.png']) {
      expect(Buffer.from(await zip.file(icon)!.async('uint8array'))).toEqual(readFileSync(path.join(APP_PACKAGE, icon)));
    }
  });

  test('by default writes appPackage/build/tapo-support-teams.zip', async () => {
    // copy of the package folder so the test leaves the working tree alone
    const copy = path.join(dir, 'appPackage');
    cpSync(APP_PACKAGE, copy, { recursive: true, filter: (src) => path.basename(src) !== 'build' });
    const written = await buildTeamsPackage({ settings: { MicrosoftAppId: SAMPLE_APP_ID }, appPackageDir: copy });
    expect(written).toBe(path.join(copy, 'build', PACKAGE_FILE_NAME));
    expect(existsSync(written)).toBe(true);
    expect(defaultAppPackageDir()).toBe(APP_PACKAGE);
  });

  test.each([
    ['missing', {}, /MicrosoftAppId is not set/],
    ['empty', { MicrosoftAppId: '  ' }, /MicrosoftAppId is not set/],
    ['not a GUID', { MicrosoftAppId: 'my-bot' }, /MicrosoftAppId must be a GUID/],
  ])('refuses a %s MicrosoftAppId, naming the setting, and writes nothing', async (_case, settings, message) => {
    const outFile = path.join(dir, PACKAGE_FILE_NAME);
    const attempt = buildTeamsPackage({ settings, outFile });
    await expect(attempt).rejects.toThrow(TeamsPackageError);
    await expect(attempt).rejects.toThrow(message);
    expect(existsSync(outFile)).toBe(false);
  });

  test('an unknown placeholder is an error, not a silent leftover', () => {
    expect(() => fillManifest('{"id": "${{TEAMS_APP_ID}}"}', { MicrosoftAppId: SAMPLE_APP_ID })).toThrow(/TEAMS_APP_ID/);
  });
});
