import { Field, InputType, ObjectType } from 'type-graphql';
import { User } from './user.entity';

@InputType()
export class SignupInput {
  @Field() username!: string;
  @Field() email!: string;
  @Field() password!: string;
}

@InputType()
export class LoginInput {
  @Field() username!: string;
  @Field() password!: string;
}

@ObjectType({ description: 'A signed token to send as `Authorization: Bearer <token>`, and whose it is' })
export class AuthPayload {
  @Field() token!: string;
  @Field(() => User) user!: User;
  @Field({ description: 'When the token stops working' }) expiresAt!: Date;
}
