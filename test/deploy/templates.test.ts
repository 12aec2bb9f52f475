import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EvalScope, Json, JsonObject, evaluate, expressionsIn, namesUsed, parseExpression } from './armExpressions';

const ROOT = path.resolve(__dirname, '..', '..');
const TEMPLATES_DIR = path.join(ROOT, 'deploymentTemplates');
const EXISTING_RG = 'deployUseExistResourceGroup/template-bot-with-rg.json';
const NEW_RG = 'deployWithNewResourceGroup/template-bot-new-rg.json';

const SCHEMA_RG = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const SCHEMA_SUB = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#';
const SCHEMA_PARAMS = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

const SECRET_NAME = /password|secret|token|key/i;
/** Channel properties that carry credentials. */
const SECRET_CHANNEL_PROPERTIES = ['clientSecret', 'verificationToken', 'signingSecret', 'accessToken'];
/** App settings that carry credentials (a webhook URL may carry a key). */
const SECRET_APP_SETTINGS = ['MicrosoftAppPassword', 'DIRECT_LINE_SECRET', 'SUPPORT_WEBHOOK_URL'];
const REQUIRED_APP_SETTINGS = [
  'MicrosoftAppType',
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppTenantId',
  'STORAGE',
  'AZURE_STORAGE_CONNECTION_STRING',
  'AZURE_STORAGE_CONTAINER',
  'DIRECT_LINE_SECRET',
  'DIRECT_LINE_TRUSTED_ORIGINS',
  'SUPPORT_WEBHOOK_URL',
  'LOG_LEVEL',
];

interface Parameter {
  type: string;
  defaultValue?: Json;
  allowedValues?: Json[];
}
interface Resource extends JsonObject {
  type: string;
  name: string;
}
interface Template {
  $schema: string;
  contentVersion: string;
  parameters: Record<string, Parameter>;
  variables?: JsonObject;
  resources: Resource[];
  outputs?: JsonObject;
}

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listJson(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : [],
  );
}
const rel = (file: string) => path.relative(TEMPLATES_DIR, file).split(path.sep).join('/');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

const allFiles = listJson(TEMPLATES_DIR).map(rel).sort();
const templateFiles = allFiles.filter((f) => !f.endsWith('.parameters.json'));
const parameterFiles = allFiles.filter((f) => f.endsWith('.parameters.json'));
const loadTemplate = (file: string) => readJson(path.join(TEMPLATES_DIR, file)) as Template;

/** A nested deployment whose template has its own parameters (expressionEvaluationOptions.scope = inner). */
function innerTemplate(resource: Resource): Template | undefined {
  const props = resource.properties as JsonObject | undefined;
  const options = props?.expressionEvaluationOptions as JsonObject | undefined;
  return resource.type === 'Microsoft.Resources/deployments' && options?.scope === 'inner'
    ? (props?.template as unknown as Template)
    : undefined;
}

/** Every resource of a template, child resources included, nested inner templates excluded. */
function resourcesOf(template: Template): Resource[] {
  const walk = (list: Resource[] | undefined): Resource[] =>
    (list ?? []).flatMap((r) => [r, ...walk(r.resources as Resource[] | undefined)]);
  return walk(template.resources);
}

/** The template and every inner-scope template nested in it, each an evaluation scope of its own. */
function scopesOf(template: Template, label: string): Array<{ label: string; template: Template }> {
  return [
    { label, template },
    ...resourcesOf(template).flatMap((r) => {
      const inner = innerTemplate(r);
      return inner ? scopesOf(inner, `${label} (nested template)`) : [];
    }),
  ];
}

/** Expressions evaluated in this template's own scope (inner nested templates left out). */
function ownExpressions(template: Template) {
  const own = structuredClone(template);
  for (const r of resourcesOf(own)) if (innerTemplate(r)) delete (r.properties as JsonObject).template;
  return expressionsIn(own as unknown as Json);
}

/** The parameters an expression depends on, following variables through to their definitions. */
function parametersBehind(value: Json, template: Template, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  for (const { text } of expressionsIn(value)) {
    const expr = parseExpression(text);
    namesUsed(expr, 'parameters').forEach((p) => found.add(p));
    for (const v of namesUsed(expr, 'variables')) {
      if (seen.has(v)) continue;
      seen.add(v);
      parametersBehind(template.variables?.[v] ?? null, template, seen).forEach((p) => found.add(p));
    }
  }
  return found;
}

