import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A record that was not imported, and why' })
export class ImportError {
  @Field(() => Int, { description: 'Position of the record in the file, from 0' })
  index!: number;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field()
  message!: string;
}

@ObjectType({ description: 'What an import did, record by record' })
export class ImportReport {
  @Field(() => Int) total = 0;
  @Field(() => Int) moviesCreated = 0;
  @Field(() => Int) moviesUpdated = 0;
  @Field(() => Int, { description: 'Records that matched a movie and changed nothing' }) moviesUnchanged = 0;
  @Field(() => Int) genresCreated = 0;
  @Field(() => Int, { description: 'People new to the catalogue, first met as a director' }) directorsCreated = 0;
  @Field(() => Int, { description: 'People new to the catalogue, first met as an actor' }) actorsCreated = 0;
  @Field(() => Int, { description: 'Records whose poster file is not in storage' }) missingPosters = 0;
  @Field(() => [String], {
    description: 'Poster files in an uploaded zip skipped because they are not JPEG, PNG or WebP images',
  })
  postersNotImages: string[] = [];
  @Field(() => [ImportError]) errors: ImportError[] = [];
}
