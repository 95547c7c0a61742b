import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { Person } from './person.entity';

@ObjectType({ implements: Person })
@Entity({ tableName: 'actor' })
export class Actor extends Person {}