function byType(template: Template, type: string): Resource[] {
  return resourcesOf(template).filter((r) => r.type.toLowerCase() === type.toLowerCase());
}
function onlyOne(template: Template, type: string): Resource {
  const found = byType(template, type);
  expect(found.map((r) => r.type)).toEqual([type]);
  return found[0];
}
function channel(template: Template, name: string): Resource {
  const found = byType(template, 'Microsoft.BotService/botServices/channels').filter(
    (r) => (r.properties as JsonObject).channelName === name,
  );
  if (found.length !== 1) throw new Error(`expected one ${name}, found ${found.length}`);
  return found[0];
}
function appSettings(template: Template): Record<string, Json> {
  const site = onlyOne(template, 'Microsoft.Web/sites');
  const config = (site.properties as JsonObject).siteConfig as JsonObject;
  const list = config.appSettings as Array<{ name: string; value: Json }>;
  const names = list.map((s) => s.name);
  expect(new Set(names).size).toBe(names.length);
  return Object.fromEntries(list.map((s) => [s.name, s.value]));
}

/** Parameters whose values are credentials: by name, by the channel property or app setting they feed. */
function secretParameters(template: Template, outerSecretsOfInner: (r: Resource) => Set<string> = () => new Set()) {
  const secrets = new Set(Object.keys(template.parameters ?? {}).filter((p) => SECRET_NAME.test(p)));
  for (const r of byType(template, 'Microsoft.BotService/botServices/channels')) {
    const props = ((r.properties as JsonObject).properties ?? {}) as JsonObject;
    for (const key of SECRET_CHANNEL_PROPERTIES) {
      if (key in props) parametersBehind(props[key], template).forEach((p) => secrets.add(p));
    }
  }
  if (byType(template, 'Microsoft.Web/sites').length) {
    const settings = appSettings(template);
    for (const key of SECRET_APP_SETTINGS) {
      if (key in settings) parametersBehind(settings[key], template).forEach((p) => secrets.add(p));
    }
  }
  for (const r of resourcesOf(template)) outerSecretsOfInner(r).forEach((p) => secrets.add(p));
  return secrets;
}

/** Secret parameters of a scope, including outer ones passed to secret parameters of nested templates. */
function allSecretParameters(template: Template): Set<string> {
  return secretParameters(template, (r) => {
    const inner = innerTemplate(r);
    if (!inner) return new Set();
    const innerSecrets = allSecretParameters(inner);
    const passed = ((r.properties as JsonObject).parameters ?? {}) as Record<string, JsonObject>;
    const result = new Set<string>();
    for (const [name, given] of Object.entries(passed)) {
      if (innerSecrets.has(name)) parametersBehind(given.value, template).forEach((p) => result.add(p));
    }
    return result;
  });
}

/** Parameter values for evaluating a scope: defaults where they are plain values, samples otherwise. */
function sampleScope(template: Template, overrides: Record<string, Json> = {}): EvalScope {
  const parameters: Record<string, Json> = {};
  for (const [name, def] of Object.entries(template.parameters)) {
    const plainDefault =
      def.defaultValue !== undefined && !(typeof def.defaultValue === 'string' && def.defaultValue.startsWith('['));
    parameters[name] = plainDefault ? (def.defaultValue as Json) : def.type === 'array' ? [] : `sample-${name}`;
  }
  return { parameters: { ...parameters, ...overrides }, variables: template.variables ?? {} };
}

