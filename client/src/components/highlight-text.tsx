/**
 * Renders the server's highlight (escaped text with <mark> around matches) as React elements,
 * without innerHTML: the marks become <mark>, the entities become text again.
 */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);

export function HighlightText({ html }: { html: string }) {
  return (
    <>
      {html
        .split(/(<mark>.*?<\/mark>)/)
        .map((part, i) =>
          part.startsWith('<mark>') ? <mark key={i}>{unescape(part.slice(6, -7))}</mark> : unescape(part),
        )}
    </>
  );
}
