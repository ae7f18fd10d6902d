/**
 * `npm run token -- --org kennisnet --role curator --sub alice [--name "Alice"] [--hours 8]`, or for school
 * staff `npm run token -- --role school --school 00AA [--school-name "..."] --sub staff-1`: prints a token signed with the local development key (its last line on stdout). The gateway
 * trusts that key only when no OIDC_ISSUER is configured.
 */
import { parseArgs } from 'node:util';
import { identitySchema, institutionIdSchema, ROLES } from '@edu-catalogus/kit/runtime';
import { signDevToken } from './auth/dev-token.ts';
import { loadGatewayConfig } from './config.ts';

const { values } = parseArgs({
  options: {
    org: { type: 'string' },
    role: { type: 'string', multiple: true, default: ['curator'] },
    sub: { type: 'string' },
    name: { type: 'string' },
    hours: { type: 'string', default: '8' },
    school: { type: 'string' },
    'school-name': { type: 'string' },
  },
});

const fail = (message: string): never => {
  console.error(`token: ${message}`);
  process.exit(2);
};

const sub = values.sub ?? fail('--sub <person id> is required');
const roles = values.role ?? [];
for (const role of roles) if (!(ROLES as readonly string[]).includes(role)) fail(`--role must be one of ${ROLES.join(', ')}, got "${role}"`);
const hours = Number(values.hours);
if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) fail('--hours must be a number between 0 and 720');
if (values.org !== undefined && !identitySchema.shape.org.safeParse(values.org).success) fail('--org must be an organisation slug like "kennisnet"');
const school = values.school === undefined ? undefined : institutionIdSchema.safeParse(values.school);
if (school && !school.success) fail('--school must be a BRIN code: 2 digits and 2 letters, like "00AA"');
if (roles.includes('school') !== Boolean(school)) fail('--role school and --school <BRIN> go together');
const schoolClaims = school?.success ? { school: school.data, ...(values['school-name'] ? { schoolName: values['school-name'] } : {}) } : {};

const config = loadGatewayConfig();
if (config.auth.issuer) console.error(`token: warning: OIDC_ISSUER is set (${config.auth.issuer}); the gateway will not accept development tokens`);
console.log(
  await signDevToken(config.dataDir, config.auth.audience, {
    sub,
    org: values.org ?? null,
    roles,
    hours,
    ...(values.name ? { name: values.name } : {}),
    ...schoolClaims,
  }),
);
