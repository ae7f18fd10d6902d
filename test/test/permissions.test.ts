import { readSupergraph } from '@edu-catalogus/schema';
import { buildASTSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, parse, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';

/**
 * Who may call each mutation. A new mutation without a line here fails the first test, so every
 * write gets a deliberate rule. `curator` means: curators and admins pass the role check (the
 * entry's own rules — organisation, four eyes — are tested in curation.test.ts). `public` means
 * anyone, signed in or not ("meld een fout"): no scopes, the subgraph answers on the content.
 * `school` means school staff only (the `school` role; curators and admins are refused), `admin` admins only.
 */
const REPORTED = ['Tool', 'Product', 'Facility', 'Organisation', 'Standard'];
type Rule = 'curator' | 'public' | 'school' | 'admin';
const RULES: Record<string, Rule> = Object.fromEntries(
  ['Tool', 'Product', 'Alternative', 'Category', 'Facility', 'Organisation', 'Standard', 'Offering', 'Advice']
    .flatMap((type) => ['create', 'update', 'submit', 'publish', 'sendBack', 'archive', 'restore'].map((verb): [string, Rule] => [`${verb}${type}`, 'curator']))
    .concat(
      // Webhook subscriptions: portals too (the `portal` role), the subscription's organisation only.
      ['createWebhookSubscription', 'rotateWebhookSecret', 'replayWebhookSubscription'].map((name): [string, Rule] => [name, 'curator']),
    )
    .concat(REPORTED.map((type): [string, Rule] => [`report${type}Problem`, 'public']))
    .concat(REPORTED.map((type): [string, Rule] => [`resolve${type}Report`, 'curator']))
    .concat(['declareToolUsage', 'updateToolUsage', 'withdrawToolUsage', 'updateMySchool'].map((name): [string, Rule] => [name, 'school']))
    .concat([
      ['approveUsageNote', 'curator'],
      ['rejectUsageNote', 'curator'],
      ['saveSchool', 'admin'],
    ]),
);
/** The roles a rule lets past the gateway's role check. */
const PASSES: Record<Exclude<Rule, 'public'>, string[]> = { curator: ['curator', 'admin'], school: ['school'], admin: ['admin'] };

const schema = buildASTSchema(parse(readSupergraph()), { assumeValidSDL: true });
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});

/** The smallest value a required input type accepts (the subgraph may still refuse its content). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType as GraphQLInputType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(named) && named.name === 'Int') return 1;
  if (isScalarType(named) && named.name === 'Boolean') return false;
  return 'permission-matrix';
}

let stack: Stack;
const tokens: Record<string, string | null> = {};
beforeAll(async () => {
  stack = await startStack();
  tokens.anonymous = null;
  tokens.signedInWithoutRole = await stack.token({ sub: 'reader', org: 'kennisnet', roles: [] });
  tokens.curator = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  tokens.admin = await stack.token({ sub: 'root', org: null, roles: ['admin'] });
  tokens.school = await stack.token({ sub: 'staff-1', org: null, roles: ['school'], school: '99XA' });
});
afterAll(() => stack.stop());

describe('permission matrix', () => {
  it('has a rule for every mutation in the supergraph, and no rule for a mutation that is gone', () => {
    expect(mutations.map((m) => m.name).sort()).toEqual(Object.keys(RULES).sort());
  });

  it('declares the rule in the SDL next to every mutation', () => {
    for (const mutation of mutations) {
      const directives = mutation.astNode?.directives?.map((d) => d.name.value) ?? [];
      if (RULES[mutation.name] === 'public') expect(directives, mutation.name).not.toContain('requiresScopes');
      else expect(directives, mutation.name).toContain('requiresScopes');
    }
  });

  it.each(['anonymous', 'signedInWithoutRole', 'curator', 'admin', 'school'])('applies the rules to %s', async (role) => {
    for (const mutation of mutations) {
      const args = mutation.args.filter((a) => isNonNullType(a.type));
      const variables = Object.fromEntries(args.map((a) => [a.name, sample(a.type)]));
      const signature = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const token = tokens[role];
      const response = await stack.query(
        `mutation(${signature}) { ${mutation.name}(${call})${isScalarType(getNamedType(mutation.type)) ? '' : ' { __typename }'} }`,
        variables,
        token ? { authorization: `Bearer ${token}` } : {},
      );
      const code = response.body.errors?.[0]?.extensions?.code;
      const rule = RULES[mutation.name]!;
      if (rule === 'public') expect([response.status, code], mutation.name).toEqual([200, 'NOT_FOUND']);
      else if (role === 'anonymous') expect([response.status, code], mutation.name).toEqual([401, 'UNAUTHENTICATED']);
      else if (!PASSES[rule].includes(role)) expect([response.status, code], mutation.name).toEqual([403, 'FORBIDDEN']);
      else {
        // Past the role check: the subgraph answers on the content (unknown id, incomplete input ...).
        expect(['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR'], `${mutation.name}: ${code}`).not.toContain(code);
        expect(response.status, mutation.name).toBeLessThan(500);
      }
    }
  });
});
