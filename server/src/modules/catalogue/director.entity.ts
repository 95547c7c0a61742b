import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { Person } from './person.entity';

@ObjectType({ implements: Person })
@Entity({ tableName: 'director' })
export class Director extends Person {}
