/** Catalogue ids are numbers (as the server's parseId): anything else in a route is a page we do not have, not a question for the server. */
export const isCatalogueId = (id: string) => /^\d{1,10}$/.test(id);
