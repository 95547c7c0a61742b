import { Migration } from '@mikro-orm/migrations';

/** People by name, as their lists page (last name, first name, id): a page walks it instead of sorting everyone. */
export class PersonNameOrderPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "person_last_name_first_name_id_index" on "person" ("last_name", "first_name", "id")');
  }
}
