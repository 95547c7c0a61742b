/** A 1-5 score as stars, read out as words. */
export function Stars({ score }: { score: number }) {
  return (
    <span className="star-score" role="img" aria-label={`${score} out of 5 stars`}>
      {'★'.repeat(score)}
      <span className="star-score-empty">{'★'.repeat(5 - score)}</span>
    </span>
  );
}
