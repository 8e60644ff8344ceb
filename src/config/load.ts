import fs from 'node:fs';
import { MailwardError, errorMessage } from '../errors';
import { configSchema, type Config } from './schema';
import { describeIssues, parseYaml } from './yaml-errors';

export interface ConfigOverrides {
  internalDomains?: string[];
  rulesDir?: string;
}

/** Loads and validates the configuration file (or the defaults), then applies flag overrides. */
export function loadConfig(file?: string, overrides: ConfigOverrides = {}): Config {
  let raw: unknown = {};
  if (file) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw new MailwardError('MW_ERR_CONFIG_INVALID', `${file}: ${errorMessage(err)}`);
    }
    let parsed;
    try {
      parsed = parseYaml(text, file);
    } catch (err) {
      throw new MailwardError('MW_ERR_CONFIG_INVALID', errorMessage(err));
    }
    raw = parsed.value ?? {};
    const result = configSchema.safeParse(raw);
    if (!result.success) throw new MailwardError('MW_ERR_CONFIG_INVALID', '\n' + describeIssues(result.error.issues, parsed, file));
    return applyOverrides(result.data, overrides);
  }
  return applyOverrides(configSchema.parse(raw), overrides);
}

function applyOverrides(config: Config, overrides: ConfigOverrides): Config {
  const extra = (overrides.internalDomains ?? []).map((d) => d.trim().toLowerCase()).filter(Boolean);
  return {
    ...config,
    organisation: {
      ...config.organisation,
      internal_domains: [...new Set([...config.organisation.internal_domains, ...extra])],
    },
    rules_dir: overrides.rulesDir ?? config.rules_dir,
  };
}
