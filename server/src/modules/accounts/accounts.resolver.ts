import { PASSWORD_RULES } from './password-policy';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AuthPayload, LoginInput, SignupInput } from './accounts.input';
import type { Session } from './accounts.service';
import { requireViewer } from './guards';
import { User } from './user.entity';

/** The caller just proved who they are: the rest of this operation (the payload's fields) sees them as that user. */
function actAs(ctx: Context, session: Session): Session {
  ctx.viewer = { id: session.user.id, username: session.user.username, isAdmin: session.user.isAdmin };
  return session;
}

@Resolver(() => User)
export class AccountsResolver {
  @Mutation(() => AuthPayload, { description: 'Create an account and log in' })
  async signup(@Arg('input', () => SignupInput) input: SignupInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return actAs(ctx, await ctx.services.accounts.signupFrom(ctx.em, input, ctx.clientIp));
  }

  @Mutation(() => AuthPayload, { description: 'Exchange a username and password for a token' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return actAs(ctx, await ctx.services.accounts.login(ctx.em, input, ctx.clientIp));
  }

  @Mutation(() => Boolean, { description: 'Revoke every token of the caller, including this one' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.logout(ctx.em, requireViewer(ctx).id);
    return true;
  }

  @Query(() => [String], { description: 'What a new password must be, for a signup form to show up front' })
  passwordRules(): string[] {
    return PASSWORD_RULES;
  }

  @Query(() => User, { nullable: true, description: 'The caller, or null when anonymous' })
  me(@Ctx() { viewer, loaders }: Context): Promise<User | null> | null {
    return viewer ? loaders.user.load(viewer.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Shown only to its owner' })
  email(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return viewer?.id === user.id ? user.email : null;
  }
}