describe('deployment templates: files', () => {
  test('both variants are there, each with a parameter file', () => {
    expect(templateFiles).toEqual(expect.arrayContaining([EXISTING_RG, NEW_RG]));
    for (const t of templateFiles) expect(parameterFiles).toContain(t.replace(/\.json$/, '.parameters.json'));
    for (const p of parameterFiles) expect(templateFiles).toContain(p.replace(/\.parameters\.json$/, '.json'));
  });

  test.each(allFiles)('%s is valid JSON with $schema and contentVersion', (file) => {
    const json = readJson(path.join(TEMPLATES_DIR, file)) as JsonObject;
    expect(typeof json.$schema).toBe('string');
    expect(json.contentVersion).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test('the existing-group variant deploys into a resource group, the new-group variant at subscription level', () => {
    expect(loadTemplate(EXISTING_RG).$schema).toBe(SCHEMA_RG);
    expect(loadTemplate(NEW_RG).$schema).toBe(SCHEMA_SUB);
    for (const p of parameterFiles) expect((readJson(path.join(TEMPLATES_DIR, p)) as JsonObject).$schema).toBe(SCHEMA_PARAMS);
  });
});

describe.each(templateFiles)('deployment template %s', (file) => {
  const scopes = scopesOf(loadTemplate(file), file);

  test('every expression parses', () => {
    for (const { path: at, text } of expressionsIn(loadTemplate(file) as unknown as Json)) {
      expect(() => parseExpression(text)).not.toThrow(`${at}: ${text}`);
    }
  });

  test.each(scopes.map((s) => [s.label, s.template] as const))(
    '%s: parameters and variables referenced are declared, and every declared one is used',
    (_label, template) => {
      const declared = Object.keys(template.parameters ?? {});
      const declaredVars = Object.keys(template.variables ?? {});
      const exprs = ownExpressions(template).map((e) => parseExpression(e.text));
      const usedParams = new Set(exprs.flatMap((e) => namesUsed(e, 'parameters')));
      const usedVars = new Set(exprs.flatMap((e) => namesUsed(e, 'variables')));
      expect([...usedParams].filter((p) => !declared.includes(p))).toEqual([]);
      expect(declared.filter((p) => !usedParams.has(p))).toEqual([]);
      expect([...usedVars].filter((v) => !declaredVars.includes(v))).toEqual([]);
      expect(declaredVars.filter((v) => !usedVars.has(v))).toEqual([]);
    },
  );

  test.each(scopes.map((s) => [s.label, s.template] as const))(
    '%s: every secret is a secureString parameter without a default, and never an output',
    (_label, template) => {
      const secrets = allSecretParameters(template);
      for (const name of secrets) {
        const def = template.parameters[name];
        expect({ name, type: def.type.toLowerCase() }).toEqual({ name, type: 'securestring' });
        expect({ name, hasDefault: 'defaultValue' in def }).toEqual({ name, hasDefault: false });
      }
      const outputs = parametersBehind((template.outputs ?? {}) as Json, template);
      const secureParams = Object.entries(template.parameters).filter(([, d]) => /^secure/i.test(d.type));
      expect(secureParams.map(([n]) => n).filter((n) => outputs.has(n))).toEqual([]);
      const outputText = JSON.stringify(template.outputs ?? {});
      expect(outputText).not.toMatch(/list(Keys|Secrets|ChannelWithKeys)\s*\(/i);
    },
  );
});

describe('the bot resources (existing resource group)', () => {
  const template = loadTemplate(EXISTING_RG);
  const scope = sampleScope(template, {
    botName: 'tapo-sample',
    directLineTrustedOrigins: ['https://support.example.com', 'https://www.example.com'],
  });
  const bot = () => onlyOne(template, 'Microsoft.BotService/botServices');
  const site = () => onlyOne(template, 'Microsoft.Web/sites');
  const botName = () => evaluate(bot().name, scope) as string;

  test('a Linux App Service plan and a Linux web app on Node 20 started with npm start, HTTPS only', () => {
    const plan = onlyOne(template, 'Microsoft.Web/serverfarms');
    expect(plan.kind).toBe('linux');
    expect((plan.properties as JsonObject).reserved).toBe(true);
    const web = site();
    expect(String(web.kind).split(',')).toEqual(expect.arrayContaining(['app', 'linux']));
    const props = web.properties as JsonObject;
    expect(props.httpsOnly).toBe(true);
    expect(String(props.serverFarmId)).toContain("'Microsoft.Web/serverfarms'");
    const config = props.siteConfig as JsonObject;
    expect(config.linuxFxVersion).toMatch(/^NODE\|20(\.|-|$)/);
    expect(config.appCommandLine).toBe('npm start');
    expect(config.minTlsVersion).toBe('1.2');
  });

  test('the app settings the bot reads are all set', () => {
    const settings = appSettings(template);
    expect(Object.keys(settings)).toEqual(expect.arrayContaining(REQUIRED_APP_SETTINGS));
    expect(settings.STORAGE).toBe('blob');
    expect(parametersBehind(settings.MicrosoftAppId, template)).toEqual(
      parametersBehind((bot().properties as JsonObject).msaAppId, template),
    );
    expect(evaluate(settings.MicrosoftAppType, scope)).toBe(evaluate((bot().properties as JsonObject).msaAppType, scope));
    expect(evaluate(settings.MicrosoftAppTenantId, scope)).toBe(
      evaluate((bot().properties as JsonObject).msaAppTenantId, scope),
    );
  });

  test('blob storage: StorageV2, HTTPS only, TLS 1.2, no public blob access, a container the app is told about', () => {
    const account = onlyOne(template, 'Microsoft.Storage/storageAccounts');
    expect(account.kind).toBe('StorageV2');
    expect(account.properties).toMatchObject({
      supportsHttpsTrafficOnly: true,
      minimumTlsVersion: 'TLS1_2',
      allowBlobPublicAccess: false,
    });
    const container = onlyOne(template, 'Microsoft.Storage/storageAccounts/blobServices/containers');
    expect((container.properties as JsonObject).publicAccess).toBe('None');

    const settings = appSettings(template);
    const connection = String(settings.AZURE_STORAGE_CONNECTION_STRING);
    expect(connection).toMatch(/listKeys\(resourceId\('Microsoft.Storage\/storageAccounts', variables\('storageAccountName'\)\)/);
    expect(connection).toContain('AccountName={0}');
    expect(connection).toContain('DefaultEndpointsProtocol=https');
    expect(account.name).toBe("[variables('storageAccountName')]");
    const containerParam = [...parametersBehind(settings.AZURE_STORAGE_CONTAINER, template)];
    expect(containerParam).toHaveLength(1);
    expect(parametersBehind(container.name, template)).toContain(containerParam[0]);
    expect(site().dependsOn).toEqual(
      expect.arrayContaining(["[resourceId('Microsoft.Storage/storageAccounts', variables('storageAccountName'))]"]),
    );
  });

  test('the Azure Bot registration points at the web app /api/messages', () => {
    const registration = bot();
    expect(registration.kind).toBe('azurebot');
    expect(registration.location).toBe('global');
    const props = registration.properties as JsonObject;
    for (const key of ['msaAppId', 'msaAppType', 'msaAppTenantId', 'displayName']) expect(props[key]).toBeDefined();
    const webAppName = evaluate(site().name, scope);
    expect(evaluate(props.endpoint, scope)).toBe(`https://${webAppName}.azurewebsites.net/api/messages`);
    expect(String(evaluate(props.endpoint, scope))).toMatch(/\/api\/messages$/);
  });

  test.each(['DirectLineChannel', 'MsTeamsChannel', 'SlackChannel', 'TelegramChannel'])(
    '%s is a child of the bot registration',
    (name) => {
      const c = channel(template, name);
      expect(evaluate(c.name, scope)).toBe(`${botName()}/${name}`);
      expect(c.dependsOn).toEqual(expect.arrayContaining(["[resourceId('Microsoft.BotService/botServices', parameters('botName'))]"]));
      expect(String(evaluate(bot().name, scope))).toBe(botName());
    },
  );

  test('Direct Line: a secure site whose trusted origins come from a parameter, like the app setting', () => {
    const sites = (((channel(template, 'DirectLineChannel').properties as JsonObject).properties as JsonObject)
      .sites ?? []) as JsonObject[];
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatchObject({ isEnabled: true, isV3Enabled: true, isSecureSiteEnabled: true });
    expect(parametersBehind(sites[0].trustedOrigins, template)).toContain('directLineTrustedOrigins');
    expect(template.parameters.directLineTrustedOrigins.type).toBe('array');
    const origins = evaluate(sites[0].trustedOrigins, scope);
    expect(origins).toEqual(
      expect.arrayContaining(['https://support.example.com', 'https://www.example.com', 'https://tapo-sample.azurewebsites.net']),
    );
    expect(evaluate(appSettings(template).DIRECT_LINE_TRUSTED_ORIGINS, scope)).toBe((origins as string[]).join(','));
  });

  test('Teams is enabled', () => {
    const props = (channel(template, 'MsTeamsChannel').properties as JsonObject).properties as JsonObject;
    expect(props.isEnabled).toBe(true);
  });

  test('Slack has all its settings from parameters and is deployed only when its secrets are given', () => {
    const slack = channel(template, 'SlackChannel');
    const props = (slack.properties as JsonObject).properties as JsonObject;
    for (const key of ['clientId', 'clientSecret', 'verificationToken', 'signingSecret', 'landingPageUrl']) {
      expect({ key, params: parametersBehind(props[key], template).size }).toEqual({ key, params: 1 });
    }
    const condition = parametersBehind(slack.condition, template);
    for (const key of ['clientSecret', 'verificationToken', 'signingSecret']) {
      for (const p of parametersBehind(props[key], template)) expect(condition).toContain(p);
    }
    const secrets = { slackClientId: 'A1', slackClientSecret: 's', slackVerificationToken: 't', slackSigningSecret: 'x' };
    expect(evaluate(slack.condition, sampleScope(template, secrets))).toBe(true);
    expect(evaluate(slack.condition, sampleScope(template, { ...secrets, slackSigningSecret: '' }))).toBe(false);
  });

  test('Telegram takes its token from a parameter and is deployed only when it is given', () => {
    const telegram = channel(template, 'TelegramChannel');
    const props = (telegram.properties as JsonObject).properties as JsonObject;
    const tokenParams = [...parametersBehind(props.accessToken, template)];
    expect(tokenParams).toHaveLength(1);
    expect(parametersBehind(telegram.condition, template)).toContain(tokenParams[0]);
    expect(evaluate(telegram.condition, sampleScope(template, { [tokenParams[0]]: '123:abc' }))).toBe(true);
    expect(evaluate(telegram.condition, sampleScope(template, { [tokenParams[0]]: '' }))).toBe(false);
  });
});

describe('the new resource group variant', () => {
  const outer = loadTemplate(NEW_RG);
  const group = () => onlyOne(outer, 'Microsoft.Resources/resourceGroups');
  const nested = () => onlyOne(outer, 'Microsoft.Resources/deployments');

  test('creates the resource group and deploys into it after it exists', () => {
    expect(parametersBehind(group().name, outer)).toEqual(new Set(['groupName']));
    const deployment = nested();
    expect(deployment.resourceGroup).toBe(group().name);
    expect(JSON.stringify(deployment.dependsOn)).toContain("'Microsoft.Resources/resourceGroups', parameters('groupName')");
    expect(((deployment.properties as JsonObject).expressionEvaluationOptions as JsonObject).scope).toBe('inner');
  });

  test('nests exactly the existing-group template, so the two variants cannot drift apart', () => {
    expect((nested().properties as JsonObject).template).toEqual(loadTemplate(EXISTING_RG));
  });

  test('passes every parameter of the nested template through', () => {
    const inner = innerTemplate(nested())!;
    const passed = ((nested().properties as JsonObject).parameters ?? {}) as Record<string, JsonObject>;
    expect(Object.keys(passed).sort()).toEqual(Object.keys(inner.parameters).sort());
    for (const [name, given] of Object.entries(passed)) {
      if (name === 'location') continue;
      expect(given.value).toBe(`[parameters('${name}')]`);
      expect(outer.parameters[name]).toMatchObject({ type: inner.parameters[name].type });
    }
  });
});

describe.each(parameterFiles)('parameter file %s', (file) => {
  const params = (readJson(path.join(TEMPLATES_DIR, file)) as { parameters: Record<string, JsonObject> }).parameters;
  const template = loadTemplate(file.replace(/\.parameters\.json$/, '.json'));

  test('names only declared parameters, with allowed values', () => {
    expect(Object.keys(params).filter((p) => !(p in template.parameters))).toEqual([]);
    for (const [name, given] of Object.entries(params)) {
      const allowed = template.parameters[name].allowedValues;
      if (allowed) expect(allowed).toContain(given.value);
    }
  });

  test('carries no secret values', () => {
    const secure = Object.entries(template.parameters)
      .filter(([name, def]) => /^secure/i.test(def.type) || SECRET_NAME.test(name))
      .map(([name]) => name);
    for (const name of secure) {
      const given = params[name];
      if (given === undefined) continue;
      // a Key Vault reference names where the secret lives, not the secret
      expect({ name, keys: Object.keys(given) }).toEqual({ name, keys: ['reference'] });
    }
  });
});
