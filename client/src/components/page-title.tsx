/** The document title for a route; React 19 hoists <title> into the head wherever it is rendered. */
export function PageTitle({ title }: { title?: string | null }) {
  return <title>{title ? `${title} · MyMDB` : 'MyMDB'}</title>;
}
