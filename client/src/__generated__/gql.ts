/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminAuditLog($after: String) {\n    auditLog(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          targetType\n          targetId\n          reason\n          before\n          after\n          createdAt\n          actor {\n            id\n            username\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminGenres {\n    genres {\n      id\n      name\n      movieCount\n    }\n  }\n": typeof types.AdminGenresDocument,
    "\n  mutation AdminRenameGenreForm($id: ID!, $name: String!) {\n    updateGenre(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.AdminRenameGenreFormDocument,
    "\n  mutation AdminCreateGenreForm($name: String!) {\n    createGenre(name: $name) {\n      id\n    }\n  }\n": typeof types.AdminCreateGenreFormDocument,
    "\n  mutation AdminDeleteGenreForm($id: ID!) {\n    deleteGenre(id: $id)\n  }\n": typeof types.AdminDeleteGenreFormDocument,
    "\n  mutation AdminMergeGenresForm($keepId: ID!, $mergeIds: [ID!]!) {\n    mergeGenres(keepId: $keepId, mergeIds: $mergeIds) {\n      id\n    }\n  }\n": typeof types.AdminMergeGenresFormDocument,
    "\n  query AdminMovies($search: String, $offset: Int!, $sort: MovieSort) {\n    movies(first: 25, offset: $offset, sort: $sort, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          releaseYear\n          ratingCount\n          posterUrl(width: 185)\n          director {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminMoviesDocument,
    "\n  query AdminMovieEdit($id: ID!) {\n    movie(id: $id) {\n      id\n      title\n      releaseYear\n      description\n      posterUrl(width: 500)\n      director {\n        id\n        name\n      }\n      mainActors {\n        id\n        name\n      }\n      genres {\n        id\n        name\n      }\n    }\n    genres {\n      id\n      name\n    }\n  }\n": typeof types.AdminMovieEditDocument,
    "\n  query AdminAllGenres {\n    genres {\n      id\n      name\n    }\n  }\n": typeof types.AdminAllGenresDocument,
    "\n  mutation AdminCreateMovieForm($input: MovieInput!) {\n    createMovie(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateMovieFormDocument,
    "\n  mutation AdminUpdateMovieForm($id: ID!, $input: MovieInput!) {\n    updateMovie(id: $id, input: $input) {\n      id\n      title\n      releaseYear\n      description\n    }\n  }\n": typeof types.AdminUpdateMovieFormDocument,
    "\n  mutation AdminDeleteMovieForm($id: ID!) {\n    deleteMovie(id: $id)\n  }\n": typeof types.AdminDeleteMovieFormDocument,
    "\n  mutation AdminUploadPoster($movieId: ID!, $file: Upload!) {\n    uploadPoster(movieId: $movieId, file: $file) {\n      id\n      posterUrl(width: 500)\n    }\n  }\n": typeof types.AdminUploadPosterDocument,
    "\n  query AdminPeopleList($search: String, $after: String) {\n    people(search: $search, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          filmCount\n        }\n      }\n    }\n  }\n": typeof types.AdminPeopleListDocument,
    "\n  mutation AdminRenamePerson($id: ID!, $name: String!) {\n    updatePerson(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.AdminRenamePersonDocument,
    "\n  mutation AdminMergePeopleForm($keepId: ID!, $mergeIds: [ID!]!) {\n    mergePeople(keepId: $keepId, mergeIds: $mergeIds) {\n      id\n      name\n      filmCount\n    }\n  }\n": typeof types.AdminMergePeopleFormDocument,
    "\n  query AdminReviews($after: String) {\n    reviews(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          body\n          authorRating\n          helpfulCount\n          containsSpoilers\n          createdAt\n          author {\n            id\n            username\n          }\n          movie {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminReviewsDocument,
    "\n  mutation AdminRemoveReviewRow($id: ID!, $reason: String) {\n    deleteReview(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.AdminRemoveReviewRowDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          isAdmin\n          isActive\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminSetRole($userId: ID!, $isAdmin: Boolean!) {\n    setUserRole(userId: $userId, isAdmin: $isAdmin) {\n      id\n      isAdmin\n    }\n  }\n": typeof types.AdminSetRoleDocument,
    "\n  mutation AdminDeactivateForm($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": typeof types.AdminDeactivateFormDocument,
    "\n  mutation AdminReactivateForm($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": typeof types.AdminReactivateFormDocument,
    "\n  mutation ImportMovies($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      moviesUpdated\n      moviesUnchanged\n      directorsCreated\n      actorsCreated\n      genresCreated\n      missingPosters\n      postersNotImages\n      errors {\n        index\n        title\n        message\n      }\n    }\n  }\n": typeof types.ImportMoviesDocument,
    "\n  query AdminFindPeople($search: String!) {\n    people(search: $search, first: 6) {\n      edges {\n        node {\n          id\n          name\n          filmCount\n        }\n      }\n    }\n  }\n": typeof types.AdminFindPeopleDocument,
    "\n  fragment ViewerFields on User {\n    id\n    username\n    isAdmin\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      ...ViewerFields\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignupDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query PasswordRules {\n    passwordRules\n  }\n": typeof types.PasswordRulesDocument,
    "\n  fragment BotMovieCard on Movie {\n    id\n    title\n    releaseYear\n    posterUrl\n  }\n": typeof types.BotMovieCardFragmentDoc,
    "\n  fragment BotReplyFields on BotReply {\n    conversationId\n    intent\n    provider\n    text\n    movies {\n      ...BotMovieCard\n    }\n  }\n": typeof types.BotReplyFieldsFragmentDoc,
    "\n  mutation AskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      ...BotReplyFields\n    }\n  }\n": typeof types.AskBotDocument,
    "\n  subscription AskBotStream($input: AskBotInput!) {\n    askBotStream(input: $input) {\n      delta\n      done\n      reply {\n        ...BotReplyFields\n      }\n    }\n  }\n": typeof types.AskBotStreamDocument,
    "\n  query BotConversation($conversationId: String) {\n    botConversation(conversationId: $conversationId) {\n      conversationId\n      turns {\n        role\n        text\n        movies {\n          ...BotMovieCard\n        }\n      }\n    }\n  }\n": typeof types.BotConversationDocument,
    "\n  fragment ChatMessageFields on ChatMessage {\n    id\n    content\n    createdAt\n    author {\n      id\n      username\n    }\n  }\n": typeof types.ChatMessageFieldsFragmentDoc,
    "\n  query ChatRooms {\n    rooms {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.ChatRoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  query ChatRoom($slug: String!, $last: Int!, $before: String) {\n    room(slug: $slug) {\n      id\n      name\n      slug\n      messages(last: $last, before: $before) {\n        ...ChatMessageFields\n      }\n    }\n  }\n": typeof types.ChatRoomDocument,
    "\n  fragment RoomMessages on Room {\n    id\n    messages {\n      ...ChatMessageFields\n    }\n  }\n": typeof types.RoomMessagesFragmentDoc,
    "\n  subscription MessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) {\n      ...ChatMessageFields\n    }\n  }\n": typeof types.MessageAddedDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...ChatMessageFields\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  subscription RoomPresence($roomSlug: String!) {\n    roomPresence(roomSlug: $roomSlug) {\n      users {\n        id\n        username\n      }\n    }\n  }\n": typeof types.RoomPresenceDocument,
    "\n  query SearchSuggestions($query: String!) {\n    search(query: $query, first: 8) {\n      __typename\n      ... on MovieHit {\n        highlight\n        movie {\n          id\n          releaseYear\n        }\n      }\n      ... on PersonHit {\n        highlight\n        person {\n          id\n          directedCount\n          actedInCount\n        }\n      }\n    }\n  }\n": typeof types.SearchSuggestionsDocument,
    "\n  mutation AddToWatchlist($movieId: ID!) {\n    addToWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n": typeof types.AddToWatchlistDocument,
    "\n  mutation RemoveFromWatchlist($movieId: ID!) {\n    removeFromWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n": typeof types.RemoveFromWatchlistDocument,
    "\n  query MovieReviews($id: ID!, $first: Int!, $after: String, $sort: ReviewSort) {\n    movie(id: $id) {\n      id\n      reviews(first: $first, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ReviewFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MovieReviewsDocument,
    "\n  mutation MarkReviewHelpful($reviewId: ID!, $helpful: Boolean!) {\n    markReviewHelpful(reviewId: $reviewId, helpful: $helpful) {\n      id\n      helpfulCount\n      markedHelpfulByMe\n    }\n  }\n": typeof types.MarkReviewHelpfulDocument,
    "\n  mutation ModerateReview($id: ID!, $reason: String) {\n    deleteReview(id: $id, reason: $reason) {\n      id\n      movie {\n        id\n        reviews {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.ModerateReviewDocument,
    "\n  query ForYou {\n    recommendedForMe(first: 8) {\n      score\n      reason\n      movie {\n        id\n        title\n        releaseYear\n        posterUrl(width: 185)\n      }\n    }\n  }\n": typeof types.ForYouDocument,
    "\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id\n      title\n      description\n      releaseYear\n      posterUrl(width: 500)\n      ...MovieRatingStats\n      director {\n        id\n        name\n      }\n      mainActors {\n        id\n        name\n      }\n      genres {\n        id\n        name\n      }\n      inMyWatchlist\n      myReview {\n        id\n        title\n        body\n        containsSpoilers\n      }\n      similar(limit: 5) {\n        sameDirector\n        sharedActors {\n          id\n          name\n        }\n        sharedGenres {\n          id\n          name\n        }\n        movie {\n          id\n          title\n          releaseYear\n          posterUrl(width: 185)\n        }\n      }\n    }\n  }\n": typeof types.MovieDetailsDocument,
    "\n  query MovieGrid(\n    $first: Int!\n    $offset: Int!\n    $sort: MovieSort\n    $filter: MovieFilter\n    $personId: ID!\n    $withPerson: Boolean!\n  ) {\n    person(id: $personId) @include(if: $withPerson) {\n      id\n      name\n    }\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          releaseYear\n          posterUrl(width: 185)\n          averageRating\n          ratingCount\n          inMyWatchlist\n          genres {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MovieGridDocument,
    "\n  query GridGenres {\n    genres {\n      id\n      name\n      movieCount\n    }\n  }\n": typeof types.GridGenresDocument,
    "\n  fragment ReviewFields on Review {\n    id\n    title\n    body\n    containsSpoilers\n    helpfulCount\n    markedHelpfulByMe\n    authorRating\n    createdAt\n    updatedAt\n    author {\n      id\n      username\n    }\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  mutation CreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": typeof types.CreateReviewDocument,
    "\n  mutation UpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": typeof types.UpdateReviewDocument,
    "\n  mutation DeleteReview($id: ID!) {\n    deleteReview(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteReviewDocument,
    "\n  fragment MovieRatingStats on Movie {\n    id\n    averageRating\n    ratingCount\n    myRating\n    ratingDistribution {\n      score\n      count\n      percent\n    }\n  }\n": typeof types.MovieRatingStatsFragmentDoc,
    "\n  mutation RateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      ...MovieRatingStats\n    }\n  }\n": typeof types.RateMovieDocument,
    "\n  mutation RemoveRating($movieId: ID!) {\n    removeRating(movieId: $movieId) {\n      ...MovieRatingStats\n    }\n  }\n": typeof types.RemoveRatingDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      directedCount\n      actedInCount\n      averageRating\n      ratingCount\n      directed {\n        ...PersonFilmCard\n      }\n      actedIn {\n        ...PersonFilmCard\n      }\n    }\n  }\n  fragment PersonFilmCard on Movie {\n    id\n    title\n    releaseYear\n    posterUrl\n    averageRating\n  }\n": typeof types.PersonPageDocument,
    "\n  query ProfilePage($username: String!, $first: Int!, $after: String) {\n    user(username: $username) {\n      id\n      username\n      createdAt\n      watchlistPublic\n      stats {\n        ratingCount\n        averageScore\n        scoreDistribution\n        favouriteGenres {\n          genre {\n            id\n            name\n          }\n          ratingCount\n          averageScore\n        }\n        favouriteDirectors {\n          director {\n            id\n            name\n          }\n          ratingCount\n          averageScore\n        }\n      }\n      ratings(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            score\n            movie {\n              id\n              title\n              releaseYear\n            }\n          }\n        }\n      }\n      reviews(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            containsSpoilers\n            helpfulCount\n            authorRating\n            movie {\n              id\n              title\n            }\n          }\n        }\n      }\n      watchlist(first: 50) {\n        totalCount\n        edges {\n          node {\n            addedAt\n            movie {\n              id\n              title\n              releaseYear\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  mutation SetWatchlistPublic($isPublic: Boolean!) {\n    setWatchlistPublic(isPublic: $isPublic) {\n      id\n      watchlistPublic\n    }\n  }\n": typeof types.SetWatchlistPublicDocument,
};
const documents: Documents = {
    "\n  query AdminAuditLog($after: String) {\n    auditLog(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          targetType\n          targetId\n          reason\n          before\n          after\n          createdAt\n          actor {\n            id\n            username\n          }\n        }\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminGenres {\n    genres {\n      id\n      name\n      movieCount\n    }\n  }\n": types.AdminGenresDocument,
    "\n  mutation AdminRenameGenreForm($id: ID!, $name: String!) {\n    updateGenre(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.AdminRenameGenreFormDocument,
    "\n  mutation AdminCreateGenreForm($name: String!) {\n    createGenre(name: $name) {\n      id\n    }\n  }\n": types.AdminCreateGenreFormDocument,
    "\n  mutation AdminDeleteGenreForm($id: ID!) {\n    deleteGenre(id: $id)\n  }\n": types.AdminDeleteGenreFormDocument,
    "\n  mutation AdminMergeGenresForm($keepId: ID!, $mergeIds: [ID!]!) {\n    mergeGenres(keepId: $keepId, mergeIds: $mergeIds) {\n      id\n    }\n  }\n": types.AdminMergeGenresFormDocument,
    "\n  query AdminMovies($search: String, $offset: Int!, $sort: MovieSort) {\n    movies(first: 25, offset: $offset, sort: $sort, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          releaseYear\n          ratingCount\n          posterUrl(width: 185)\n          director {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminMoviesDocument,
    "\n  query AdminMovieEdit($id: ID!) {\n    movie(id: $id) {\n      id\n      title\n      releaseYear\n      description\n      posterUrl(width: 500)\n      director {\n        id\n        name\n      }\n      mainActors {\n        id\n        name\n      }\n      genres {\n        id\n        name\n      }\n    }\n    genres {\n      id\n      name\n    }\n  }\n": types.AdminMovieEditDocument,
    "\n  query AdminAllGenres {\n    genres {\n      id\n      name\n    }\n  }\n": types.AdminAllGenresDocument,
    "\n  mutation AdminCreateMovieForm($input: MovieInput!) {\n    createMovie(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateMovieFormDocument,
    "\n  mutation AdminUpdateMovieForm($id: ID!, $input: MovieInput!) {\n    updateMovie(id: $id, input: $input) {\n      id\n      title\n      releaseYear\n      description\n    }\n  }\n": types.AdminUpdateMovieFormDocument,
    "\n  mutation AdminDeleteMovieForm($id: ID!) {\n    deleteMovie(id: $id)\n  }\n": types.AdminDeleteMovieFormDocument,
    "\n  mutation AdminUploadPoster($movieId: ID!, $file: Upload!) {\n    uploadPoster(movieId: $movieId, file: $file) {\n      id\n      posterUrl(width: 500)\n    }\n  }\n": types.AdminUploadPosterDocument,
    "\n  query AdminPeopleList($search: String, $after: String) {\n    people(search: $search, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          filmCount\n        }\n      }\n    }\n  }\n": types.AdminPeopleListDocument,
    "\n  mutation AdminRenamePerson($id: ID!, $name: String!) {\n    updatePerson(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.AdminRenamePersonDocument,
    "\n  mutation AdminMergePeopleForm($keepId: ID!, $mergeIds: [ID!]!) {\n    mergePeople(keepId: $keepId, mergeIds: $mergeIds) {\n      id\n      name\n      filmCount\n    }\n  }\n": types.AdminMergePeopleFormDocument,
    "\n  query AdminReviews($after: String) {\n    reviews(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          body\n          authorRating\n          helpfulCount\n          containsSpoilers\n          createdAt\n          author {\n            id\n            username\n          }\n          movie {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.AdminReviewsDocument,
    "\n  mutation AdminRemoveReviewRow($id: ID!, $reason: String) {\n    deleteReview(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.AdminRemoveReviewRowDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          isAdmin\n          isActive\n          createdAt\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminSetRole($userId: ID!, $isAdmin: Boolean!) {\n    setUserRole(userId: $userId, isAdmin: $isAdmin) {\n      id\n      isAdmin\n    }\n  }\n": types.AdminSetRoleDocument,
    "\n  mutation AdminDeactivateForm($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": types.AdminDeactivateFormDocument,
    "\n  mutation AdminReactivateForm($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": types.AdminReactivateFormDocument,
    "\n  mutation ImportMovies($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      moviesUpdated\n      moviesUnchanged\n      directorsCreated\n      actorsCreated\n      genresCreated\n      missingPosters\n      postersNotImages\n      errors {\n        index\n        title\n        message\n      }\n    }\n  }\n": types.ImportMoviesDocument,
    "\n  query AdminFindPeople($search: String!) {\n    people(search: $search, first: 6) {\n      edges {\n        node {\n          id\n          name\n          filmCount\n        }\n      }\n    }\n  }\n": types.AdminFindPeopleDocument,
    "\n  fragment ViewerFields on User {\n    id\n    username\n    isAdmin\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      ...ViewerFields\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignupDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query PasswordRules {\n    passwordRules\n  }\n": types.PasswordRulesDocument,
    "\n  fragment BotMovieCard on Movie {\n    id\n    title\n    releaseYear\n    posterUrl\n  }\n": types.BotMovieCardFragmentDoc,
    "\n  fragment BotReplyFields on BotReply {\n    conversationId\n    intent\n    provider\n    text\n    movies {\n      ...BotMovieCard\n    }\n  }\n": types.BotReplyFieldsFragmentDoc,
    "\n  mutation AskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      ...BotReplyFields\n    }\n  }\n": types.AskBotDocument,
    "\n  subscription AskBotStream($input: AskBotInput!) {\n    askBotStream(input: $input) {\n      delta\n      done\n      reply {\n        ...BotReplyFields\n      }\n    }\n  }\n": types.AskBotStreamDocument,
    "\n  query BotConversation($conversationId: String) {\n    botConversation(conversationId: $conversationId) {\n      conversationId\n      turns {\n        role\n        text\n        movies {\n          ...BotMovieCard\n        }\n      }\n    }\n  }\n": types.BotConversationDocument,
    "\n  fragment ChatMessageFields on ChatMessage {\n    id\n    content\n    createdAt\n    author {\n      id\n      username\n    }\n  }\n": types.ChatMessageFieldsFragmentDoc,
    "\n  query ChatRooms {\n    rooms {\n      id\n      name\n      slug\n    }\n  }\n": types.ChatRoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": types.CreateRoomDocument,
    "\n  query ChatRoom($slug: String!, $last: Int!, $before: String) {\n    room(slug: $slug) {\n      id\n      name\n      slug\n      messages(last: $last, before: $before) {\n        ...ChatMessageFields\n      }\n    }\n  }\n": types.ChatRoomDocument,
    "\n  fragment RoomMessages on Room {\n    id\n    messages {\n      ...ChatMessageFields\n    }\n  }\n": types.RoomMessagesFragmentDoc,
    "\n  subscription MessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) {\n      ...ChatMessageFields\n    }\n  }\n": types.MessageAddedDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...ChatMessageFields\n    }\n  }\n": types.SendMessageDocument,
    "\n  subscription RoomPresence($roomSlug: String!) {\n    roomPresence(roomSlug: $roomSlug) {\n      users {\n        id\n        username\n      }\n    }\n  }\n": types.RoomPresenceDocument,
    "\n  query SearchSuggestions($query: String!) {\n    search(query: $query, first: 8) {\n      __typename\n      ... on MovieHit {\n        highlight\n        movie {\n          id\n          releaseYear\n        }\n      }\n      ... on PersonHit {\n        highlight\n        person {\n          id\n          directedCount\n          actedInCount\n        }\n      }\n    }\n  }\n": types.SearchSuggestionsDocument,
    "\n  mutation AddToWatchlist($movieId: ID!) {\n    addToWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n": types.AddToWatchlistDocument,
    "\n  mutation RemoveFromWatchlist($movieId: ID!) {\n    removeFromWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n": types.RemoveFromWatchlistDocument,
    "\n  query MovieReviews($id: ID!, $first: Int!, $after: String, $sort: ReviewSort) {\n    movie(id: $id) {\n      id\n      reviews(first: $first, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ReviewFields\n          }\n        }\n      }\n    }\n  }\n": types.MovieReviewsDocument,
    "\n  mutation MarkReviewHelpful($reviewId: ID!, $helpful: Boolean!) {\n    markReviewHelpful(reviewId: $reviewId, helpful: $helpful) {\n      id\n      helpfulCount\n      markedHelpfulByMe\n    }\n  }\n": types.MarkReviewHelpfulDocument,
    "\n  mutation ModerateReview($id: ID!, $reason: String) {\n    deleteReview(id: $id, reason: $reason) {\n      id\n      movie {\n        id\n        reviews {\n          totalCount\n        }\n      }\n    }\n  }\n": types.ModerateReviewDocument,
    "\n  query ForYou {\n    recommendedForMe(first: 8) {\n      score\n      reason\n      movie {\n        id\n        title\n        releaseYear\n        posterUrl(width: 185)\n      }\n    }\n  }\n": types.ForYouDocument,
    "\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id\n      title\n      description\n      releaseYear\n      posterUrl(width: 500)\n      ...MovieRatingStats\n      director {\n        id\n        name\n      }\n      mainActors {\n        id\n        name\n      }\n      genres {\n        id\n        name\n      }\n      inMyWatchlist\n      myReview {\n        id\n        title\n        body\n        containsSpoilers\n      }\n      similar(limit: 5) {\n        sameDirector\n        sharedActors {\n          id\n          name\n        }\n        sharedGenres {\n          id\n          name\n        }\n        movie {\n          id\n          title\n          releaseYear\n          posterUrl(width: 185)\n        }\n      }\n    }\n  }\n": types.MovieDetailsDocument,
    "\n  query MovieGrid(\n    $first: Int!\n    $offset: Int!\n    $sort: MovieSort\n    $filter: MovieFilter\n    $personId: ID!\n    $withPerson: Boolean!\n  ) {\n    person(id: $personId) @include(if: $withPerson) {\n      id\n      name\n    }\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          releaseYear\n          posterUrl(width: 185)\n          averageRating\n          ratingCount\n          inMyWatchlist\n          genres {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MovieGridDocument,
    "\n  query GridGenres {\n    genres {\n      id\n      name\n      movieCount\n    }\n  }\n": types.GridGenresDocument,
    "\n  fragment ReviewFields on Review {\n    id\n    title\n    body\n    containsSpoilers\n    helpfulCount\n    markedHelpfulByMe\n    authorRating\n    createdAt\n    updatedAt\n    author {\n      id\n      username\n    }\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  mutation CreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": types.CreateReviewDocument,
    "\n  mutation UpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n": types.UpdateReviewDocument,
    "\n  mutation DeleteReview($id: ID!) {\n    deleteReview(id: $id) {\n      id\n    }\n  }\n": types.DeleteReviewDocument,
    "\n  fragment MovieRatingStats on Movie {\n    id\n    averageRating\n    ratingCount\n    myRating\n    ratingDistribution {\n      score\n      count\n      percent\n    }\n  }\n": types.MovieRatingStatsFragmentDoc,
    "\n  mutation RateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      ...MovieRatingStats\n    }\n  }\n": types.RateMovieDocument,
    "\n  mutation RemoveRating($movieId: ID!) {\n    removeRating(movieId: $movieId) {\n      ...MovieRatingStats\n    }\n  }\n": types.RemoveRatingDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      directedCount\n      actedInCount\n      averageRating\n      ratingCount\n      directed {\n        ...PersonFilmCard\n      }\n      actedIn {\n        ...PersonFilmCard\n      }\n    }\n  }\n  fragment PersonFilmCard on Movie {\n    id\n    title\n    releaseYear\n    posterUrl\n    averageRating\n  }\n": types.PersonPageDocument,
    "\n  query ProfilePage($username: String!, $first: Int!, $after: String) {\n    user(username: $username) {\n      id\n      username\n      createdAt\n      watchlistPublic\n      stats {\n        ratingCount\n        averageScore\n        scoreDistribution\n        favouriteGenres {\n          genre {\n            id\n            name\n          }\n          ratingCount\n          averageScore\n        }\n        favouriteDirectors {\n          director {\n            id\n            name\n          }\n          ratingCount\n          averageScore\n        }\n      }\n      ratings(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            score\n            movie {\n              id\n              title\n              releaseYear\n            }\n          }\n        }\n      }\n      reviews(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            containsSpoilers\n            helpfulCount\n            authorRating\n            movie {\n              id\n              title\n            }\n          }\n        }\n      }\n      watchlist(first: 50) {\n        totalCount\n        edges {\n          node {\n            addedAt\n            movie {\n              id\n              title\n              releaseYear\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProfilePageDocument,
    "\n  mutation SetWatchlistPublic($isPublic: Boolean!) {\n    setWatchlistPublic(isPublic: $isPublic) {\n      id\n      watchlistPublic\n    }\n  }\n": types.SetWatchlistPublicDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($after: String) {\n    auditLog(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          targetType\n          targetId\n          reason\n          before\n          after\n          createdAt\n          actor {\n            id\n            username\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLog($after: String) {\n    auditLog(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          targetType\n          targetId\n          reason\n          before\n          after\n          createdAt\n          actor {\n            id\n            username\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminGenres {\n    genres {\n      id\n      name\n      movieCount\n    }\n  }\n"): (typeof documents)["\n  query AdminGenres {\n    genres {\n      id\n      name\n      movieCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRenameGenreForm($id: ID!, $name: String!) {\n    updateGenre(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRenameGenreForm($id: ID!, $name: String!) {\n    updateGenre(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateGenreForm($name: String!) {\n    createGenre(name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateGenreForm($name: String!) {\n    createGenre(name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteGenreForm($id: ID!) {\n    deleteGenre(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteGenreForm($id: ID!) {\n    deleteGenre(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMergeGenresForm($keepId: ID!, $mergeIds: [ID!]!) {\n    mergeGenres(keepId: $keepId, mergeIds: $mergeIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMergeGenresForm($keepId: ID!, $mergeIds: [ID!]!) {\n    mergeGenres(keepId: $keepId, mergeIds: $mergeIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMovies($search: String, $offset: Int!, $sort: MovieSort) {\n    movies(first: 25, offset: $offset, sort: $sort, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          releaseYear\n          ratingCount\n          posterUrl(width: 185)\n          director {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMovies($search: String, $offset: Int!, $sort: MovieSort) {\n    movies(first: 25, offset: $offset, sort: $sort, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          releaseYear\n          ratingCount\n          posterUrl(width: 185)\n          director {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMovieEdit($id: ID!) {\n    movie(id: $id) {\n      id\n      title\n      releaseYear\n      description\n      posterUrl(width: 500)\n      director {\n        id\n        name\n      }\n      mainActors {\n        id\n        name\n      }\n      genres {\n        id\n        name\n      }\n    }\n    genres {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminMovieEdit($id: ID!) {\n    movie(id: $id) {\n      id\n      title\n      releaseYear\n      description\n      posterUrl(width: 500)\n      director {\n        id\n        name\n      }\n      mainActors {\n        id\n        name\n      }\n      genres {\n        id\n        name\n      }\n    }\n    genres {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAllGenres {\n    genres {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminAllGenres {\n    genres {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateMovieForm($input: MovieInput!) {\n    createMovie(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateMovieForm($input: MovieInput!) {\n    createMovie(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateMovieForm($id: ID!, $input: MovieInput!) {\n    updateMovie(id: $id, input: $input) {\n      id\n      title\n      releaseYear\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateMovieForm($id: ID!, $input: MovieInput!) {\n    updateMovie(id: $id, input: $input) {\n      id\n      title\n      releaseYear\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteMovieForm($id: ID!) {\n    deleteMovie(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteMovieForm($id: ID!) {\n    deleteMovie(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUploadPoster($movieId: ID!, $file: Upload!) {\n    uploadPoster(movieId: $movieId, file: $file) {\n      id\n      posterUrl(width: 500)\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUploadPoster($movieId: ID!, $file: Upload!) {\n    uploadPoster(movieId: $movieId, file: $file) {\n      id\n      posterUrl(width: 500)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeopleList($search: String, $after: String) {\n    people(search: $search, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          filmCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPeopleList($search: String, $after: String) {\n    people(search: $search, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          filmCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRenamePerson($id: ID!, $name: String!) {\n    updatePerson(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRenamePerson($id: ID!, $name: String!) {\n    updatePerson(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMergePeopleForm($keepId: ID!, $mergeIds: [ID!]!) {\n    mergePeople(keepId: $keepId, mergeIds: $mergeIds) {\n      id\n      name\n      filmCount\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMergePeopleForm($keepId: ID!, $mergeIds: [ID!]!) {\n    mergePeople(keepId: $keepId, mergeIds: $mergeIds) {\n      id\n      name\n      filmCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReviews($after: String) {\n    reviews(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          body\n          authorRating\n          helpfulCount\n          containsSpoilers\n          createdAt\n          author {\n            id\n            username\n          }\n          movie {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminReviews($after: String) {\n    reviews(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          body\n          authorRating\n          helpfulCount\n          containsSpoilers\n          createdAt\n          author {\n            id\n            username\n          }\n          movie {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveReviewRow($id: ID!, $reason: String) {\n    deleteReview(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRemoveReviewRow($id: ID!, $reason: String) {\n    deleteReview(id: $id, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          isAdmin\n          isActive\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          isAdmin\n          isActive\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetRole($userId: ID!, $isAdmin: Boolean!) {\n    setUserRole(userId: $userId, isAdmin: $isAdmin) {\n      id\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetRole($userId: ID!, $isAdmin: Boolean!) {\n    setUserRole(userId: $userId, isAdmin: $isAdmin) {\n      id\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivateForm($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeactivateForm($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReactivateForm($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReactivateForm($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMovies($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      moviesUpdated\n      moviesUnchanged\n      directorsCreated\n      actorsCreated\n      genresCreated\n      missingPosters\n      postersNotImages\n      errors {\n        index\n        title\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMovies($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      moviesUpdated\n      moviesUnchanged\n      directorsCreated\n      actorsCreated\n      genresCreated\n      missingPosters\n      postersNotImages\n      errors {\n        index\n        title\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFindPeople($search: String!) {\n    people(search: $search, first: 6) {\n      edges {\n        node {\n          id\n          name\n          filmCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminFindPeople($search: String!) {\n    people(search: $search, first: 6) {\n      edges {\n        node {\n          id\n          name\n          filmCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    username\n    isAdmin\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    username\n    isAdmin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordRules {\n    passwordRules\n  }\n"): (typeof documents)["\n  query PasswordRules {\n    passwordRules\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BotMovieCard on Movie {\n    id\n    title\n    releaseYear\n    posterUrl\n  }\n"): (typeof documents)["\n  fragment BotMovieCard on Movie {\n    id\n    title\n    releaseYear\n    posterUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BotReplyFields on BotReply {\n    conversationId\n    intent\n    provider\n    text\n    movies {\n      ...BotMovieCard\n    }\n  }\n"): (typeof documents)["\n  fragment BotReplyFields on BotReply {\n    conversationId\n    intent\n    provider\n    text\n    movies {\n      ...BotMovieCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      ...BotReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation AskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      ...BotReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AskBotStream($input: AskBotInput!) {\n    askBotStream(input: $input) {\n      delta\n      done\n      reply {\n        ...BotReplyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AskBotStream($input: AskBotInput!) {\n    askBotStream(input: $input) {\n      delta\n      done\n      reply {\n        ...BotReplyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotConversation($conversationId: String) {\n    botConversation(conversationId: $conversationId) {\n      conversationId\n      turns {\n        role\n        text\n        movies {\n          ...BotMovieCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BotConversation($conversationId: String) {\n    botConversation(conversationId: $conversationId) {\n      conversationId\n      turns {\n        role\n        text\n        movies {\n          ...BotMovieCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMessageFields on ChatMessage {\n    id\n    content\n    createdAt\n    author {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  fragment ChatMessageFields on ChatMessage {\n    id\n    content\n    createdAt\n    author {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRooms {\n    rooms {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  query ChatRooms {\n    rooms {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRoom($slug: String!, $last: Int!, $before: String) {\n    room(slug: $slug) {\n      id\n      name\n      slug\n      messages(last: $last, before: $before) {\n        ...ChatMessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatRoom($slug: String!, $last: Int!, $before: String) {\n    room(slug: $slug) {\n      id\n      name\n      slug\n      messages(last: $last, before: $before) {\n        ...ChatMessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomMessages on Room {\n    id\n    messages {\n      ...ChatMessageFields\n    }\n  }\n"): (typeof documents)["\n  fragment RoomMessages on Room {\n    id\n    messages {\n      ...ChatMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) {\n      ...ChatMessageFields\n    }\n  }\n"): (typeof documents)["\n  subscription MessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) {\n      ...ChatMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...ChatMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...ChatMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RoomPresence($roomSlug: String!) {\n    roomPresence(roomSlug: $roomSlug) {\n      users {\n        id\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RoomPresence($roomSlug: String!) {\n    roomPresence(roomSlug: $roomSlug) {\n      users {\n        id\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSuggestions($query: String!) {\n    search(query: $query, first: 8) {\n      __typename\n      ... on MovieHit {\n        highlight\n        movie {\n          id\n          releaseYear\n        }\n      }\n      ... on PersonHit {\n        highlight\n        person {\n          id\n          directedCount\n          actedInCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSuggestions($query: String!) {\n    search(query: $query, first: 8) {\n      __typename\n      ... on MovieHit {\n        highlight\n        movie {\n          id\n          releaseYear\n        }\n      }\n      ... on PersonHit {\n        highlight\n        person {\n          id\n          directedCount\n          actedInCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToWatchlist($movieId: ID!) {\n    addToWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n"): (typeof documents)["\n  mutation AddToWatchlist($movieId: ID!) {\n    addToWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromWatchlist($movieId: ID!) {\n    removeFromWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFromWatchlist($movieId: ID!) {\n    removeFromWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovieReviews($id: ID!, $first: Int!, $after: String, $sort: ReviewSort) {\n    movie(id: $id) {\n      id\n      reviews(first: $first, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ReviewFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MovieReviews($id: ID!, $first: Int!, $after: String, $sort: ReviewSort) {\n    movie(id: $id) {\n      id\n      reviews(first: $first, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ReviewFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkReviewHelpful($reviewId: ID!, $helpful: Boolean!) {\n    markReviewHelpful(reviewId: $reviewId, helpful: $helpful) {\n      id\n      helpfulCount\n      markedHelpfulByMe\n    }\n  }\n"): (typeof documents)["\n  mutation MarkReviewHelpful($reviewId: ID!, $helpful: Boolean!) {\n    markReviewHelpful(reviewId: $reviewId, helpful: $helpful) {\n      id\n      helpfulCount\n      markedHelpfulByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateReview($id: ID!, $reason: String) {\n    deleteReview(id: $id, reason: $reason) {\n      id\n      movie {\n        id\n        reviews {\n          totalCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateReview($id: ID!, $reason: String) {\n    deleteReview(id: $id, reason: $reason) {\n      id\n      movie {\n        id\n        reviews {\n          totalCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForYou {\n    recommendedForMe(first: 8) {\n      score\n      reason\n      movie {\n        id\n        title\n        releaseYear\n        posterUrl(width: 185)\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForYou {\n    recommendedForMe(first: 8) {\n      score\n      reason\n      movie {\n        id\n        title\n        releaseYear\n        posterUrl(width: 185)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id\n      title\n      description\n      releaseYear\n      posterUrl(width: 500)\n      ...MovieRatingStats\n      director {\n        id\n        name\n      }\n      mainActors {\n        id\n        name\n      }\n      genres {\n        id\n        name\n      }\n      inMyWatchlist\n      myReview {\n        id\n        title\n        body\n        containsSpoilers\n      }\n      similar(limit: 5) {\n        sameDirector\n        sharedActors {\n          id\n          name\n        }\n        sharedGenres {\n          id\n          name\n        }\n        movie {\n          id\n          title\n          releaseYear\n          posterUrl(width: 185)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id\n      title\n      description\n      releaseYear\n      posterUrl(width: 500)\n      ...MovieRatingStats\n      director {\n        id\n        name\n      }\n      mainActors {\n        id\n        name\n      }\n      genres {\n        id\n        name\n      }\n      inMyWatchlist\n      myReview {\n        id\n        title\n        body\n        containsSpoilers\n      }\n      similar(limit: 5) {\n        sameDirector\n        sharedActors {\n          id\n          name\n        }\n        sharedGenres {\n          id\n          name\n        }\n        movie {\n          id\n          title\n          releaseYear\n          posterUrl(width: 185)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovieGrid(\n    $first: Int!\n    $offset: Int!\n    $sort: MovieSort\n    $filter: MovieFilter\n    $personId: ID!\n    $withPerson: Boolean!\n  ) {\n    person(id: $personId) @include(if: $withPerson) {\n      id\n      name\n    }\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          releaseYear\n          posterUrl(width: 185)\n          averageRating\n          ratingCount\n          inMyWatchlist\n          genres {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MovieGrid(\n    $first: Int!\n    $offset: Int!\n    $sort: MovieSort\n    $filter: MovieFilter\n    $personId: ID!\n    $withPerson: Boolean!\n  ) {\n    person(id: $personId) @include(if: $withPerson) {\n      id\n      name\n    }\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          releaseYear\n          posterUrl(width: 185)\n          averageRating\n          ratingCount\n          inMyWatchlist\n          genres {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridGenres {\n    genres {\n      id\n      name\n      movieCount\n    }\n  }\n"): (typeof documents)["\n  query GridGenres {\n    genres {\n      id\n      name\n      movieCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on Review {\n    id\n    title\n    body\n    containsSpoilers\n    helpfulCount\n    markedHelpfulByMe\n    authorRating\n    createdAt\n    updatedAt\n    author {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewFields on Review {\n    id\n    title\n    body\n    containsSpoilers\n    helpfulCount\n    markedHelpfulByMe\n    authorRating\n    createdAt\n    updatedAt\n    author {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReview($id: ID!) {\n    deleteReview(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteReview($id: ID!) {\n    deleteReview(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MovieRatingStats on Movie {\n    id\n    averageRating\n    ratingCount\n    myRating\n    ratingDistribution {\n      score\n      count\n      percent\n    }\n  }\n"): (typeof documents)["\n  fragment MovieRatingStats on Movie {\n    id\n    averageRating\n    ratingCount\n    myRating\n    ratingDistribution {\n      score\n      count\n      percent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      ...MovieRatingStats\n    }\n  }\n"): (typeof documents)["\n  mutation RateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      ...MovieRatingStats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRating($movieId: ID!) {\n    removeRating(movieId: $movieId) {\n      ...MovieRatingStats\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRating($movieId: ID!) {\n    removeRating(movieId: $movieId) {\n      ...MovieRatingStats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      directedCount\n      actedInCount\n      averageRating\n      ratingCount\n      directed {\n        ...PersonFilmCard\n      }\n      actedIn {\n        ...PersonFilmCard\n      }\n    }\n  }\n  fragment PersonFilmCard on Movie {\n    id\n    title\n    releaseYear\n    posterUrl\n    averageRating\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      directedCount\n      actedInCount\n      averageRating\n      ratingCount\n      directed {\n        ...PersonFilmCard\n      }\n      actedIn {\n        ...PersonFilmCard\n      }\n    }\n  }\n  fragment PersonFilmCard on Movie {\n    id\n    title\n    releaseYear\n    posterUrl\n    averageRating\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage($username: String!, $first: Int!, $after: String) {\n    user(username: $username) {\n      id\n      username\n      createdAt\n      watchlistPublic\n      stats {\n        ratingCount\n        averageScore\n        scoreDistribution\n        favouriteGenres {\n          genre {\n            id\n            name\n          }\n          ratingCount\n          averageScore\n        }\n        favouriteDirectors {\n          director {\n            id\n            name\n          }\n          ratingCount\n          averageScore\n        }\n      }\n      ratings(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            score\n            movie {\n              id\n              title\n              releaseYear\n            }\n          }\n        }\n      }\n      reviews(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            containsSpoilers\n            helpfulCount\n            authorRating\n            movie {\n              id\n              title\n            }\n          }\n        }\n      }\n      watchlist(first: 50) {\n        totalCount\n        edges {\n          node {\n            addedAt\n            movie {\n              id\n              title\n              releaseYear\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage($username: String!, $first: Int!, $after: String) {\n    user(username: $username) {\n      id\n      username\n      createdAt\n      watchlistPublic\n      stats {\n        ratingCount\n        averageScore\n        scoreDistribution\n        favouriteGenres {\n          genre {\n            id\n            name\n          }\n          ratingCount\n          averageScore\n        }\n        favouriteDirectors {\n          director {\n            id\n            name\n          }\n          ratingCount\n          averageScore\n        }\n      }\n      ratings(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            score\n            movie {\n              id\n              title\n              releaseYear\n            }\n          }\n        }\n      }\n      reviews(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            containsSpoilers\n            helpfulCount\n            authorRating\n            movie {\n              id\n              title\n            }\n          }\n        }\n      }\n      watchlist(first: 50) {\n        totalCount\n        edges {\n          node {\n            addedAt\n            movie {\n              id\n              title\n              releaseYear\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWatchlistPublic($isPublic: Boolean!) {\n    setWatchlistPublic(isPublic: $isPublic) {\n      id\n      watchlistPublic\n    }\n  }\n"): (typeof documents)["\n  mutation SetWatchlistPublic($isPublic: Boolean!) {\n    setWatchlistPublic(isPublic: $isPublic) {\n      id\n      watchlistPublic\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;