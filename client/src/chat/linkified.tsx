/** Web addresses in a chat message, made clickable; everything else stays text. */
const URL = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/gi;

export function Linkified({ text }: { text: string }) {
  const parts: Array<string | { href: string }> = [];
  let from = 0;
  for (const match of text.matchAll(URL)) {
    parts.push(text.slice(from, match.index), { href: match[0] });
    from = match.index + match[0].length;
  }
  parts.push(text.slice(from));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow ugc">
            {part.href}
          </a>
        ),
      )}
    </>
  );
}
