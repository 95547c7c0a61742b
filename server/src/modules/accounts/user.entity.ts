import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A MyMDB account' })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'isAdmin' | 'isActive' | 'tokenVersion' | 'createdAt' | 'usernameSkeleton' | 'watchlistPublic';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field()
  @Property({ type: 'string', length: 150 })
  username!: string;

  /** Lower-cased username: "Ana" and "ana" cannot both sign up. */
  @Property({ type: 'string', length: 150, unique: true })
  usernameKey!: string;

  /** The TR39 confusable skeleton: "admin" and Cyrillic "аdmin" share one, so only one can exist. */
  @Property({ type: 'string', length: 150, nullable: true, unique: true })
  usernameSkeleton?: string | null;

  /** Lower-cased; shown only to its owner (see the accounts resolver). */
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Field()
  @Property({ type: 'boolean', default: false })
  isAdmin: boolean = false;

  /** A deactivated account cannot log in; its tokens were revoked when it was deactivated. */
  @Field({ description: 'False once an admin deactivated the account' })
  @Property({ type: 'boolean', default: true })
  isActive: boolean = true;

  /** Bumped by logout and password changes; tokens carry it, so older tokens stop working. */
  @Property({ type: 'integer', default: 0 })
  tokenVersion: number = 0;

  /** Others see the watchlist only when its owner made it public; shown to its owner (accounts resolver). */
  @Property({ type: 'boolean', default: false })
  watchlistPublic: boolean = false;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
