import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionType, parseId } from '../common/pagination';
import { requireAdmin } from './guards';
import { User } from './user.entity';

export const UserConnection = ConnectionType('User', User);

@ArgsType()
class UsersArgs {
  @Field(() => String, { nullable: true, description: 'Part of the username, any case' }) search?: string | null;
  @Field(() => Int, { nullable: true, description: 'Page size, 25 when omitted, at most 100' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

/** Account administration: admins only (FORBIDDEN otherwise). */
@Resolver(() => User)
export class UserAdminResolver {
  @Query(() => UserConnection, { description: 'Admins: every account, by username' })
  async users(@Args() args: UsersArgs, @Ctx() ctx: Context) {
    requireAdmin(ctx);
    return Object.assign(new UserConnection(), await ctx.services.userAdmin.list(ctx.em, args));
  }

  @Mutation(() => User, { description: 'Admins: grant or withdraw admin rights; withdrawing ends the user’s sessions' })
  setUserRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('isAdmin') isAdmin: boolean,
    @Ctx() ctx: Context,
  ): Promise<User> {
    const admin = requireAdmin(ctx);
    return ctx.services.userAdmin.setRole(ctx.em, admin.id, parseId(userId, 'userId'), isAdmin);
  }

  @Mutation(() => User, { description: 'Admins: the account cannot log in any more and its sessions end' })
  deactivateUser(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<User> {
    const admin = requireAdmin(ctx);
    return ctx.services.userAdmin.deactivate(ctx.em, admin.id, parseId(userId, 'userId'));
  }

  @Mutation(() => User, { description: 'Admins: the account can log in again' })
  reactivateUser(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<User> {
    const admin = requireAdmin(ctx);
    return ctx.services.userAdmin.reactivate(ctx.em, admin.id, parseId(userId, 'userId'));
  }
}
