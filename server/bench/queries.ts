/** What the web client's grid asks for: a 25-movie page with every card field. */
export const LIST_QUERY = `query List { movies(first: 25) { totalCount edges { node {
  id title releaseYear posterUrl averageRating ratingCount
  ratingDistribution { score count percent }
  director { id name } mainActors { id name } genres { id name }
} } } }`;

/** What the details page asks for: the movie, its first reviews with authors, and similar movies. */
export const DETAIL_QUERY = `query Detail($id: ID!) { movie(id: $id) {
  id title description releaseYear posterUrl averageRating ratingCount
  ratingDistribution { score count percent }
  director { id name } mainActors { id name } genres { id name }
  reviews(first: 10) { totalCount edges { node { id title body author { id username } } } }
  similar(limit: 5) { sharedGenreCount movie { id title posterUrl averageRating } }
} }`;
