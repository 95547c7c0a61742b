import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Someone credited on a film, as director, actor or both: one row per person, so a director who
 * acts (Clint Eastwood, Greta Gerwig) has one page and one id.
 */
@ObjectType({ description: 'Someone credited on a film, as director, actor or both' })
@Entity({ tableName: 'person' })
@Index({ properties: ['filmCount', 'id'] })
@Index({ properties: ['lastName', 'firstName', 'id'] })
export class Person {
  [OptionalProps]?: 'filmCount';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'Everything but the last word of the credited name; empty for a one-word name given as last' })
  @Property({ type: 'string', length: 150 })
  firstName!: string;

  @Field({ description: 'The last word of the credited name; empty for a one-word name' })
  @Property({ type: 'string', length: 150 })
  lastName!: string;

  /** Lower-cased full name: the identity the importer matches on. */
  @Property({ type: 'string', length: 310, unique: true })
  nameKey!: string;

  /** Search words of the name (see searchWords): "zoe" finds "Zoë". */
  @Property({ type: 'string', length: 310, index: true })
  searchName!: string;

  /**
   * Films directed or starred in, each once; kept by every write that changes credits (see
   * refreshFilmCounts). Absent on people read with a film (see MovieCard and PersonResolver.filmCount).
   */
  @Property({ type: 'integer', default: 0 })
  filmCount?: number;

  @Field({ description: 'The name as credited' })
  get name(): string {
    // Either part may be empty (a one-word name); read for every credit on a page, so no arrays.
    return this.firstName && this.lastName ? `${this.firstName} ${this.lastName}` : this.firstName || this.lastName;
  }
}
