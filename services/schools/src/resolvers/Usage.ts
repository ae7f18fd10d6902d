/**
 * Schools and their usage declarations. The school is always the token's (`school` role + institution
 * claim), never an argument; curators review notes; admins add or correct schools.
 */
import { ForbiddenError, hasRole, type Identity, InputError, isCurator, schoolOf, UnauthenticatedError } from '@edu-catalogus/kit/runtime';
import type { Context } from '../context.ts';
import type { SchoolActor } from '../store/usage-store.ts';
import type { SchoolRow, UsageDeclarationRow } from '../store/tables.ts';
import { checkSchoolId, parseInput, rejectionReason, schoolProfileInput, usageInput } from '../store/usage-input.ts';

const signedIn = (identity: Identity | null, who: string): Identity => {
  if (!identity) throw new UnauthenticatedError(`This needs a signed-in ${who} (send a bearer token).`);
  return identity;
};

/** The school a token speaks for; a curator or admin token without the school role speaks for none. */
export function actorOf(identity: Identity | null): SchoolActor {
  const id = signedIn(identity, 'school');
  const school = schoolOf(id);
  if (!school) throw new ForbiddenError('Only staff signed in for a school (role "school" with an institution id) declare usage.');
  return { school, sub: id.sub, schoolName: id.schoolName };
}

const curator = (identity: Identity | null): Identity => {
  const id = signedIn(identity, 'curator');
  if (!isCurator(id)) throw new ForbiddenError('Only curators review usage notes.');
  return id;
};

/** A curator reviewing notes; one who is also staff of a school may not review that school's notes (note-store). */
const reviewer = (identity: Identity | null) => {
  const id = curator(identity);
  return { sub: id.sub, school: schoolOf(id) };
};

const admin = (identity: Identity | null): Identity => {
  const id = signedIn(identity, 'admin');
  if (!hasRole(id, 'admin')) throw new ForbiddenError('Only admins manage schools directly.');
  return id;
};

type Args<T> = { input: T };

async function checkedUsage(context: Context, input: unknown) {
  const usage = parseInput(usageInput, input);
  if (!(await context.stores.toolExists(usage.tool))) throw new InputError('input.tool', `input.tool: there is no published tool "${usage.tool}"`);
  return usage;
}

export const UsageQuery = {
  mySchool: async (_: unknown, __: unknown, { identity, stores }: Context) => (await stores.school.byId(actorOf(identity).school)) ?? null,
  school: async (_: unknown, { id }: { id: string }, { identity, stores }: Context) => {
    admin(identity);
    return (await stores.school.byId(id)) ?? null;
  },
  pendingUsageNotes: (_: unknown, __: unknown, { identity, stores }: Context) => {
    curator(identity);
    return stores.notes.pending();
  },
};

export const UsageMutation = {
  declareToolUsage: async (_: unknown, { input }: Args<unknown>, context: Context) => {
    const actor = actorOf(context.identity);
    return context.stores.usage.declare(actor, await checkedUsage(context, input));
  },
  updateToolUsage: async (_: unknown, { input }: Args<unknown>, context: Context) => {
    const actor = actorOf(context.identity);
    return context.stores.usage.update(actor, parseInput(usageInput, input));
  },
  withdrawToolUsage: (_: unknown, { tool }: { tool: string }, { identity, stores }: Context) => stores.usage.withdraw(actorOf(identity), tool),
  updateMySchool: (_: unknown, { input }: Args<unknown>, { identity, stores }: Context) => {
    const actor = actorOf(identity);
    return stores.school.saveProfile(actor.school, actor.sub, parseInput(schoolProfileInput, input), { limited: true });
  },
  saveSchool: (_: unknown, { id, input }: Args<unknown> & { id: string }, { identity, stores }: Context) => {
    const who = admin(identity);
    return stores.school.saveProfile(checkSchoolId(id), who.sub, parseInput(schoolProfileInput, input), { limited: false });
  },
  approveUsageNote: (_: unknown, a: { declaration: string; version: number }, { identity, stores }: Context) =>
    stores.notes.review(a.declaration, a.version, reviewer(identity), { approve: true }),
  rejectUsageNote: (_: unknown, a: { declaration: string; version: number; reason: string }, { identity, stores }: Context) => {
    const who = reviewer(identity);
    return stores.notes.review(a.declaration, a.version, who, { approve: false, reason: parseInput(rejectionReason, a.reason, 'reason') });
  },
};

export const School = {
  declarations: (s: SchoolRow, _: unknown, { stores }: Context) => stores.usage.ofSchool(s.id),
};

export const UsageDeclaration = {
  tool: (d: UsageDeclarationRow) => ({ __typename: 'Tool', id: d.toolId }),
};

/** A note under review names its school only if the school opted in. */
export const UsageNoteReview = {
  declaration: (d: UsageDeclarationRow) => d.id,
  tool: (d: UsageDeclarationRow) => ({ __typename: 'Tool', id: d.toolId }),
  school: async (d: UsageDeclarationRow, _: unknown, { stores }: Context) => {
    if (!d.namedPublicly) return null;
    const s = await stores.school.byId(d.schoolId);
    return s ? { name: s.name, municipality: s.municipality, sectors: s.sectors, contactable: d.contactable, since: null } : null;
  },
};
