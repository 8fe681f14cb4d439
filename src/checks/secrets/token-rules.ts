import type { SecretRule } from './rules.js';

/**
 * More provider formats, re-expressed from the rule lists gitleaks and secretlint document (provider
 * prefixes, lengths and alphabets) and the providers' own token notes. Two shapes:
 * - `token`: a distinctive prefix and body, found anywhere on a line;
 * - `keyed`: a value of a provider's shape assigned to a name that holds the provider's name
 *   (`SNYK_TOKEN = "…"`), for formats that have no prefix of their own.
 * Both are `strict`: the format itself is the evidence, so only a degenerate body (one or two distinct
 * characters) or a template reference clears them, not a placeholder-sounding word.
 */

const g = (source: string, flags = '') => new RegExp(source, `gd${flags}`);
const END = '(?![A-Za-z0-9_-])';
const START = '(?<![A-Za-z0-9_-])';

function token(
  id: string,
  description: string,
  keywords: string[],
  body: string,
  prefix?: string,
  flags = '',
): SecretRule {
  return {
    id,
    description,
    keywords,
    pattern: g(`${START}(?<secret>${body})${END}`, flags),
    minEntropy: 2,
    prefix,
    strict: true,
  };
}

/** An assignment (`=`, `:`, `:=`, `::=`, `=>`, `?=`) of a value to a name that holds `name`. */
function keyed(id: string, description: string, keywords: string[], name: string, value: string): SecretRule {
  return {
    id,
    description,
    keywords,
    pattern: g(
      `(?:${name})[\\w.-]{0,25}['"]?[ \\t]{0,3}(?::::=|::=|:=|=>|\\?=|=|:|,)[ \\t]{0,5}['"\`]?(?<secret>${value})(?![A-Za-z0-9_+/=-])`,
      'i',
    ),
    minEntropy: 2,
    strict: true,
  };
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const B64 = '[A-Za-z0-9+/]';

export const TOKEN_RULES: SecretRule[] = [
  token(
    '1password-service-account-token',
    '1Password service account token',
    ['ops_eyj'],
    `ops_eyJ${B64}{250,}={0,3}`,
    'ops_',
  ),
  token(
    '1password-secret-key',
    '1Password secret key',
    ['a3-'],
    'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
    'A3-',
  ),
  token('aws-bedrock-api-key', 'Amazon Bedrock API key', ['absk'], `ABSK${B64}{100,}={0,2}`, 'ABSK'),
  token(
    'age-secret-key',
    'age encryption secret key',
    ['age-secret-key-1'],
    'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}',
    'AGE-',
  ),
  token('adafruit-io-key', 'Adafruit IO key', ['aio_'], 'aio_[A-Za-z0-9]{28}', 'aio_'),
  token('artifactory-api-key', 'Artifactory API key', ['akcp'], 'AKCp[A-Za-z0-9]{69}', 'AKCp'),
  token(
    'artifactory-reference-token',
    'Artifactory reference token',
    ['cmvmdg'],
    'cmVmdGtu[A-Za-z0-9]{56}',
    'cmVmdGtu',
  ),
  token('atlassian-api-token', 'Atlassian API token', ['atatt3'], 'ATATT3[A-Za-z0-9_=-]{186}', 'ATATT3'),
  token(
    'azure-ad-client-secret',
    'Azure AD client secret',
    ['q~'],
    '[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}',
  ),
  token('beamer-api-token', 'Beamer API token', ['b_'], 'b_[A-Za-z0-9=_-]{44}', 'b_'),
  token('clojars-api-token', 'Clojars deploy token', ['clojars_'], 'CLOJARS_[a-z0-9]{60}', 'CLOJARS_', 'i'),
  token(
    'cloudflare-origin-ca-key',
    'Cloudflare Origin CA key',
    ['v1.0-'],
    'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}',
    'v1.0-',
  ),
  token('databricks-token', 'Databricks token', ['dapi'], 'dapi[a-f0-9]{32}(?:-[0-9])?', 'dapi'),
  token(
    'docker-pat',
    'Docker personal access token',
    ['dckr_pat_', 'dckr_oat_'],
    'dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}',
    'dckr_',
  ),
  token(
    'doppler-token',
    'Doppler API token',
    ['dp.'],
    'dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}',
    'dp.',
  ),
  token(
    'duffel-token',
    'Duffel API token',
    ['duffel_'],
    'duffel_(?:test|live)_[A-Za-z0-9_=-]{43}',
    'duffel_',
  ),
  token(
    'dynatrace-token',
    'Dynatrace API token',
    ['dt0c01.'],
    'dt0c01\\.[A-Za-z0-9]{24}\\.[a-z0-9]{64}',
    'dt0c01.',
    'i',
  ),
  token('easypost-token', 'EasyPost API token', ['ezak', 'eztk'], 'EZ[AT]K[A-Za-z0-9]{54}', 'EZ'),
  token(
    'facebook-page-token',
    'Facebook page access token',
    ['eaam', 'eaac'],
    'EAA[MC][A-Za-z0-9]{100,}',
    'EAA',
  ),
  token(
    'figma-token',
    'Figma personal access token',
    ['figd_', 'figo_'],
    'fig[do]_[A-Za-z0-9_-]{40,}',
    'fig',
  ),
  token(
    'flyio-token',
    'Fly.io access token',
    ['fo1_', 'fm1', 'fm2_'],
    `(?:fo1_[\\w-]{43}|fm1[ar]_${B64}{100,}={0,3}|fm2_${B64}{100,}={0,3})`,
    'f',
  ),
  token('frameio-token', 'Frame.io API token', ['fio-u-'], 'fio-u-[A-Za-z0-9_=-]{64}', 'fio-u-'),
  token(
    'github-app-installation-token',
    'GitHub app installation token',
    ['ghs_'],
    'ghs_[0-9]+_eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+',
    'ghs_',
  ),
  token(
    'gitlab-token',
    'GitLab token',
    ['gloas-', 'gldt-', 'glrt-', 'glcbt-', 'glptt-', 'glft-', 'glimt-', 'glagent-', 'glsoat-', 'glffct-'],
    'gl(?:oas|dt|rt|cbt|ptt|ft|imt|agent|soat|ffct)-[0-9A-Za-z_.-]{20,}',
    'gl',
  ),
  token(
    'grafana-service-account-token',
    'Grafana service account token',
    ['glsa_'],
    'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}',
    'glsa_',
  ),
  token('grafana-cloud-token', 'Grafana Cloud API token', ['glc_'], `glc_${B64}{32,400}={0,2}`, 'glc_'),
  token('grafana-api-key', 'Grafana API key', ['eyjrijoi'], `eyJrIjoi${B64}{70,400}={0,2}`, 'eyJrIjoi'),
  token('groq-api-key', 'Groq API key', ['gsk_'], 'gsk_[A-Za-z0-9]{52}', 'gsk_'),
  token(
    'hashicorp-tf-token',
    'Terraform Cloud API token',
    ['atlasv1'],
    '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}',
  ),
  token(
    'huggingface-org-token',
    'Hugging Face organisation token',
    ['api_org_'],
    'api_org_[A-Za-z]{34}',
    'api_org_',
  ),
  token('intra42-secret', 'Intra42 client secret', ['s-s4t2'], 's-s4t2(?:ud|af)-[a-f0-9]{64}', 's-s4t2'),
  token(
    'linear-api-key',
    'Linear API key',
    ['lin_api_', 'lin_oauth_'],
    'lin_(?:api|oauth)_[A-Za-z0-9]{40,}',
    'lin_',
  ),
  token(
    'notion-token',
    'Notion integration token',
    ['ntn_', 'secret_'],
    '(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})',
    'ntn_',
  ),
  token('openshift-token', 'OpenShift user token', ['sha256~'], 'sha256~[\\w-]{43}', 'sha256~'),
  token(
    'planetscale-token',
    'PlanetScale token',
    ['pscale_'],
    'pscale_(?:tkn|pw|oauth)_[\\w=.-]{32,64}',
    'pscale_',
  ),
  token('prefect-token', 'Prefect API token', ['pnu_'], 'pnu_[A-Za-z0-9]{36}', 'pnu_'),
  token('pulumi-token', 'Pulumi access token', ['pul-'], 'pul-[a-f0-9]{40}', 'pul-'),
  token('readme-api-key', 'ReadMe API key', ['rdme_'], 'rdme_[a-z0-9]{70}', 'rdme_'),
  token('rubygems-token', 'RubyGems API token', ['rubygems_'], 'rubygems_[a-f0-9]{48}', 'rubygems_'),
  token('scalingo-token', 'Scalingo API token', ['tk-us-'], 'tk-us-[\\w-]{48}', 'tk-us-'),
  token(
    'sentry-token',
    'Sentry auth token',
    ['sntrys_', 'sntryu_'],
    '(?:sntrys_eyJ[A-Za-z0-9+/=_-]{80,}|sntryu_[a-f0-9]{64})',
    'sntry',
  ),
  token('shippo-token', 'Shippo API token', ['shippo_'], 'shippo_(?:live|test)_[a-fA-F0-9]{40}', 'shippo_'),
  token(
    'slack-app-token',
    'Slack app-level token',
    ['xapp-'],
    'xapp-[0-9]-[A-Z0-9]+-[0-9]+-[a-z0-9]+',
    'xapp-',
    'i',
  ),
  token(
    'slack-config-token',
    'Slack configuration token',
    ['xoxe.xox', 'xoxe-'],
    '(?:xoxe\\.xox[bp]-[0-9]-[A-Z0-9]{163,166}|xoxe-[0-9]-[A-Z0-9]{146})',
    'xoxe',
    'i',
  ),
  token(
    'slack-token',
    'Slack token',
    ['xoxa-', 'xoxb-', 'xoxo-', 'xoxp-', 'xoxr-', 'xoxs-'],
    'xox[abopsr]-(?:[0-9]{1,2}-)?[0-9]{8,}-[0-9A-Za-z-]{8,}',
    'xox',
  ),
  token(
    'sourcegraph-token',
    'Sourcegraph access token',
    ['sgp_'],
    'sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}',
    'sgp_',
  ),
  {
    ...token(
      'tailscale-key',
      'Tailscale key',
      ['tskey-'],
      'tskey-[a-z]+-[A-Za-z0-9]{8,}-[A-Za-z0-9]{16,}',
      'tskey-',
    ),
    // A tailscale key may follow an underscore or a digit (`MY_tskey-…`): only a letter joins it to a word.
    pattern: g(`(?<![A-Za-z])(?<secret>tskey-[a-z]+-[A-Za-z0-9]{8,}-[A-Za-z0-9]{16,})${END}`),
  },
  {
    id: 'url-credentials',
    description: 'password in a URL',
    keywords: ['://'],
    pattern: g(
      `\\b(?:https?|ftps?|sftp|ssh|git|smtps?|ldaps?|wss?)://[^\\s:/@'"<>()\\[\\]{}]{1,64}:(?<secret>[^\\s:/@'"<>()\\[\\]{}]{3,128})@(?<host>[A-Za-z0-9][A-Za-z0-9.-]*)`,
      'i',
    ),
    minEntropy: 1,
    strict: true,
  },
  token(
    'vault-token',
    'HashiCorp Vault token',
    ['hvs.', 'hvb.'],
    '(?:hvs\\.[\\w-]{90,120}|hvb\\.[\\w-]{138,300})',
    'hv',
  ),
  token(
    'vercel-token',
    'Vercel token',
    ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    'vc[picark]_[A-Za-z0-9]{24,}',
    'vc',
  ),
  token(
    'yandex-token',
    'Yandex token',
    ['aqvn', 'y0_', 't1.'],
    '(?:AQVN[A-Za-z0-9_-]{35,38}|y0_[A-Za-z0-9_-]{55})',
    undefined,
  ),
  token(
    'sidekiq-url',
    'Sidekiq Enterprise credentials in a URL',
    ['contribsys.com'],
    'https?://[a-f0-9]{8}:[a-f0-9]{8}@(?:gems|enterprise)\\.contribsys\\.com',
    undefined,
    'i',
  ),
  {
    id: 'curl-credentials',
    description: 'credentials on a curl command line',
    keywords: ['curl'],
    pattern: g(
      `\\bcurl\\b.*?\\s(?:-u|--user)(?:=|[ \\t]{1,5})(?:"(?<secret>[^"\\s]{3,})"|'(?<secret2>[^'\\s]{3,})'|(?<secret3>[^\\s'"]*:['"]?[^\\s'"]{3,}))|\\bcurl\\b.*?\\s(?:-H|--header)(?:=|[ \\t]{1,5})["']?(?:Authorization|[\\w-]*(?:api-?key|token|secret)[\\w-]*)["']?:[ \\t]*(?:(?:Bearer|Basic|Token|Bot)[ \\t]+)?(?<secret4>[^\\s'"]{8,})`,
      'i',
    ),
    minEntropy: 1.5,
    strict: true,
  },
  keyed('facebook-secret', 'Facebook app secret', ['facebook'], 'facebook', '[a-f0-9]{32}'),
  {
    id: 'facebook-access-token',
    description: 'Facebook app access token',
    keywords: ['facebook', 'fb_'],
    pattern: g(`(?<![0-9])(?<secret>[0-9]{15,16}(?:\\||%7C)[0-9A-Za-z_-]{27,40})${END}`, 'i'),
    minEntropy: 2,
    strict: true,
  },
  keyed('heroku-api-key', 'Heroku API key', ['heroku'], 'heroku', UUID),
  keyed('hubspot-api-key', 'HubSpot API key', ['hubspot'], 'hubspot', UUID),
  keyed('snyk-token', 'Snyk API token', ['snyk'], 'snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)', UUID),
  keyed(
    'messagebird-key',
    'MessageBird API key or client id',
    ['messagebird', 'message_bird', 'message-bird'],
    'message[_.-]?bird',
    `(?:[A-Za-z0-9]{25}|${UUID})`,
  ),
  keyed(
    'sonar-token',
    'SonarQube or SonarCloud token',
    ['sonar'],
    'sonar[_.-]?(?:login|token)',
    '(?:squ_|sqp_|sqa_)?[A-Za-z0-9=_-]{40}',
  ),
  keyed(
    'sourcegraph-legacy-token',
    'Sourcegraph access token',
    ['sourcegraph'],
    'sourcegraph',
    '[a-fA-F0-9]{40}',
  ),
  keyed(
    'sumologic-access-id',
    'Sumo Logic access id',
    ['sumo'],
    'sumo[_.-]?(?:logic|access)',
    'su[A-Za-z0-9]{12}',
  ),
  keyed(
    'sidekiq-secret',
    'Sidekiq Enterprise credentials',
    ['contribsys__com'],
    'BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM',
    '[a-f0-9]{8}:[a-f0-9]{8}',
  ),
  keyed(
    'vault-legacy-token',
    'HashiCorp Vault token',
    ['vault', 'token'],
    'vault|token',
    's\\.[A-Za-z0-9]{24}',
  ),
  keyed(
    'azure-client-id',
    'Azure client or tenant id',
    ['azure_client', 'tenant_id', 'azure_tenant'],
    '(?:azure|ad)[_.-]?(?:client|tenant)[_.-]?id',
    UUID,
  ),
];
