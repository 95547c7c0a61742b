import { GraphQLJSONObject } from 'graphql-scalars';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionType } from '../common/pagination';
import { AuditEntry } from './audit-entry.entity';
import { auditLog } from './audit.service';
import { requireAdmin } from './guards';
import { User } from './user.entity';

export const AuditEntryConnection = ConnectionType('AuditEntry', AuditEntry);

@ArgsType()
class AuditLogArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 25 when omitted, at most 100' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => String, { nullable: true, description: 'Only changes to this kind of thing (Movie, Person …)' })
  targetType?: string | null;
  @Field(() => String, { nullable: true, description: 'With targetType: only changes to this one' })
  targetId?: string | null;
}

const parsed = (json: string | null) => (json ? (JSON.parse(json) as Record<string, unknown>) : null);

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'Admins: every admin change, newest first' })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context) {
    requireAdmin(ctx);
    return Object.assign(new AuditEntryConnection(), await auditLog(ctx.em, args));
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin; null once their account is gone' })
  actor(@Root() entry: AuditEntry, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return entry.actor ? loaders.user.load(entry.actor.id) : null;
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The changed fields before; null for a creation',
  })
  before(@Root() entry: AuditEntry): Record<string, unknown> | null {
    return parsed(entry.before);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The changed fields after; null for a deletion',
  })
  after(@Root() entry: AuditEntry): Record<string, unknown> | null {
    return parsed(entry.after);
  }
}
