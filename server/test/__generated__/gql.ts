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
    "\n        query AxeRoutes {\n          movies(first: 1, filter: { search: \"Alien\" }) {\n            edges {\n              node {\n                id\n                director {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.AxeRoutesDocument,
    "\n        query AccountFlowMovies {\n          movies(filter: { search: \"Casablanca\" }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.AccountFlowMoviesDocument,
    "\n  query BackOfficeMovie($id: ID!) {\n    movie(id: $id) {\n      title\n      releaseYear\n      director {\n        name\n      }\n      mainActors {\n        name\n      }\n      genres {\n        name\n      }\n      posterUrl\n      small: posterUrl(width: 185)\n    }\n  }\n": typeof types.BackOfficeMovieDocument,
    "\n        query BackOfficeCasablanca {\n          movies(filter: { search: \"casablanca\" }, first: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.BackOfficeCasablancaDocument,
    "\n        mutation BackOfficeSpam($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      ": typeof types.BackOfficeSpamDocument,
    "\n        query BackOfficeAlien {\n          movies(filter: { search: \"alien\" }, first: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.BackOfficeAlienDocument,
    "\n        mutation BackOfficeSpam2($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      ": typeof types.BackOfficeSpam2Document,
    "\n        query BackOfficeLog {\n          auditLog(targetType: \"Review\", first: 1) {\n            edges {\n              node {\n                reason\n              }\n            }\n          }\n        }\n      ": typeof types.BackOfficeLogDocument,
    "\n          query AdminImportMovies {\n            movies {\n              totalCount\n            }\n          }\n        ": typeof types.AdminImportMoviesDocument,
    "\n          query AdminImportMovies2 {\n            movies {\n              totalCount\n            }\n          }\n        ": typeof types.AdminImportMovies2Document,
    "\n        query BotMovieTitle($id: ID!) {\n          movie(id: $id) {\n            title\n          }\n        }\n      ": typeof types.BotMovieTitleDocument,
    "\n        query BrowseMovies {\n          movies {\n            totalCount\n          }\n        }\n      ": typeof types.BrowseMoviesDocument,
    "\n        query BrowseMovies2 {\n          movies(filter: { genres: [\"Western\"], yearFrom: 1990, yearTo: 1999 }) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      ": typeof types.BrowseMovies2Document,
    "\n        query BrowseMovies3 {\n          movies(filter: { search: \"nolan\" }) {\n            totalCount\n          }\n        }\n      ": typeof types.BrowseMovies3Document,
    "\n          mutation ChatCreateRoom {\n            createRoom(input: { name: \"Archive\" }) {\n              slug\n            }\n          }\n        ": typeof types.ChatCreateRoomDocument,
    "\n            mutation ChatSendMessage($input: SendMessageInput!) {\n              sendMessage(input: $input) {\n                id\n              }\n            }\n          ": typeof types.ChatSendMessageDocument,
    "\n        query ChatRoom {\n          room(slug: \"film-club\") {\n            messages(last: 1) {\n              author {\n                username\n              }\n            }\n          }\n        }\n      ": typeof types.ChatRoomDocument,
    "\n        query PolishMovie {\n          movies(first: 1, filter: { search: \"Casablanca\" }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.PolishMovieDocument,
    "\n          query PolishMyReview($id: ID!) {\n            movie(id: $id) {\n              myReview {\n                id\n              }\n            }\n          }\n        ": typeof types.PolishMyReviewDocument,
    "\n          mutation PolishSend($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n            }\n          }\n        ": typeof types.PolishSendDocument,
    "\n        query PolishPosters {\n          movies(first: 100) {\n            edges {\n              node {\n                title\n                posterUrl\n              }\n            }\n          }\n        }\n      ": typeof types.PolishPostersDocument,
    "\n  query CommunityBrowserFind($q: String!) {\n    movies(filter: { search: $q }, first: 1) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CommunityBrowserFindDocument,
    "\n          mutation CommunityBrowserRate($input: RateMovieInput!) {\n            rateMovie(input: $input) {\n              id\n            }\n          }\n        ": typeof types.CommunityBrowserRateDocument,
    "\n        query SearchCount {\n          movies(filter: { search: \"alien\" }) {\n            totalCount\n          }\n        }\n      ": typeof types.SearchCountDocument,
    "\n      query AbuseMovies {\n        movies(first: 100) {\n          edges {\n            node {\n              similar(limit: 20) {\n                movie {\n                  director {\n                    directed {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.AbuseMoviesDocument,
    "\n            mutation AbuseLogin($input: LoginInput!) {\n              login(input: $input) {\n                token\n              }\n            }\n          ": typeof types.AbuseLoginDocument,
    "\n          mutation AbuseLogin2($input: LoginInput!) {\n            login(input: $input) {\n              token\n            }\n          }\n        ": typeof types.AbuseLogin2Document,
    "\n          mutation AbuseSignup($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        ": typeof types.AbuseSignupDocument,
    "\n          query AbuseRooms {\n            rooms(first: 5) {\n              slug\n            }\n          }\n        ": typeof types.AbuseRoomsDocument,
    "\n          query AbuseRooms2($after: String) {\n            rooms(first: 5, after: $after) {\n              slug\n            }\n          }\n        ": typeof types.AbuseRooms2Document,
    "\n          mutation AbuseSignup2($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        ": typeof types.AbuseSignup2Document,
    "\n          mutation AbuseCreateReview($input: CreateReviewInput!) {\n            createReview(input: $input) {\n              id\n            }\n          }\n        ": typeof types.AbuseCreateReviewDocument,
    "\n          mutation AbuseCreateRoom($input: CreateRoomInput!) {\n            createRoom(input: $input) {\n              slug\n            }\n          }\n        ": typeof types.AbuseCreateRoomDocument,
    "\n          query AbuseMovies2($s: String) {\n            movies(filter: { search: $s }) {\n              totalCount\n            }\n          }\n        ": typeof types.AbuseMovies2Document,
    "\n          query AbuseMovies3($g: [String!]) {\n            movies(filter: { genres: $g }) {\n              totalCount\n            }\n          }\n        ": typeof types.AbuseMovies3Document,
    "\n          mutation AbuseSendMessage($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n            }\n          }\n        ": typeof types.AbuseSendMessageDocument,
    "\n        mutation AbuseSignup3($input: SignupInput!) {\n          signup(input: $input) {\n            token\n          }\n        }\n      ": typeof types.AbuseSignup3Document,
    "\n        mutation AbuseAskBot($input: AskBotInput!) {\n          askBot(input: $input) {\n            text\n          }\n        }\n      ": typeof types.AbuseAskBotDocument,
    "\n        mutation AbuseAskBot2($input: AskBotInput!) {\n          askBot(input: $input) {\n            text\n          }\n        }\n      ": typeof types.AbuseAskBot2Document,
    "\n          mutation AbuseCreateReview2 {\n            createReview(input: { movieId: \"2\", title: \"Once\", body: \"Only once.\" }) {\n              id\n            }\n          }\n        ": typeof types.AbuseCreateReview2Document,
    "\n            mutation AbuseDeleteReview($id: ID!) {\n              deleteReview(id: $id) {\n                id\n              }\n            }\n          ": typeof types.AbuseDeleteReviewDocument,
    "\n      mutation AbuseImportMovies($file: Upload!) {\n        importMovies(file: $file) {\n          total\n        }\n      }\n    ": typeof types.AbuseImportMoviesDocument,
    "\n          mutation AbuseCreateRoom2 {\n            createRoom(input: { name: \"Leavers\" }) {\n              slug\n            }\n          }\n        ": typeof types.AbuseCreateRoom2Document,
    "\n          mutation AbuseLogout {\n            logout\n          }\n        ": typeof types.AbuseLogoutDocument,
    "\n          mutation AbuseCreateRoom3 {\n            createRoom(input: { name: \"Hoard\" }) {\n              slug\n            }\n          }\n        ": typeof types.AbuseCreateRoom3Document,
    "\n        query AbuseSchema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      ": typeof types.AbuseSchemaDocument,
    "\n  query ObservabilityMovies {\n    movies(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ObservabilityMoviesDocument,
    "\n          query OperationLimitsMovies {\n            movies(first: 10) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.OperationLimitsMoviesDocument,
    "\n          query OperationLimitsMovies2 {\n            movies {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.OperationLimitsMovies2Document,
    "\n          query OperationLimitsMovie {\n            movie(id: 1) {\n              similar {\n                movie {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.OperationLimitsMovieDocument,
    "\n  mutation SharedThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.SharedThrottleLoginDocument,
    "\n  mutation InstancesAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      movies {\n        id\n      }\n    }\n  }\n": typeof types.InstancesAskBotDocument,
    "\n  mutation SharedThrottleSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n    }\n  }\n": typeof types.SharedThrottleSignupDocument,
    "\n  mutation LbSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n    }\n  }\n": typeof types.LbSignupDocument,
    "\n  mutation LbLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.LbLoginDocument,
    "\n  mutation LbAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      movies {\n        id\n      }\n    }\n  }\n": typeof types.LbAskBotDocument,
    "\n  mutation LbCreateRoom($name: String!) {\n    createRoom(input: { name: $name }) {\n      slug\n    }\n  }\n": typeof types.LbCreateRoomDocument,
    "\n  mutation LbSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      eventId\n    }\n  }\n": typeof types.LbSendDocument,
    "\n  mutation AccountsSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        isAdmin\n        createdAt\n        email\n      }\n    }\n  }\n": typeof types.AccountsSignupDocument,
    "\n  mutation AccountsLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        username\n      }\n    }\n  }\n": typeof types.AccountsLoginDocument,
    "\n  query AccountsMe {\n    me {\n      id\n      username\n      email\n      isAdmin\n    }\n  }\n": typeof types.AccountsMeDocument,
    "\n              mutation AccountsLogout {\n                logout\n              }\n            ": typeof types.AccountsLogoutDocument,
    "\n            mutation AccountsAdminLogin($input: LoginInput!) {\n              login(input: $input) {\n                token\n                user {\n                  username\n                  isAdmin\n                }\n              }\n            }\n          ": typeof types.AccountsAdminLoginDocument,
    "\n  mutation UserAdminSetUserRole($userId: ID!, $isAdmin: Boolean!) {\n    setUserRole(userId: $userId, isAdmin: $isAdmin) {\n      id\n      isAdmin\n      isActive\n    }\n  }\n": typeof types.UserAdminSetUserRoleDocument,
    "\n  mutation UserAdminDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": typeof types.UserAdminDeactivateUserDocument,
    "\n  mutation UserAdminReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": typeof types.UserAdminReactivateUserDocument,
    "\n  query UserAdminUsers($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          username\n          isAdmin\n        }\n      }\n    }\n  }\n": typeof types.UserAdminUsersDocument,
    "\n  mutation UserAdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.UserAdminLoginDocument,
    "\n          query UserAdminMe {\n            me {\n              id\n            }\n          }\n        ": typeof types.UserAdminMeDocument,
    "\n        mutation UserAdminCreateRoom($name: String!) {\n          createRoom(input: { name: $name }) {\n            slug\n          }\n        }\n      ": typeof types.UserAdminCreateRoomDocument,
    "\n            query UserAdminMe2 {\n              me {\n                id\n              }\n            }\n          ": typeof types.UserAdminMe2Document,
    "\n  mutation AiProvidersAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      provider\n      text\n      movies {\n        id\n        title\n        releaseYear\n        genres {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AiProvidersAskBotDocument,
    "\n          query AiProvidersMovies($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": typeof types.AiProvidersMoviesDocument,
    "\n            subscription AiProvidersAskBotStream($input: AskBotInput!) {\n              askBotStream(input: $input) {\n                delta\n                done\n                reply {\n                  provider\n                  text\n                  movies {\n                    title\n                  }\n                }\n              }\n            }\n          ": typeof types.AiProvidersAskBotStreamDocument,
    "\n  mutation BotAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      provider\n      text\n      movies {\n        id\n        title\n        releaseYear\n        description\n        genres {\n          name\n        }\n        director {\n          name\n        }\n        mainActors {\n          name\n        }\n      }\n    }\n  }\n": typeof types.BotAskBotDocument,
    "\n  query BotAlienFilms {\n    movies(filter: { search: \"alien\" }, first: 2) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.BotAlienFilmsDocument,
    "\n  mutation BotRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n    }\n  }\n": typeof types.BotRateDocument,
    "\n  query BotForMe {\n    recommendedForMe(first: 3) {\n      movie {\n        title\n      }\n      reason\n    }\n  }\n": typeof types.BotForMeDocument,
    "\n          query BotMovies($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  title\n                  genres {\n                    name\n                  }\n                  director {\n                    name\n                  }\n                  mainActors {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.BotMoviesDocument,
    "\n            subscription BotAskBotStream {\n              askBotStream(input: { message: \"war films\" }) {\n                delta\n                done\n                reply {\n                  intent\n                  provider\n                  text\n                  movies {\n                    genres {\n                      name\n                    }\n                  }\n                }\n              }\n            }\n          ": typeof types.BotAskBotStreamDocument,
    "\n  fragment AdminMovieFields on Movie {\n    id\n    title\n    releaseYear\n    description\n    director {\n      id\n      name\n    }\n    mainActors {\n      id\n      name\n    }\n    genres {\n      id\n      name\n    }\n  }\n": typeof types.AdminMovieFieldsFragmentDoc,
    "\n  mutation AdminCreateMovie($input: MovieInput!) {\n    createMovie(input: $input) {\n      ...AdminMovieFields\n    }\n  }\n": typeof types.AdminCreateMovieDocument,
    "\n  mutation AdminUpdateMovie($id: ID!, $input: MovieInput!) {\n    updateMovie(id: $id, input: $input) {\n      ...AdminMovieFields\n    }\n  }\n": typeof types.AdminUpdateMovieDocument,
    "\n  query AdminMovie($id: ID!) {\n    movie(id: $id) {\n      ...AdminMovieFields\n    }\n  }\n": typeof types.AdminMovieDocument,
    "\n  query AdminSearch($q: String!) {\n    movies(filter: { search: $q }) {\n      totalCount\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": typeof types.AdminSearchDocument,
    "\n  query AdminPeople($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          filmCount\n          actedIn {\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminPeopleDocument,
    "\n  query AdminAudit($targetType: String, $targetId: String) {\n    auditLog(targetType: $targetType, targetId: $targetId, first: 10) {\n      totalCount\n      edges {\n        node {\n          action\n          targetType\n          targetId\n          reason\n          before\n          after\n          actor {\n            username\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditDocument,
    "\n          query AdminSetup {\n            genres {\n              id\n              name\n            }\n            movies(first: 10) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": typeof types.AdminSetupDocument,
    "\n        mutation AdminMergeForbidden {\n          mergePeople(keepId: \"1\", mergeIds: [\"2\"]) {\n            id\n          }\n        }\n      ": typeof types.AdminMergeForbiddenDocument,
    "\n        mutation AdminDeleteMovie($id: ID!) {\n          deleteMovie(id: $id)\n        }\n      ": typeof types.AdminDeleteMovieDocument,
    "\n          mutation AdminMergePeople($keepId: ID!, $mergeIds: [ID!]!) {\n            mergePeople(keepId: $keepId, mergeIds: $mergeIds) {\n              id\n              name\n              filmCount\n            }\n          }\n        ": typeof types.AdminMergePeopleDocument,
    "\n        mutation AdminMergeSelf($keepId: ID!) {\n          mergePeople(keepId: $keepId, mergeIds: [$keepId]) {\n            id\n          }\n        }\n      ": typeof types.AdminMergeSelfDocument,
    "\n      mutation AdminDeleteGenre($id: ID!) {\n        deleteGenre(id: $id)\n      }\n    ": typeof types.AdminDeleteGenreDocument,
    "\n          mutation AdminMergeGenres($keepId: ID!, $mergeIds: [ID!]!) {\n            mergeGenres(keepId: $keepId, mergeIds: $mergeIds) {\n              id\n              name\n            }\n          }\n        ": typeof types.AdminMergeGenresDocument,
    "\n          mutation AdminCreateGenre($name: String!) {\n            createGenre(name: $name) {\n              id\n              name\n            }\n          }\n        ": typeof types.AdminCreateGenreDocument,
    "\n        mutation AdminRenameGenre($id: ID!, $name: String!) {\n          updateGenre(id: $id, name: $name) {\n            name\n          }\n        }\n      ": typeof types.AdminRenameGenreDocument,
    "\n        mutation AdminRateForBrowse($input: RateMovieInput!) {\n          rateMovie(input: $input) {\n            id\n          }\n        }\n      ": typeof types.AdminRateForBrowseDocument,
    "\n          mutation AdminSpamReview($input: CreateReviewInput!) {\n            createReview(input: $input) {\n              id\n            }\n          }\n        ": typeof types.AdminSpamReviewDocument,
    "\n          mutation AdminRemoveReview($id: ID!, $reason: String) {\n            deleteReview(id: $id, reason: $reason) {\n              id\n            }\n          }\n        ": typeof types.AdminRemoveReviewDocument,
    "\n          query AdminRatings($movieId: ID) {\n            ratings(movieId: $movieId, first: 5) {\n              totalCount\n              edges {\n                node {\n                  score\n                  user {\n                    username\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.AdminRatingsDocument,
    "\n        mutation AdminDeactivate($userId: ID!) {\n          deactivateUser(userId: $userId) {\n            isActive\n          }\n        }\n      ": typeof types.AdminDeactivateDocument,
    "\n          query CatalogueMovies {\n            movies(first: 100) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": typeof types.CatalogueMoviesDocument,
    "\n            query CatalogueByMovieId1($id: ID!) {\n              movie(id: $id) {\n                director {\n                  id\n                }\n              }\n            }\n          ": typeof types.CatalogueByMovieId1Document,
    "\n            query CatalogueMovie {\n              movie(id: \"999999\") {\n                id\n              }\n            }\n          ": typeof types.CatalogueMovieDocument,
    "\n        query CatalogueMovie2 {\n          movie(id: \"abc\") {\n            id\n          }\n        }\n      ": typeof types.CatalogueMovie2Document,
    "\n          query CatalogueByMovieId2($id: ID!) {\n            movie(id: $id) {\n              averageRating\n              ratingDistribution {\n                score\n                percent\n              }\n            }\n          }\n        ": typeof types.CatalogueByMovieId2Document,
    "\n          query CatalogueByMovieId3($id: ID!) {\n            movie(id: $id) {\n              averageRating\n              ratingCount\n            }\n          }\n        ": typeof types.CatalogueByMovieId3Document,
    "\n          query CatalogueByMovieId4($id: ID!) {\n            movie(id: $id) {\n              similar(limit: 2) {\n                movie {\n                  title\n                }\n              }\n            }\n          }\n        ": typeof types.CatalogueByMovieId4Document,
    "\n          query CatalogueByMovieId5($id: ID!) {\n            movie(id: $id) {\n              similar {\n                movie {\n                  title\n                }\n              }\n            }\n          }\n        ": typeof types.CatalogueByMovieId5Document,
    "\n        query CatalogueByMovieId6($id: ID!) {\n          movie(id: $id) {\n            similar(limit: 21) {\n              movie {\n                title\n              }\n            }\n          }\n        }\n      ": typeof types.CatalogueByMovieId6Document,
    "\n      query CatalogueMovie3($id: ID!, $after: String) {\n        movie(id: $id) {\n          reviews(first: 2, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                title\n                author {\n                  username\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.CatalogueMovie3Document,
    "\n            query CatalogueMovies2($after: String) {\n              movies(first: 3, sort: YEAR_ASC, after: $after) {\n                totalCount\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                edges {\n                  node {\n                    title\n                  }\n                }\n              }\n            }\n          ": typeof types.CatalogueMovies2Document,
    "\n          query CatalogueByMovieId7($id: ID!) {\n            movie(id: $id) {\n              director {\n                id\n              }\n              mainActors {\n                id\n                name\n              }\n            }\n          }\n        ": typeof types.CatalogueByMovieId7Document,
    "\n          query CatalogueGenres {\n            genres {\n              name\n              movieCount\n            }\n          }\n        ": typeof types.CatalogueGenresDocument,
    "\n          query CatalogueDirectors {\n            directors(search: \"DOE\") {\n              totalCount\n              edges {\n                node {\n                  name\n                  directed {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.CatalogueDirectorsDocument,
    "\n          query CatalogueActors {\n            actors(search: \"zoe\") {\n              edges {\n                node {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.CatalogueActorsDocument,
    "\n          query CatalogueByActorId8($id: ID!) {\n            person(id: $id) {\n              name\n              actedIn {\n                title\n              }\n            }\n          }\n        ": typeof types.CatalogueByActorId8Document,
    "\n          query CatalogueDirector {\n            director(id: \"999999\") {\n              name\n            }\n          }\n        ": typeof types.CatalogueDirectorDocument,
    "\n            query CatalogueActors2($after: String) {\n              actors(first: 2, after: $after) {\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                edges {\n                  node {\n                    lastName\n                  }\n                }\n              }\n            }\n          ": typeof types.CatalogueActors2Document,
    "\n  mutation PosterUpload($movieId: ID!, $file: Upload!) {\n    uploadPoster(movieId: $movieId, file: $file) {\n      id\n      posterUrl\n      small: posterUrl(width: 185)\n      large: posterUrl(width: 500)\n      huge: posterUrl(width: 2000)\n    }\n  }\n": typeof types.PosterUploadDocument,
    "\n          query PosterMovie {\n            movies(first: 1) {\n              edges {\n                node {\n                  id\n                  posterUrl\n                }\n              }\n            }\n          }\n        ": typeof types.PosterMovieDocument,
    "\n  query SearchMovies($search: String!, $first: Int, $after: String, $sort: MovieSort) {\n    movies(filter: { search: $search }, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          director {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchMoviesDocument,
    "\n  query SearchMovieIds($search: String!, $first: Int, $sort: MovieSort) {\n    movies(filter: { search: $search }, first: $first, sort: $sort) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SearchMovieIdsDocument,
    "\n  query SearchSuggestions($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      __typename\n      ... on MovieHit {\n        highlight\n        movie {\n          id\n          title\n        }\n      }\n      ... on PersonHit {\n        highlight\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchSuggestionsDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      directedCount\n      actedInCount\n      averageRating\n      ratingCount\n      directed {\n        title\n        releaseYear\n      }\n      actedIn {\n        title\n        releaseYear\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query Page($first: Int!) {\n    movies(first: $first, sort: TITLE_ASC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          description\n          releaseYear\n          posterUrl\n          averageRating\n          ratingCount\n          ratingDistribution {\n            score\n            count\n            percent\n          }\n          director {\n            id\n            name\n            directed {\n              id\n              title\n            }\n          }\n          mainActors {\n            id\n            name\n            firstName\n            lastName\n          }\n          genres {\n            id\n            name\n            movieCount\n          }\n          reviews(first: 3) {\n            totalCount\n            pageInfo {\n              hasNextPage\n            }\n            edges {\n              node {\n                id\n                title\n                body\n                author {\n                  id\n                  username\n                }\n              }\n            }\n          }\n          similar(limit: 5) {\n            sharedGenreCount\n            sharedGenres {\n              name\n            }\n            movie {\n              id\n              title\n              averageRating\n              director {\n                name\n              }\n              genres {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PageDocument,
    "\n  query StatementsDetail($id: ID!) {\n    movie(id: $id) {\n      title\n      director {\n        name\n      }\n      mainActors {\n        name\n      }\n      genres {\n        name\n      }\n    }\n  }\n": typeof types.StatementsDetailDocument,
    "\n  query DetailWithReviews($id: ID!, $first: Int = 5) {\n    movie(id: $id) {\n      director {\n        name\n      }\n      reviews(first: $first) {\n        edges {\n          node {\n            title\n            author {\n              username\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.DetailWithReviewsDocument,
    "\n          mutation ChatKafkaSendMessage($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n              eventId\n            }\n          }\n        ": typeof types.ChatKafkaSendMessageDocument,
    "\n          mutation ChatKafkaSignup($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        ": typeof types.ChatKafkaSignupDocument,
    "\n        mutation ChatKafkaCreateRoom {\n          createRoom(input: { name: \"Kafka Lounge\" }) {\n            slug\n          }\n        }\n      ": typeof types.ChatKafkaCreateRoomDocument,
    "\n        mutation ChatKafkaSignup2($input: SignupInput!) {\n          signup(input: $input) {\n            token\n          }\n        }\n      ": typeof types.ChatKafkaSignup2Document,
    "\n        mutation ChatKafkaLogout {\n          logout\n        }\n      ": typeof types.ChatKafkaLogoutDocument,
    "\n      mutation ChatKafkaRetry($input: SendMessageInput!) {\n        sendMessage(input: $input) {\n          id\n          eventId\n        }\n      }\n    ": typeof types.ChatKafkaRetryDocument,
    "\n  mutation ChatCreateRoom2($name: String!) {\n    createRoom(input: { name: $name }) {\n      id\n      name\n      slug\n      createdAt\n      createdBy {\n        username\n      }\n    }\n  }\n": typeof types.ChatCreateRoom2Document,
    "\n  mutation ChatSendMessage2($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      eventId\n      content\n      author {\n        username\n      }\n      room {\n        slug\n      }\n    }\n  }\n": typeof types.ChatSendMessage2Document,
    "\n  query ChatRoom2($slug: String!, $last: Int, $before: String) {\n    room(slug: $slug) {\n      messages(last: $last, before: $before) {\n        id\n        content\n        author {\n          username\n        }\n      }\n    }\n  }\n": typeof types.ChatRoom2Document,
    "\n          query ChatRooms {\n            rooms {\n              slug\n            }\n          }\n        ": typeof types.ChatRoomsDocument,
    "\n      subscription ChatMessageAdded {\n        messageAdded(roomSlug: \"film-noir-fans\") {\n          content\n          room {\n            createdBy {\n              username\n              email\n            }\n          }\n        }\n      }\n    ": typeof types.ChatMessageAddedDocument,
    "\n      subscription ChatRoomPresence($room: String!) {\n        roomPresence(roomSlug: $room) {\n          roomSlug\n          users {\n            username\n          }\n          joined {\n            username\n          }\n          left {\n            username\n          }\n        }\n      }\n    ": typeof types.ChatRoomPresenceDocument,
    "\n            query ChatRoom3 {\n              room(slug: \"film-noir-fans\") {\n                present {\n                  username\n                }\n              }\n            }\n          ": typeof types.ChatRoom3Document,
    "\n          query ChatMe {\n            me {\n              id\n            }\n          }\n        ": typeof types.ChatMeDocument,
    "\n  mutation Import($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      moviesUpdated\n      missingPosters\n      errors {\n        index\n        title\n        message\n      }\n    }\n  }\n": typeof types.ImportDocument,
    "\n          query ImportUploadMovies {\n            movies {\n              totalCount\n            }\n          }\n        ": typeof types.ImportUploadMoviesDocument,
    "\n        mutation ImportUploadImportMoviesJson {\n          importMoviesJson(records: [{ title: \"Sneaky\", releaseYear: 2000 }]) {\n            total\n          }\n        }\n      ": typeof types.ImportUploadImportMoviesJsonDocument,
    "\n        mutation ImportUploadImportMoviesJson2($records: [MovieImportInput!]!) {\n          importMoviesJson(records: $records) {\n            total\n            moviesCreated\n            errors {\n              index\n              message\n            }\n          }\n        }\n      ": typeof types.ImportUploadImportMoviesJson2Document,
    "\n      query ImportMovies($s: String) {\n        movies(first: 100, filter: { search: $s }) {\n          edges {\n            node {\n              title\n              description\n              director {\n                name\n              }\n              mainActors {\n                name\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ImportMoviesDocument,
    "\n          query ImportMovies2 {\n            movies(first: 100, sort: TITLE_ASC) {\n              totalCount\n              edges {\n                node {\n                  title\n                  posterUrl\n                }\n              }\n            }\n          }\n        ": typeof types.ImportMovies2Document,
    "\n          query ImportMovies3($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  title\n                  director {\n                    name\n                  }\n                  mainActors {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ImportMovies3Document,
    "\n          query ImportMovies4 {\n            movies(filter: { search: \"xylo\" }, sort: TITLE_ASC) {\n              edges {\n                node {\n                  title\n                  releaseYear\n                  posterUrl\n                }\n              }\n            }\n          }\n        ": typeof types.ImportMovies4Document,
    "\n          query ImportMovies5 {\n            movies(filter: { search: \"qwerty\" }) {\n              edges {\n                node {\n                  description\n                }\n              }\n            }\n          }\n        ": typeof types.ImportMovies5Document,
    "\n          query ImportMovies6 {\n            movies {\n              totalCount\n            }\n          }\n        ": typeof types.ImportMovies6Document,
    "\n            query ImportMovies7 {\n              movies {\n                totalCount\n              }\n            }\n          ": typeof types.ImportMovies7Document,
    "\n  mutation ZipImport($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      missingPosters\n      postersNotImages\n      errors {\n        index\n        message\n      }\n    }\n  }\n": typeof types.ZipImportDocument,
    "\n          query ZipImportPosters {\n            movies(first: 100) {\n              edges {\n                node {\n                  posterUrl\n                  small: posterUrl(width: 185)\n                }\n              }\n            }\n          }\n        ": typeof types.ZipImportPostersDocument,
    "\n  query RecommendationsForMe($first: Int) {\n    recommendedForMe(first: $first) {\n      movie {\n        id\n        title\n      }\n      score\n      reason\n      because {\n        title\n      }\n    }\n  }\n": typeof types.RecommendationsForMeDocument,
    "\n  mutation RecommendationsRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n    }\n  }\n": typeof types.RecommendationsRateDocument,
    "\n          query RecommendationsMovies {\n            movies(first: 20) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": typeof types.RecommendationsMoviesDocument,
    "\n        mutation RecommendationsReview($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RecommendationsReviewDocument,
    "\n        mutation RecommendationsWatch($movieId: ID!) {\n          addToWatchlist(movieId: $movieId) {\n            id\n          }\n        }\n      ": typeof types.RecommendationsWatchDocument,
    "\n  mutation CommunityWatch($movieId: ID!) {\n    addToWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n": typeof types.CommunityWatchDocument,
    "\n  mutation CommunityUnwatch($movieId: ID!) {\n    removeFromWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n": typeof types.CommunityUnwatchDocument,
    "\n  mutation CommunityRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      inMyWatchlist\n    }\n  }\n": typeof types.CommunityRateDocument,
    "\n  mutation CommunityReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      id\n      containsSpoilers\n      authorRating\n      helpfulCount\n    }\n  }\n": typeof types.CommunityReviewDocument,
    "\n  mutation CommunityHelpful($reviewId: ID!, $helpful: Boolean!) {\n    markReviewHelpful(reviewId: $reviewId, helpful: $helpful) {\n      id\n      helpfulCount\n      markedHelpfulByMe\n    }\n  }\n": typeof types.CommunityHelpfulDocument,
    "\n  query CommunityProfile($username: String!, $after: String) {\n    user(username: $username) {\n      username\n      createdAt\n      watchlistPublic\n      email\n      stats {\n        ratingCount\n        averageScore\n        scoreDistribution\n        favouriteGenres {\n          genre {\n            name\n          }\n          ratingCount\n          averageScore\n        }\n        favouriteDirectors {\n          director {\n            name\n          }\n          ratingCount\n        }\n      }\n      ratings(first: 2, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            score\n            movie {\n              title\n            }\n          }\n        }\n      }\n      reviews {\n        totalCount\n        edges {\n          node {\n            title\n          }\n        }\n      }\n      watchlist {\n        totalCount\n        edges {\n          node {\n            movie {\n              title\n            }\n            addedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunityProfileDocument,
    "\n  query CommunityMovieReviews($id: ID!, $sort: ReviewSort, $first: Int, $after: String) {\n    movie(id: $id) {\n      reviews(sort: $sort, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            title\n            helpfulCount\n            authorRating\n            containsSpoilers\n            markedHelpfulByMe\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunityMovieReviewsDocument,
    "\n          query CommunityMovies {\n            movies(sort: TITLE_ASC) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": typeof types.CommunityMoviesDocument,
    "\n          mutation CommunityPublic($isPublic: Boolean!) {\n            setWatchlistPublic(isPublic: $isPublic) {\n              username\n              watchlistPublic\n            }\n          }\n        ": typeof types.CommunityPublicDocument,
    "\n  mutation ReviewsRateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      averageRating\n      ratingCount\n      myRating\n      ratingDistribution {\n        score\n        count\n        percent\n      }\n    }\n  }\n": typeof types.ReviewsRateMovieDocument,
    "\n  mutation ReviewsCreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      id\n      title\n      body\n      author {\n        username\n      }\n      movie {\n        id\n      }\n    }\n  }\n": typeof types.ReviewsCreateReviewDocument,
    "\n  mutation ReviewsUpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n": typeof types.ReviewsUpdateReviewDocument,
    "\n  mutation ReviewsDeleteReview($id: ID!) {\n    deleteReview(id: $id) {\n      id\n      movie {\n        id\n        reviews {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.ReviewsDeleteReviewDocument,
    "\n  query ReviewsMovie($id: ID!) {\n    movie(id: $id) {\n      averageRating\n      ratingCount\n      myRating\n      myReview {\n        id\n        title\n      }\n      reviews {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            author {\n              username\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewsMovieDocument,
    "\n          query ReviewsMovies {\n            movies(sort: TITLE_ASC) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.ReviewsMoviesDocument,
    "\n          mutation ReviewsLogin($input: LoginInput!) {\n            login(input: $input) {\n              token\n            }\n          }\n        ": typeof types.ReviewsLoginDocument,
    "\n          mutation ReviewsRemoveRating($id: ID!) {\n            removeRating(movieId: $id) {\n              ratingCount\n              averageRating\n              myRating\n            }\n          }\n        ": typeof types.ReviewsRemoveRatingDocument,
    "\n          query ReviewsMovie2($id: ID!) {\n            movie(id: $id) {\n              ratingCount\n              averageRating\n              ratingDistribution {\n                count\n              }\n            }\n          }\n        ": typeof types.ReviewsMovie2Document,
    "\n          query ReviewsMe {\n            me {\n              ratings {\n                edges {\n                  node {\n                    score\n                    movie {\n                      title\n                    }\n                  }\n                }\n              }\n              reviews {\n                edges {\n                  node {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ReviewsMeDocument,
    "\n          query ReviewsMovie3($id: ID!) {\n            movie(id: $id) {\n              reviews {\n                edges {\n                  node {\n                    author {\n                      username\n                      email\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ReviewsMovie3Document,
    "\n  mutation ReplicaRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      ratingCount\n    }\n  }\n": typeof types.ReplicaRateDocument,
    "\n  query ReplicaRatingCount($id: ID!) {\n    movie(id: $id) {\n      ratingCount\n    }\n  }\n": typeof types.ReplicaRatingCountDocument,
    "\n  query ReplicaFirstMovie {\n    movies(first: 1, sort: TITLE_ASC) {\n      totalCount\n      edges {\n        node {\n          id\n          ratingCount\n        }\n      }\n    }\n  }\n": typeof types.ReplicaFirstMovieDocument,
    "\n          query DemoCommunityFirstStart {\n            movies(sort: TOP_RATED, first: 10) {\n              edges {\n                node {\n                  title\n                  ratingCount\n                  averageRating\n                  reviews(sort: HELPFUL, first: 1) {\n                    totalCount\n                  }\n                }\n              }\n            }\n            ada: user(username: \"ada_reels\") {\n              stats {\n                ratingCount\n                favouriteGenres {\n                  genre {\n                    name\n                  }\n                }\n              }\n              reviews {\n                totalCount\n                edges {\n                  node {\n                    authorRating\n                    helpfulCount\n                  }\n                }\n              }\n              watchlist {\n                totalCount\n              }\n            }\n          }\n        ": typeof types.DemoCommunityFirstStartDocument,
    "\n        mutation DemoCommunityLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      ": typeof types.DemoCommunityLoginDocument,
    "\n          query DemoCommunityAlien {\n            movies(filter: { search: \"alien\" }, first: 2) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": typeof types.DemoCommunityAlienDocument,
    "\n          mutation DemoCommunityRate($input: RateMovieInput!) {\n            rateMovie(input: $input) {\n              id\n            }\n          }\n        ": typeof types.DemoCommunityRateDocument,
    "\n          query DemoCommunityForYou {\n            recommendedForMe(first: 5) {\n              movie {\n                title\n              }\n              reason\n            }\n          }\n        ": typeof types.DemoCommunityForYouDocument,
    "\n  subscription ChatClientsMessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) {\n      id\n      eventId\n      content\n      createdAt\n      author {\n        username\n      }\n      room {\n        slug\n      }\n    }\n  }\n": typeof types.ChatClientsMessageAddedDocument,
    "\n      mutation HarnessSignup($input: SignupInput!) {\n        signup(input: $input) {\n          token\n          user {\n            id\n          }\n        }\n      }\n    ": typeof types.HarnessSignupDocument,
    "\n        mutation HarnessLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      ": typeof types.HarnessLoginDocument,
};
const documents: Documents = {
    "\n        query AxeRoutes {\n          movies(first: 1, filter: { search: \"Alien\" }) {\n            edges {\n              node {\n                id\n                director {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.AxeRoutesDocument,
    "\n        query AccountFlowMovies {\n          movies(filter: { search: \"Casablanca\" }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.AccountFlowMoviesDocument,
    "\n  query BackOfficeMovie($id: ID!) {\n    movie(id: $id) {\n      title\n      releaseYear\n      director {\n        name\n      }\n      mainActors {\n        name\n      }\n      genres {\n        name\n      }\n      posterUrl\n      small: posterUrl(width: 185)\n    }\n  }\n": types.BackOfficeMovieDocument,
    "\n        query BackOfficeCasablanca {\n          movies(filter: { search: \"casablanca\" }, first: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.BackOfficeCasablancaDocument,
    "\n        mutation BackOfficeSpam($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      ": types.BackOfficeSpamDocument,
    "\n        query BackOfficeAlien {\n          movies(filter: { search: \"alien\" }, first: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.BackOfficeAlienDocument,
    "\n        mutation BackOfficeSpam2($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      ": types.BackOfficeSpam2Document,
    "\n        query BackOfficeLog {\n          auditLog(targetType: \"Review\", first: 1) {\n            edges {\n              node {\n                reason\n              }\n            }\n          }\n        }\n      ": types.BackOfficeLogDocument,
    "\n          query AdminImportMovies {\n            movies {\n              totalCount\n            }\n          }\n        ": types.AdminImportMoviesDocument,
    "\n          query AdminImportMovies2 {\n            movies {\n              totalCount\n            }\n          }\n        ": types.AdminImportMovies2Document,
    "\n        query BotMovieTitle($id: ID!) {\n          movie(id: $id) {\n            title\n          }\n        }\n      ": types.BotMovieTitleDocument,
    "\n        query BrowseMovies {\n          movies {\n            totalCount\n          }\n        }\n      ": types.BrowseMoviesDocument,
    "\n        query BrowseMovies2 {\n          movies(filter: { genres: [\"Western\"], yearFrom: 1990, yearTo: 1999 }) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      ": types.BrowseMovies2Document,
    "\n        query BrowseMovies3 {\n          movies(filter: { search: \"nolan\" }) {\n            totalCount\n          }\n        }\n      ": types.BrowseMovies3Document,
    "\n          mutation ChatCreateRoom {\n            createRoom(input: { name: \"Archive\" }) {\n              slug\n            }\n          }\n        ": types.ChatCreateRoomDocument,
    "\n            mutation ChatSendMessage($input: SendMessageInput!) {\n              sendMessage(input: $input) {\n                id\n              }\n            }\n          ": types.ChatSendMessageDocument,
    "\n        query ChatRoom {\n          room(slug: \"film-club\") {\n            messages(last: 1) {\n              author {\n                username\n              }\n            }\n          }\n        }\n      ": types.ChatRoomDocument,
    "\n        query PolishMovie {\n          movies(first: 1, filter: { search: \"Casablanca\" }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.PolishMovieDocument,
    "\n          query PolishMyReview($id: ID!) {\n            movie(id: $id) {\n              myReview {\n                id\n              }\n            }\n          }\n        ": types.PolishMyReviewDocument,
    "\n          mutation PolishSend($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n            }\n          }\n        ": types.PolishSendDocument,
    "\n        query PolishPosters {\n          movies(first: 100) {\n            edges {\n              node {\n                title\n                posterUrl\n              }\n            }\n          }\n        }\n      ": types.PolishPostersDocument,
    "\n  query CommunityBrowserFind($q: String!) {\n    movies(filter: { search: $q }, first: 1) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CommunityBrowserFindDocument,
    "\n          mutation CommunityBrowserRate($input: RateMovieInput!) {\n            rateMovie(input: $input) {\n              id\n            }\n          }\n        ": types.CommunityBrowserRateDocument,
    "\n        query SearchCount {\n          movies(filter: { search: \"alien\" }) {\n            totalCount\n          }\n        }\n      ": types.SearchCountDocument,
    "\n      query AbuseMovies {\n        movies(first: 100) {\n          edges {\n            node {\n              similar(limit: 20) {\n                movie {\n                  director {\n                    directed {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.AbuseMoviesDocument,
    "\n            mutation AbuseLogin($input: LoginInput!) {\n              login(input: $input) {\n                token\n              }\n            }\n          ": types.AbuseLoginDocument,
    "\n          mutation AbuseLogin2($input: LoginInput!) {\n            login(input: $input) {\n              token\n            }\n          }\n        ": types.AbuseLogin2Document,
    "\n          mutation AbuseSignup($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        ": types.AbuseSignupDocument,
    "\n          query AbuseRooms {\n            rooms(first: 5) {\n              slug\n            }\n          }\n        ": types.AbuseRoomsDocument,
    "\n          query AbuseRooms2($after: String) {\n            rooms(first: 5, after: $after) {\n              slug\n            }\n          }\n        ": types.AbuseRooms2Document,
    "\n          mutation AbuseSignup2($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        ": types.AbuseSignup2Document,
    "\n          mutation AbuseCreateReview($input: CreateReviewInput!) {\n            createReview(input: $input) {\n              id\n            }\n          }\n        ": types.AbuseCreateReviewDocument,
    "\n          mutation AbuseCreateRoom($input: CreateRoomInput!) {\n            createRoom(input: $input) {\n              slug\n            }\n          }\n        ": types.AbuseCreateRoomDocument,
    "\n          query AbuseMovies2($s: String) {\n            movies(filter: { search: $s }) {\n              totalCount\n            }\n          }\n        ": types.AbuseMovies2Document,
    "\n          query AbuseMovies3($g: [String!]) {\n            movies(filter: { genres: $g }) {\n              totalCount\n            }\n          }\n        ": types.AbuseMovies3Document,
    "\n          mutation AbuseSendMessage($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n            }\n          }\n        ": types.AbuseSendMessageDocument,
    "\n        mutation AbuseSignup3($input: SignupInput!) {\n          signup(input: $input) {\n            token\n          }\n        }\n      ": types.AbuseSignup3Document,
    "\n        mutation AbuseAskBot($input: AskBotInput!) {\n          askBot(input: $input) {\n            text\n          }\n        }\n      ": types.AbuseAskBotDocument,
    "\n        mutation AbuseAskBot2($input: AskBotInput!) {\n          askBot(input: $input) {\n            text\n          }\n        }\n      ": types.AbuseAskBot2Document,
    "\n          mutation AbuseCreateReview2 {\n            createReview(input: { movieId: \"2\", title: \"Once\", body: \"Only once.\" }) {\n              id\n            }\n          }\n        ": types.AbuseCreateReview2Document,
    "\n            mutation AbuseDeleteReview($id: ID!) {\n              deleteReview(id: $id) {\n                id\n              }\n            }\n          ": types.AbuseDeleteReviewDocument,
    "\n      mutation AbuseImportMovies($file: Upload!) {\n        importMovies(file: $file) {\n          total\n        }\n      }\n    ": types.AbuseImportMoviesDocument,
    "\n          mutation AbuseCreateRoom2 {\n            createRoom(input: { name: \"Leavers\" }) {\n              slug\n            }\n          }\n        ": types.AbuseCreateRoom2Document,
    "\n          mutation AbuseLogout {\n            logout\n          }\n        ": types.AbuseLogoutDocument,
    "\n          mutation AbuseCreateRoom3 {\n            createRoom(input: { name: \"Hoard\" }) {\n              slug\n            }\n          }\n        ": types.AbuseCreateRoom3Document,
    "\n        query AbuseSchema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      ": types.AbuseSchemaDocument,
    "\n  query ObservabilityMovies {\n    movies(first: 1) {\n      totalCount\n    }\n  }\n": types.ObservabilityMoviesDocument,
    "\n          query OperationLimitsMovies {\n            movies(first: 10) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.OperationLimitsMoviesDocument,
    "\n          query OperationLimitsMovies2 {\n            movies {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.OperationLimitsMovies2Document,
    "\n          query OperationLimitsMovie {\n            movie(id: 1) {\n              similar {\n                movie {\n                  id\n                }\n              }\n            }\n          }\n        ": types.OperationLimitsMovieDocument,
    "\n  mutation SharedThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.SharedThrottleLoginDocument,
    "\n  mutation InstancesAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      movies {\n        id\n      }\n    }\n  }\n": types.InstancesAskBotDocument,
    "\n  mutation SharedThrottleSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n    }\n  }\n": types.SharedThrottleSignupDocument,
    "\n  mutation LbSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n    }\n  }\n": types.LbSignupDocument,
    "\n  mutation LbLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.LbLoginDocument,
    "\n  mutation LbAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      movies {\n        id\n      }\n    }\n  }\n": types.LbAskBotDocument,
    "\n  mutation LbCreateRoom($name: String!) {\n    createRoom(input: { name: $name }) {\n      slug\n    }\n  }\n": types.LbCreateRoomDocument,
    "\n  mutation LbSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      eventId\n    }\n  }\n": types.LbSendDocument,
    "\n  mutation AccountsSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        isAdmin\n        createdAt\n        email\n      }\n    }\n  }\n": types.AccountsSignupDocument,
    "\n  mutation AccountsLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        username\n      }\n    }\n  }\n": types.AccountsLoginDocument,
    "\n  query AccountsMe {\n    me {\n      id\n      username\n      email\n      isAdmin\n    }\n  }\n": types.AccountsMeDocument,
    "\n              mutation AccountsLogout {\n                logout\n              }\n            ": types.AccountsLogoutDocument,
    "\n            mutation AccountsAdminLogin($input: LoginInput!) {\n              login(input: $input) {\n                token\n                user {\n                  username\n                  isAdmin\n                }\n              }\n            }\n          ": types.AccountsAdminLoginDocument,
    "\n  mutation UserAdminSetUserRole($userId: ID!, $isAdmin: Boolean!) {\n    setUserRole(userId: $userId, isAdmin: $isAdmin) {\n      id\n      isAdmin\n      isActive\n    }\n  }\n": types.UserAdminSetUserRoleDocument,
    "\n  mutation UserAdminDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": types.UserAdminDeactivateUserDocument,
    "\n  mutation UserAdminReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n": types.UserAdminReactivateUserDocument,
    "\n  query UserAdminUsers($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          username\n          isAdmin\n        }\n      }\n    }\n  }\n": types.UserAdminUsersDocument,
    "\n  mutation UserAdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.UserAdminLoginDocument,
    "\n          query UserAdminMe {\n            me {\n              id\n            }\n          }\n        ": types.UserAdminMeDocument,
    "\n        mutation UserAdminCreateRoom($name: String!) {\n          createRoom(input: { name: $name }) {\n            slug\n          }\n        }\n      ": types.UserAdminCreateRoomDocument,
    "\n            query UserAdminMe2 {\n              me {\n                id\n              }\n            }\n          ": types.UserAdminMe2Document,
    "\n  mutation AiProvidersAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      provider\n      text\n      movies {\n        id\n        title\n        releaseYear\n        genres {\n          name\n        }\n      }\n    }\n  }\n": types.AiProvidersAskBotDocument,
    "\n          query AiProvidersMovies($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": types.AiProvidersMoviesDocument,
    "\n            subscription AiProvidersAskBotStream($input: AskBotInput!) {\n              askBotStream(input: $input) {\n                delta\n                done\n                reply {\n                  provider\n                  text\n                  movies {\n                    title\n                  }\n                }\n              }\n            }\n          ": types.AiProvidersAskBotStreamDocument,
    "\n  mutation BotAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      provider\n      text\n      movies {\n        id\n        title\n        releaseYear\n        description\n        genres {\n          name\n        }\n        director {\n          name\n        }\n        mainActors {\n          name\n        }\n      }\n    }\n  }\n": types.BotAskBotDocument,
    "\n  query BotAlienFilms {\n    movies(filter: { search: \"alien\" }, first: 2) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.BotAlienFilmsDocument,
    "\n  mutation BotRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n    }\n  }\n": types.BotRateDocument,
    "\n  query BotForMe {\n    recommendedForMe(first: 3) {\n      movie {\n        title\n      }\n      reason\n    }\n  }\n": types.BotForMeDocument,
    "\n          query BotMovies($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  title\n                  genres {\n                    name\n                  }\n                  director {\n                    name\n                  }\n                  mainActors {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": types.BotMoviesDocument,
    "\n            subscription BotAskBotStream {\n              askBotStream(input: { message: \"war films\" }) {\n                delta\n                done\n                reply {\n                  intent\n                  provider\n                  text\n                  movies {\n                    genres {\n                      name\n                    }\n                  }\n                }\n              }\n            }\n          ": types.BotAskBotStreamDocument,
    "\n  fragment AdminMovieFields on Movie {\n    id\n    title\n    releaseYear\n    description\n    director {\n      id\n      name\n    }\n    mainActors {\n      id\n      name\n    }\n    genres {\n      id\n      name\n    }\n  }\n": types.AdminMovieFieldsFragmentDoc,
    "\n  mutation AdminCreateMovie($input: MovieInput!) {\n    createMovie(input: $input) {\n      ...AdminMovieFields\n    }\n  }\n": types.AdminCreateMovieDocument,
    "\n  mutation AdminUpdateMovie($id: ID!, $input: MovieInput!) {\n    updateMovie(id: $id, input: $input) {\n      ...AdminMovieFields\n    }\n  }\n": types.AdminUpdateMovieDocument,
    "\n  query AdminMovie($id: ID!) {\n    movie(id: $id) {\n      ...AdminMovieFields\n    }\n  }\n": types.AdminMovieDocument,
    "\n  query AdminSearch($q: String!) {\n    movies(filter: { search: $q }) {\n      totalCount\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": types.AdminSearchDocument,
    "\n  query AdminPeople($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          filmCount\n          actedIn {\n            title\n          }\n        }\n      }\n    }\n  }\n": types.AdminPeopleDocument,
    "\n  query AdminAudit($targetType: String, $targetId: String) {\n    auditLog(targetType: $targetType, targetId: $targetId, first: 10) {\n      totalCount\n      edges {\n        node {\n          action\n          targetType\n          targetId\n          reason\n          before\n          after\n          actor {\n            username\n          }\n        }\n      }\n    }\n  }\n": types.AdminAuditDocument,
    "\n          query AdminSetup {\n            genres {\n              id\n              name\n            }\n            movies(first: 10) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": types.AdminSetupDocument,
    "\n        mutation AdminMergeForbidden {\n          mergePeople(keepId: \"1\", mergeIds: [\"2\"]) {\n            id\n          }\n        }\n      ": types.AdminMergeForbiddenDocument,
    "\n        mutation AdminDeleteMovie($id: ID!) {\n          deleteMovie(id: $id)\n        }\n      ": types.AdminDeleteMovieDocument,
    "\n          mutation AdminMergePeople($keepId: ID!, $mergeIds: [ID!]!) {\n            mergePeople(keepId: $keepId, mergeIds: $mergeIds) {\n              id\n              name\n              filmCount\n            }\n          }\n        ": types.AdminMergePeopleDocument,
    "\n        mutation AdminMergeSelf($keepId: ID!) {\n          mergePeople(keepId: $keepId, mergeIds: [$keepId]) {\n            id\n          }\n        }\n      ": types.AdminMergeSelfDocument,
    "\n      mutation AdminDeleteGenre($id: ID!) {\n        deleteGenre(id: $id)\n      }\n    ": types.AdminDeleteGenreDocument,
    "\n          mutation AdminMergeGenres($keepId: ID!, $mergeIds: [ID!]!) {\n            mergeGenres(keepId: $keepId, mergeIds: $mergeIds) {\n              id\n              name\n            }\n          }\n        ": types.AdminMergeGenresDocument,
    "\n          mutation AdminCreateGenre($name: String!) {\n            createGenre(name: $name) {\n              id\n              name\n            }\n          }\n        ": types.AdminCreateGenreDocument,
    "\n        mutation AdminRenameGenre($id: ID!, $name: String!) {\n          updateGenre(id: $id, name: $name) {\n            name\n          }\n        }\n      ": types.AdminRenameGenreDocument,
    "\n        mutation AdminRateForBrowse($input: RateMovieInput!) {\n          rateMovie(input: $input) {\n            id\n          }\n        }\n      ": types.AdminRateForBrowseDocument,
    "\n          mutation AdminSpamReview($input: CreateReviewInput!) {\n            createReview(input: $input) {\n              id\n            }\n          }\n        ": types.AdminSpamReviewDocument,
    "\n          mutation AdminRemoveReview($id: ID!, $reason: String) {\n            deleteReview(id: $id, reason: $reason) {\n              id\n            }\n          }\n        ": types.AdminRemoveReviewDocument,
    "\n          query AdminRatings($movieId: ID) {\n            ratings(movieId: $movieId, first: 5) {\n              totalCount\n              edges {\n                node {\n                  score\n                  user {\n                    username\n                  }\n                }\n              }\n            }\n          }\n        ": types.AdminRatingsDocument,
    "\n        mutation AdminDeactivate($userId: ID!) {\n          deactivateUser(userId: $userId) {\n            isActive\n          }\n        }\n      ": types.AdminDeactivateDocument,
    "\n          query CatalogueMovies {\n            movies(first: 100) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": types.CatalogueMoviesDocument,
    "\n            query CatalogueByMovieId1($id: ID!) {\n              movie(id: $id) {\n                director {\n                  id\n                }\n              }\n            }\n          ": types.CatalogueByMovieId1Document,
    "\n            query CatalogueMovie {\n              movie(id: \"999999\") {\n                id\n              }\n            }\n          ": types.CatalogueMovieDocument,
    "\n        query CatalogueMovie2 {\n          movie(id: \"abc\") {\n            id\n          }\n        }\n      ": types.CatalogueMovie2Document,
    "\n          query CatalogueByMovieId2($id: ID!) {\n            movie(id: $id) {\n              averageRating\n              ratingDistribution {\n                score\n                percent\n              }\n            }\n          }\n        ": types.CatalogueByMovieId2Document,
    "\n          query CatalogueByMovieId3($id: ID!) {\n            movie(id: $id) {\n              averageRating\n              ratingCount\n            }\n          }\n        ": types.CatalogueByMovieId3Document,
    "\n          query CatalogueByMovieId4($id: ID!) {\n            movie(id: $id) {\n              similar(limit: 2) {\n                movie {\n                  title\n                }\n              }\n            }\n          }\n        ": types.CatalogueByMovieId4Document,
    "\n          query CatalogueByMovieId5($id: ID!) {\n            movie(id: $id) {\n              similar {\n                movie {\n                  title\n                }\n              }\n            }\n          }\n        ": types.CatalogueByMovieId5Document,
    "\n        query CatalogueByMovieId6($id: ID!) {\n          movie(id: $id) {\n            similar(limit: 21) {\n              movie {\n                title\n              }\n            }\n          }\n        }\n      ": types.CatalogueByMovieId6Document,
    "\n      query CatalogueMovie3($id: ID!, $after: String) {\n        movie(id: $id) {\n          reviews(first: 2, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                title\n                author {\n                  username\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.CatalogueMovie3Document,
    "\n            query CatalogueMovies2($after: String) {\n              movies(first: 3, sort: YEAR_ASC, after: $after) {\n                totalCount\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                edges {\n                  node {\n                    title\n                  }\n                }\n              }\n            }\n          ": types.CatalogueMovies2Document,
    "\n          query CatalogueByMovieId7($id: ID!) {\n            movie(id: $id) {\n              director {\n                id\n              }\n              mainActors {\n                id\n                name\n              }\n            }\n          }\n        ": types.CatalogueByMovieId7Document,
    "\n          query CatalogueGenres {\n            genres {\n              name\n              movieCount\n            }\n          }\n        ": types.CatalogueGenresDocument,
    "\n          query CatalogueDirectors {\n            directors(search: \"DOE\") {\n              totalCount\n              edges {\n                node {\n                  name\n                  directed {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        ": types.CatalogueDirectorsDocument,
    "\n          query CatalogueActors {\n            actors(search: \"zoe\") {\n              edges {\n                node {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        ": types.CatalogueActorsDocument,
    "\n          query CatalogueByActorId8($id: ID!) {\n            person(id: $id) {\n              name\n              actedIn {\n                title\n              }\n            }\n          }\n        ": types.CatalogueByActorId8Document,
    "\n          query CatalogueDirector {\n            director(id: \"999999\") {\n              name\n            }\n          }\n        ": types.CatalogueDirectorDocument,
    "\n            query CatalogueActors2($after: String) {\n              actors(first: 2, after: $after) {\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                edges {\n                  node {\n                    lastName\n                  }\n                }\n              }\n            }\n          ": types.CatalogueActors2Document,
    "\n  mutation PosterUpload($movieId: ID!, $file: Upload!) {\n    uploadPoster(movieId: $movieId, file: $file) {\n      id\n      posterUrl\n      small: posterUrl(width: 185)\n      large: posterUrl(width: 500)\n      huge: posterUrl(width: 2000)\n    }\n  }\n": types.PosterUploadDocument,
    "\n          query PosterMovie {\n            movies(first: 1) {\n              edges {\n                node {\n                  id\n                  posterUrl\n                }\n              }\n            }\n          }\n        ": types.PosterMovieDocument,
    "\n  query SearchMovies($search: String!, $first: Int, $after: String, $sort: MovieSort) {\n    movies(filter: { search: $search }, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          director {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchMoviesDocument,
    "\n  query SearchMovieIds($search: String!, $first: Int, $sort: MovieSort) {\n    movies(filter: { search: $search }, first: $first, sort: $sort) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.SearchMovieIdsDocument,
    "\n  query SearchSuggestions($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      __typename\n      ... on MovieHit {\n        highlight\n        movie {\n          id\n          title\n        }\n      }\n      ... on PersonHit {\n        highlight\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SearchSuggestionsDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      directedCount\n      actedInCount\n      averageRating\n      ratingCount\n      directed {\n        title\n        releaseYear\n      }\n      actedIn {\n        title\n        releaseYear\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  query Page($first: Int!) {\n    movies(first: $first, sort: TITLE_ASC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          description\n          releaseYear\n          posterUrl\n          averageRating\n          ratingCount\n          ratingDistribution {\n            score\n            count\n            percent\n          }\n          director {\n            id\n            name\n            directed {\n              id\n              title\n            }\n          }\n          mainActors {\n            id\n            name\n            firstName\n            lastName\n          }\n          genres {\n            id\n            name\n            movieCount\n          }\n          reviews(first: 3) {\n            totalCount\n            pageInfo {\n              hasNextPage\n            }\n            edges {\n              node {\n                id\n                title\n                body\n                author {\n                  id\n                  username\n                }\n              }\n            }\n          }\n          similar(limit: 5) {\n            sharedGenreCount\n            sharedGenres {\n              name\n            }\n            movie {\n              id\n              title\n              averageRating\n              director {\n                name\n              }\n              genres {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PageDocument,
    "\n  query StatementsDetail($id: ID!) {\n    movie(id: $id) {\n      title\n      director {\n        name\n      }\n      mainActors {\n        name\n      }\n      genres {\n        name\n      }\n    }\n  }\n": types.StatementsDetailDocument,
    "\n  query DetailWithReviews($id: ID!, $first: Int = 5) {\n    movie(id: $id) {\n      director {\n        name\n      }\n      reviews(first: $first) {\n        edges {\n          node {\n            title\n            author {\n              username\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.DetailWithReviewsDocument,
    "\n          mutation ChatKafkaSendMessage($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n              eventId\n            }\n          }\n        ": types.ChatKafkaSendMessageDocument,
    "\n          mutation ChatKafkaSignup($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        ": types.ChatKafkaSignupDocument,
    "\n        mutation ChatKafkaCreateRoom {\n          createRoom(input: { name: \"Kafka Lounge\" }) {\n            slug\n          }\n        }\n      ": types.ChatKafkaCreateRoomDocument,
    "\n        mutation ChatKafkaSignup2($input: SignupInput!) {\n          signup(input: $input) {\n            token\n          }\n        }\n      ": types.ChatKafkaSignup2Document,
    "\n        mutation ChatKafkaLogout {\n          logout\n        }\n      ": types.ChatKafkaLogoutDocument,
    "\n      mutation ChatKafkaRetry($input: SendMessageInput!) {\n        sendMessage(input: $input) {\n          id\n          eventId\n        }\n      }\n    ": types.ChatKafkaRetryDocument,
    "\n  mutation ChatCreateRoom2($name: String!) {\n    createRoom(input: { name: $name }) {\n      id\n      name\n      slug\n      createdAt\n      createdBy {\n        username\n      }\n    }\n  }\n": types.ChatCreateRoom2Document,
    "\n  mutation ChatSendMessage2($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      eventId\n      content\n      author {\n        username\n      }\n      room {\n        slug\n      }\n    }\n  }\n": types.ChatSendMessage2Document,
    "\n  query ChatRoom2($slug: String!, $last: Int, $before: String) {\n    room(slug: $slug) {\n      messages(last: $last, before: $before) {\n        id\n        content\n        author {\n          username\n        }\n      }\n    }\n  }\n": types.ChatRoom2Document,
    "\n          query ChatRooms {\n            rooms {\n              slug\n            }\n          }\n        ": types.ChatRoomsDocument,
    "\n      subscription ChatMessageAdded {\n        messageAdded(roomSlug: \"film-noir-fans\") {\n          content\n          room {\n            createdBy {\n              username\n              email\n            }\n          }\n        }\n      }\n    ": types.ChatMessageAddedDocument,
    "\n      subscription ChatRoomPresence($room: String!) {\n        roomPresence(roomSlug: $room) {\n          roomSlug\n          users {\n            username\n          }\n          joined {\n            username\n          }\n          left {\n            username\n          }\n        }\n      }\n    ": types.ChatRoomPresenceDocument,
    "\n            query ChatRoom3 {\n              room(slug: \"film-noir-fans\") {\n                present {\n                  username\n                }\n              }\n            }\n          ": types.ChatRoom3Document,
    "\n          query ChatMe {\n            me {\n              id\n            }\n          }\n        ": types.ChatMeDocument,
    "\n  mutation Import($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      moviesUpdated\n      missingPosters\n      errors {\n        index\n        title\n        message\n      }\n    }\n  }\n": types.ImportDocument,
    "\n          query ImportUploadMovies {\n            movies {\n              totalCount\n            }\n          }\n        ": types.ImportUploadMoviesDocument,
    "\n        mutation ImportUploadImportMoviesJson {\n          importMoviesJson(records: [{ title: \"Sneaky\", releaseYear: 2000 }]) {\n            total\n          }\n        }\n      ": types.ImportUploadImportMoviesJsonDocument,
    "\n        mutation ImportUploadImportMoviesJson2($records: [MovieImportInput!]!) {\n          importMoviesJson(records: $records) {\n            total\n            moviesCreated\n            errors {\n              index\n              message\n            }\n          }\n        }\n      ": types.ImportUploadImportMoviesJson2Document,
    "\n      query ImportMovies($s: String) {\n        movies(first: 100, filter: { search: $s }) {\n          edges {\n            node {\n              title\n              description\n              director {\n                name\n              }\n              mainActors {\n                name\n              }\n            }\n          }\n        }\n      }\n    ": types.ImportMoviesDocument,
    "\n          query ImportMovies2 {\n            movies(first: 100, sort: TITLE_ASC) {\n              totalCount\n              edges {\n                node {\n                  title\n                  posterUrl\n                }\n              }\n            }\n          }\n        ": types.ImportMovies2Document,
    "\n          query ImportMovies3($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  title\n                  director {\n                    name\n                  }\n                  mainActors {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": types.ImportMovies3Document,
    "\n          query ImportMovies4 {\n            movies(filter: { search: \"xylo\" }, sort: TITLE_ASC) {\n              edges {\n                node {\n                  title\n                  releaseYear\n                  posterUrl\n                }\n              }\n            }\n          }\n        ": types.ImportMovies4Document,
    "\n          query ImportMovies5 {\n            movies(filter: { search: \"qwerty\" }) {\n              edges {\n                node {\n                  description\n                }\n              }\n            }\n          }\n        ": types.ImportMovies5Document,
    "\n          query ImportMovies6 {\n            movies {\n              totalCount\n            }\n          }\n        ": types.ImportMovies6Document,
    "\n            query ImportMovies7 {\n              movies {\n                totalCount\n              }\n            }\n          ": types.ImportMovies7Document,
    "\n  mutation ZipImport($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      missingPosters\n      postersNotImages\n      errors {\n        index\n        message\n      }\n    }\n  }\n": types.ZipImportDocument,
    "\n          query ZipImportPosters {\n            movies(first: 100) {\n              edges {\n                node {\n                  posterUrl\n                  small: posterUrl(width: 185)\n                }\n              }\n            }\n          }\n        ": types.ZipImportPostersDocument,
    "\n  query RecommendationsForMe($first: Int) {\n    recommendedForMe(first: $first) {\n      movie {\n        id\n        title\n      }\n      score\n      reason\n      because {\n        title\n      }\n    }\n  }\n": types.RecommendationsForMeDocument,
    "\n  mutation RecommendationsRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n    }\n  }\n": types.RecommendationsRateDocument,
    "\n          query RecommendationsMovies {\n            movies(first: 20) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": types.RecommendationsMoviesDocument,
    "\n        mutation RecommendationsReview($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      ": types.RecommendationsReviewDocument,
    "\n        mutation RecommendationsWatch($movieId: ID!) {\n          addToWatchlist(movieId: $movieId) {\n            id\n          }\n        }\n      ": types.RecommendationsWatchDocument,
    "\n  mutation CommunityWatch($movieId: ID!) {\n    addToWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n": types.CommunityWatchDocument,
    "\n  mutation CommunityUnwatch($movieId: ID!) {\n    removeFromWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n": types.CommunityUnwatchDocument,
    "\n  mutation CommunityRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      inMyWatchlist\n    }\n  }\n": types.CommunityRateDocument,
    "\n  mutation CommunityReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      id\n      containsSpoilers\n      authorRating\n      helpfulCount\n    }\n  }\n": types.CommunityReviewDocument,
    "\n  mutation CommunityHelpful($reviewId: ID!, $helpful: Boolean!) {\n    markReviewHelpful(reviewId: $reviewId, helpful: $helpful) {\n      id\n      helpfulCount\n      markedHelpfulByMe\n    }\n  }\n": types.CommunityHelpfulDocument,
    "\n  query CommunityProfile($username: String!, $after: String) {\n    user(username: $username) {\n      username\n      createdAt\n      watchlistPublic\n      email\n      stats {\n        ratingCount\n        averageScore\n        scoreDistribution\n        favouriteGenres {\n          genre {\n            name\n          }\n          ratingCount\n          averageScore\n        }\n        favouriteDirectors {\n          director {\n            name\n          }\n          ratingCount\n        }\n      }\n      ratings(first: 2, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            score\n            movie {\n              title\n            }\n          }\n        }\n      }\n      reviews {\n        totalCount\n        edges {\n          node {\n            title\n          }\n        }\n      }\n      watchlist {\n        totalCount\n        edges {\n          node {\n            movie {\n              title\n            }\n            addedAt\n          }\n        }\n      }\n    }\n  }\n": types.CommunityProfileDocument,
    "\n  query CommunityMovieReviews($id: ID!, $sort: ReviewSort, $first: Int, $after: String) {\n    movie(id: $id) {\n      reviews(sort: $sort, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            title\n            helpfulCount\n            authorRating\n            containsSpoilers\n            markedHelpfulByMe\n          }\n        }\n      }\n    }\n  }\n": types.CommunityMovieReviewsDocument,
    "\n          query CommunityMovies {\n            movies(sort: TITLE_ASC) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": types.CommunityMoviesDocument,
    "\n          mutation CommunityPublic($isPublic: Boolean!) {\n            setWatchlistPublic(isPublic: $isPublic) {\n              username\n              watchlistPublic\n            }\n          }\n        ": types.CommunityPublicDocument,
    "\n  mutation ReviewsRateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      averageRating\n      ratingCount\n      myRating\n      ratingDistribution {\n        score\n        count\n        percent\n      }\n    }\n  }\n": types.ReviewsRateMovieDocument,
    "\n  mutation ReviewsCreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      id\n      title\n      body\n      author {\n        username\n      }\n      movie {\n        id\n      }\n    }\n  }\n": types.ReviewsCreateReviewDocument,
    "\n  mutation ReviewsUpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n": types.ReviewsUpdateReviewDocument,
    "\n  mutation ReviewsDeleteReview($id: ID!) {\n    deleteReview(id: $id) {\n      id\n      movie {\n        id\n        reviews {\n          totalCount\n        }\n      }\n    }\n  }\n": types.ReviewsDeleteReviewDocument,
    "\n  query ReviewsMovie($id: ID!) {\n    movie(id: $id) {\n      averageRating\n      ratingCount\n      myRating\n      myReview {\n        id\n        title\n      }\n      reviews {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            author {\n              username\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReviewsMovieDocument,
    "\n          query ReviewsMovies {\n            movies(sort: TITLE_ASC) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.ReviewsMoviesDocument,
    "\n          mutation ReviewsLogin($input: LoginInput!) {\n            login(input: $input) {\n              token\n            }\n          }\n        ": types.ReviewsLoginDocument,
    "\n          mutation ReviewsRemoveRating($id: ID!) {\n            removeRating(movieId: $id) {\n              ratingCount\n              averageRating\n              myRating\n            }\n          }\n        ": types.ReviewsRemoveRatingDocument,
    "\n          query ReviewsMovie2($id: ID!) {\n            movie(id: $id) {\n              ratingCount\n              averageRating\n              ratingDistribution {\n                count\n              }\n            }\n          }\n        ": types.ReviewsMovie2Document,
    "\n          query ReviewsMe {\n            me {\n              ratings {\n                edges {\n                  node {\n                    score\n                    movie {\n                      title\n                    }\n                  }\n                }\n              }\n              reviews {\n                edges {\n                  node {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        ": types.ReviewsMeDocument,
    "\n          query ReviewsMovie3($id: ID!) {\n            movie(id: $id) {\n              reviews {\n                edges {\n                  node {\n                    author {\n                      username\n                      email\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": types.ReviewsMovie3Document,
    "\n  mutation ReplicaRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      ratingCount\n    }\n  }\n": types.ReplicaRateDocument,
    "\n  query ReplicaRatingCount($id: ID!) {\n    movie(id: $id) {\n      ratingCount\n    }\n  }\n": types.ReplicaRatingCountDocument,
    "\n  query ReplicaFirstMovie {\n    movies(first: 1, sort: TITLE_ASC) {\n      totalCount\n      edges {\n        node {\n          id\n          ratingCount\n        }\n      }\n    }\n  }\n": types.ReplicaFirstMovieDocument,
    "\n          query DemoCommunityFirstStart {\n            movies(sort: TOP_RATED, first: 10) {\n              edges {\n                node {\n                  title\n                  ratingCount\n                  averageRating\n                  reviews(sort: HELPFUL, first: 1) {\n                    totalCount\n                  }\n                }\n              }\n            }\n            ada: user(username: \"ada_reels\") {\n              stats {\n                ratingCount\n                favouriteGenres {\n                  genre {\n                    name\n                  }\n                }\n              }\n              reviews {\n                totalCount\n                edges {\n                  node {\n                    authorRating\n                    helpfulCount\n                  }\n                }\n              }\n              watchlist {\n                totalCount\n              }\n            }\n          }\n        ": types.DemoCommunityFirstStartDocument,
    "\n        mutation DemoCommunityLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      ": types.DemoCommunityLoginDocument,
    "\n          query DemoCommunityAlien {\n            movies(filter: { search: \"alien\" }, first: 2) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        ": types.DemoCommunityAlienDocument,
    "\n          mutation DemoCommunityRate($input: RateMovieInput!) {\n            rateMovie(input: $input) {\n              id\n            }\n          }\n        ": types.DemoCommunityRateDocument,
    "\n          query DemoCommunityForYou {\n            recommendedForMe(first: 5) {\n              movie {\n                title\n              }\n              reason\n            }\n          }\n        ": types.DemoCommunityForYouDocument,
    "\n  subscription ChatClientsMessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) {\n      id\n      eventId\n      content\n      createdAt\n      author {\n        username\n      }\n      room {\n        slug\n      }\n    }\n  }\n": types.ChatClientsMessageAddedDocument,
    "\n      mutation HarnessSignup($input: SignupInput!) {\n        signup(input: $input) {\n          token\n          user {\n            id\n          }\n        }\n      }\n    ": types.HarnessSignupDocument,
    "\n        mutation HarnessLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      ": types.HarnessLoginDocument,
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
export function graphql(source: "\n        query AxeRoutes {\n          movies(first: 1, filter: { search: \"Alien\" }) {\n            edges {\n              node {\n                id\n                director {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AxeRoutes {\n          movies(first: 1, filter: { search: \"Alien\" }) {\n            edges {\n              node {\n                id\n                director {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccountFlowMovies {\n          movies(filter: { search: \"Casablanca\" }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AccountFlowMovies {\n          movies(filter: { search: \"Casablanca\" }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeMovie($id: ID!) {\n    movie(id: $id) {\n      title\n      releaseYear\n      director {\n        name\n      }\n      mainActors {\n        name\n      }\n      genres {\n        name\n      }\n      posterUrl\n      small: posterUrl(width: 185)\n    }\n  }\n"): (typeof documents)["\n  query BackOfficeMovie($id: ID!) {\n    movie(id: $id) {\n      title\n      releaseYear\n      director {\n        name\n      }\n      mainActors {\n        name\n      }\n      genres {\n        name\n      }\n      posterUrl\n      small: posterUrl(width: 185)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BackOfficeCasablanca {\n          movies(filter: { search: \"casablanca\" }, first: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query BackOfficeCasablanca {\n          movies(filter: { search: \"casablanca\" }, first: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BackOfficeSpam($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation BackOfficeSpam($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BackOfficeAlien {\n          movies(filter: { search: \"alien\" }, first: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query BackOfficeAlien {\n          movies(filter: { search: \"alien\" }, first: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BackOfficeSpam2($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation BackOfficeSpam2($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BackOfficeLog {\n          auditLog(targetType: \"Review\", first: 1) {\n            edges {\n              node {\n                reason\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query BackOfficeLog {\n          auditLog(targetType: \"Review\", first: 1) {\n            edges {\n              node {\n                reason\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AdminImportMovies {\n            movies {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AdminImportMovies {\n            movies {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AdminImportMovies2 {\n            movies {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AdminImportMovies2 {\n            movies {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BotMovieTitle($id: ID!) {\n          movie(id: $id) {\n            title\n          }\n        }\n      "): (typeof documents)["\n        query BotMovieTitle($id: ID!) {\n          movie(id: $id) {\n            title\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowseMovies {\n          movies {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query BrowseMovies {\n          movies {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowseMovies2 {\n          movies(filter: { genres: [\"Western\"], yearFrom: 1990, yearTo: 1999 }) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query BrowseMovies2 {\n          movies(filter: { genres: [\"Western\"], yearFrom: 1990, yearTo: 1999 }) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowseMovies3 {\n          movies(filter: { search: \"nolan\" }) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query BrowseMovies3 {\n          movies(filter: { search: \"nolan\" }) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ChatCreateRoom {\n            createRoom(input: { name: \"Archive\" }) {\n              slug\n            }\n          }\n        "): (typeof documents)["\n          mutation ChatCreateRoom {\n            createRoom(input: { name: \"Archive\" }) {\n              slug\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ChatSendMessage($input: SendMessageInput!) {\n              sendMessage(input: $input) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation ChatSendMessage($input: SendMessageInput!) {\n              sendMessage(input: $input) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ChatRoom {\n          room(slug: \"film-club\") {\n            messages(last: 1) {\n              author {\n                username\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ChatRoom {\n          room(slug: \"film-club\") {\n            messages(last: 1) {\n              author {\n                username\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolishMovie {\n          movies(first: 1, filter: { search: \"Casablanca\" }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PolishMovie {\n          movies(first: 1, filter: { search: \"Casablanca\" }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolishMyReview($id: ID!) {\n            movie(id: $id) {\n              myReview {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PolishMyReview($id: ID!) {\n            movie(id: $id) {\n              myReview {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolishSend($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PolishSend($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolishPosters {\n          movies(first: 100) {\n            edges {\n              node {\n                title\n                posterUrl\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PolishPosters {\n          movies(first: 100) {\n            edges {\n              node {\n                title\n                posterUrl\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityBrowserFind($q: String!) {\n    movies(filter: { search: $q }, first: 1) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityBrowserFind($q: String!) {\n    movies(filter: { search: $q }, first: 1) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CommunityBrowserRate($input: RateMovieInput!) {\n            rateMovie(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CommunityBrowserRate($input: RateMovieInput!) {\n            rateMovie(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SearchCount {\n          movies(filter: { search: \"alien\" }) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query SearchCount {\n          movies(filter: { search: \"alien\" }) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AbuseMovies {\n        movies(first: 100) {\n          edges {\n            node {\n              similar(limit: 20) {\n                movie {\n                  director {\n                    directed {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AbuseMovies {\n        movies(first: 100) {\n          edges {\n            node {\n              similar(limit: 20) {\n                movie {\n                  director {\n                    directed {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AbuseLogin($input: LoginInput!) {\n              login(input: $input) {\n                token\n              }\n            }\n          "): (typeof documents)["\n            mutation AbuseLogin($input: LoginInput!) {\n              login(input: $input) {\n                token\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseLogin2($input: LoginInput!) {\n            login(input: $input) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseLogin2($input: LoginInput!) {\n            login(input: $input) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseSignup($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseSignup($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AbuseRooms {\n            rooms(first: 5) {\n              slug\n            }\n          }\n        "): (typeof documents)["\n          query AbuseRooms {\n            rooms(first: 5) {\n              slug\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AbuseRooms2($after: String) {\n            rooms(first: 5, after: $after) {\n              slug\n            }\n          }\n        "): (typeof documents)["\n          query AbuseRooms2($after: String) {\n            rooms(first: 5, after: $after) {\n              slug\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseSignup2($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseSignup2($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseCreateReview($input: CreateReviewInput!) {\n            createReview(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseCreateReview($input: CreateReviewInput!) {\n            createReview(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseCreateRoom($input: CreateRoomInput!) {\n            createRoom(input: $input) {\n              slug\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseCreateRoom($input: CreateRoomInput!) {\n            createRoom(input: $input) {\n              slug\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AbuseMovies2($s: String) {\n            movies(filter: { search: $s }) {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AbuseMovies2($s: String) {\n            movies(filter: { search: $s }) {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AbuseMovies3($g: [String!]) {\n            movies(filter: { genres: $g }) {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AbuseMovies3($g: [String!]) {\n            movies(filter: { genres: $g }) {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseSendMessage($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseSendMessage($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AbuseSignup3($input: SignupInput!) {\n          signup(input: $input) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation AbuseSignup3($input: SignupInput!) {\n          signup(input: $input) {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AbuseAskBot($input: AskBotInput!) {\n          askBot(input: $input) {\n            text\n          }\n        }\n      "): (typeof documents)["\n        mutation AbuseAskBot($input: AskBotInput!) {\n          askBot(input: $input) {\n            text\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AbuseAskBot2($input: AskBotInput!) {\n          askBot(input: $input) {\n            text\n          }\n        }\n      "): (typeof documents)["\n        mutation AbuseAskBot2($input: AskBotInput!) {\n          askBot(input: $input) {\n            text\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseCreateReview2 {\n            createReview(input: { movieId: \"2\", title: \"Once\", body: \"Only once.\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseCreateReview2 {\n            createReview(input: { movieId: \"2\", title: \"Once\", body: \"Only once.\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AbuseDeleteReview($id: ID!) {\n              deleteReview(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AbuseDeleteReview($id: ID!) {\n              deleteReview(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AbuseImportMovies($file: Upload!) {\n        importMovies(file: $file) {\n          total\n        }\n      }\n    "): (typeof documents)["\n      mutation AbuseImportMovies($file: Upload!) {\n        importMovies(file: $file) {\n          total\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseCreateRoom2 {\n            createRoom(input: { name: \"Leavers\" }) {\n              slug\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseCreateRoom2 {\n            createRoom(input: { name: \"Leavers\" }) {\n              slug\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseLogout {\n            logout\n          }\n        "): (typeof documents)["\n          mutation AbuseLogout {\n            logout\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseCreateRoom3 {\n            createRoom(input: { name: \"Hoard\" }) {\n              slug\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseCreateRoom3 {\n            createRoom(input: { name: \"Hoard\" }) {\n              slug\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AbuseSchema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AbuseSchema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObservabilityMovies {\n    movies(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ObservabilityMovies {\n    movies(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OperationLimitsMovies {\n            movies(first: 10) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query OperationLimitsMovies {\n            movies(first: 10) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OperationLimitsMovies2 {\n            movies {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query OperationLimitsMovies2 {\n            movies {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OperationLimitsMovie {\n            movie(id: 1) {\n              similar {\n                movie {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query OperationLimitsMovie {\n            movie(id: 1) {\n              similar {\n                movie {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SharedThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstancesAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      movies {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InstancesAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      movies {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedThrottleSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SharedThrottleSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LbSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LbSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LbLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LbLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LbAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      movies {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LbAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      movies {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LbCreateRoom($name: String!) {\n    createRoom(input: { name: $name }) {\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation LbCreateRoom($name: String!) {\n    createRoom(input: { name: $name }) {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LbSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      eventId\n    }\n  }\n"): (typeof documents)["\n  mutation LbSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      eventId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        isAdmin\n        createdAt\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsSignup($input: SignupInput!) {\n    signup(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        isAdmin\n        createdAt\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsMe {\n    me {\n      id\n      username\n      email\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query AccountsMe {\n    me {\n      id\n      username\n      email\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AccountsLogout {\n                logout\n              }\n            "): (typeof documents)["\n              mutation AccountsLogout {\n                logout\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccountsAdminLogin($input: LoginInput!) {\n              login(input: $input) {\n                token\n                user {\n                  username\n                  isAdmin\n                }\n              }\n            }\n          "): (typeof documents)["\n            mutation AccountsAdminLogin($input: LoginInput!) {\n              login(input: $input) {\n                token\n                user {\n                  username\n                  isAdmin\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserAdminSetUserRole($userId: ID!, $isAdmin: Boolean!) {\n    setUserRole(userId: $userId, isAdmin: $isAdmin) {\n      id\n      isAdmin\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation UserAdminSetUserRole($userId: ID!, $isAdmin: Boolean!) {\n    setUserRole(userId: $userId, isAdmin: $isAdmin) {\n      id\n      isAdmin\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserAdminDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation UserAdminDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserAdminReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation UserAdminReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserAdminUsers($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          username\n          isAdmin\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserAdminUsers($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          username\n          isAdmin\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserAdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation UserAdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UserAdminMe {\n            me {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query UserAdminMe {\n            me {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UserAdminCreateRoom($name: String!) {\n          createRoom(input: { name: $name }) {\n            slug\n          }\n        }\n      "): (typeof documents)["\n        mutation UserAdminCreateRoom($name: String!) {\n          createRoom(input: { name: $name }) {\n            slug\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query UserAdminMe2 {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query UserAdminMe2 {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AiProvidersAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      provider\n      text\n      movies {\n        id\n        title\n        releaseYear\n        genres {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AiProvidersAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      provider\n      text\n      movies {\n        id\n        title\n        releaseYear\n        genres {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AiProvidersMovies($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AiProvidersMovies($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            subscription AiProvidersAskBotStream($input: AskBotInput!) {\n              askBotStream(input: $input) {\n                delta\n                done\n                reply {\n                  provider\n                  text\n                  movies {\n                    title\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            subscription AiProvidersAskBotStream($input: AskBotInput!) {\n              askBotStream(input: $input) {\n                delta\n                done\n                reply {\n                  provider\n                  text\n                  movies {\n                    title\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BotAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      provider\n      text\n      movies {\n        id\n        title\n        releaseYear\n        description\n        genres {\n          name\n        }\n        director {\n          name\n        }\n        mainActors {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BotAskBot($input: AskBotInput!) {\n    askBot(input: $input) {\n      conversationId\n      intent\n      provider\n      text\n      movies {\n        id\n        title\n        releaseYear\n        description\n        genres {\n          name\n        }\n        director {\n          name\n        }\n        mainActors {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotAlienFilms {\n    movies(filter: { search: \"alien\" }, first: 2) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BotAlienFilms {\n    movies(filter: { search: \"alien\" }, first: 2) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BotRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BotRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotForMe {\n    recommendedForMe(first: 3) {\n      movie {\n        title\n      }\n      reason\n    }\n  }\n"): (typeof documents)["\n  query BotForMe {\n    recommendedForMe(first: 3) {\n      movie {\n        title\n      }\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BotMovies($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  title\n                  genres {\n                    name\n                  }\n                  director {\n                    name\n                  }\n                  mainActors {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query BotMovies($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  title\n                  genres {\n                    name\n                  }\n                  director {\n                    name\n                  }\n                  mainActors {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            subscription BotAskBotStream {\n              askBotStream(input: { message: \"war films\" }) {\n                delta\n                done\n                reply {\n                  intent\n                  provider\n                  text\n                  movies {\n                    genres {\n                      name\n                    }\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            subscription BotAskBotStream {\n              askBotStream(input: { message: \"war films\" }) {\n                delta\n                done\n                reply {\n                  intent\n                  provider\n                  text\n                  movies {\n                    genres {\n                      name\n                    }\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMovieFields on Movie {\n    id\n    title\n    releaseYear\n    description\n    director {\n      id\n      name\n    }\n    mainActors {\n      id\n      name\n    }\n    genres {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminMovieFields on Movie {\n    id\n    title\n    releaseYear\n    description\n    director {\n      id\n      name\n    }\n    mainActors {\n      id\n      name\n    }\n    genres {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateMovie($input: MovieInput!) {\n    createMovie(input: $input) {\n      ...AdminMovieFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateMovie($input: MovieInput!) {\n    createMovie(input: $input) {\n      ...AdminMovieFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateMovie($id: ID!, $input: MovieInput!) {\n    updateMovie(id: $id, input: $input) {\n      ...AdminMovieFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateMovie($id: ID!, $input: MovieInput!) {\n    updateMovie(id: $id, input: $input) {\n      ...AdminMovieFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMovie($id: ID!) {\n    movie(id: $id) {\n      ...AdminMovieFields\n    }\n  }\n"): (typeof documents)["\n  query AdminMovie($id: ID!) {\n    movie(id: $id) {\n      ...AdminMovieFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSearch($q: String!) {\n    movies(filter: { search: $q }) {\n      totalCount\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSearch($q: String!) {\n    movies(filter: { search: $q }) {\n      totalCount\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeople($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          filmCount\n          actedIn {\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPeople($search: String!) {\n    people(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          filmCount\n          actedIn {\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAudit($targetType: String, $targetId: String) {\n    auditLog(targetType: $targetType, targetId: $targetId, first: 10) {\n      totalCount\n      edges {\n        node {\n          action\n          targetType\n          targetId\n          reason\n          before\n          after\n          actor {\n            username\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAudit($targetType: String, $targetId: String) {\n    auditLog(targetType: $targetType, targetId: $targetId, first: 10) {\n      totalCount\n      edges {\n        node {\n          action\n          targetType\n          targetId\n          reason\n          before\n          after\n          actor {\n            username\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AdminSetup {\n            genres {\n              id\n              name\n            }\n            movies(first: 10) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AdminSetup {\n            genres {\n              id\n              name\n            }\n            movies(first: 10) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AdminMergeForbidden {\n          mergePeople(keepId: \"1\", mergeIds: [\"2\"]) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AdminMergeForbidden {\n          mergePeople(keepId: \"1\", mergeIds: [\"2\"]) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AdminDeleteMovie($id: ID!) {\n          deleteMovie(id: $id)\n        }\n      "): (typeof documents)["\n        mutation AdminDeleteMovie($id: ID!) {\n          deleteMovie(id: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AdminMergePeople($keepId: ID!, $mergeIds: [ID!]!) {\n            mergePeople(keepId: $keepId, mergeIds: $mergeIds) {\n              id\n              name\n              filmCount\n            }\n          }\n        "): (typeof documents)["\n          mutation AdminMergePeople($keepId: ID!, $mergeIds: [ID!]!) {\n            mergePeople(keepId: $keepId, mergeIds: $mergeIds) {\n              id\n              name\n              filmCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AdminMergeSelf($keepId: ID!) {\n          mergePeople(keepId: $keepId, mergeIds: [$keepId]) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AdminMergeSelf($keepId: ID!) {\n          mergePeople(keepId: $keepId, mergeIds: [$keepId]) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AdminDeleteGenre($id: ID!) {\n        deleteGenre(id: $id)\n      }\n    "): (typeof documents)["\n      mutation AdminDeleteGenre($id: ID!) {\n        deleteGenre(id: $id)\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AdminMergeGenres($keepId: ID!, $mergeIds: [ID!]!) {\n            mergeGenres(keepId: $keepId, mergeIds: $mergeIds) {\n              id\n              name\n            }\n          }\n        "): (typeof documents)["\n          mutation AdminMergeGenres($keepId: ID!, $mergeIds: [ID!]!) {\n            mergeGenres(keepId: $keepId, mergeIds: $mergeIds) {\n              id\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AdminCreateGenre($name: String!) {\n            createGenre(name: $name) {\n              id\n              name\n            }\n          }\n        "): (typeof documents)["\n          mutation AdminCreateGenre($name: String!) {\n            createGenre(name: $name) {\n              id\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AdminRenameGenre($id: ID!, $name: String!) {\n          updateGenre(id: $id, name: $name) {\n            name\n          }\n        }\n      "): (typeof documents)["\n        mutation AdminRenameGenre($id: ID!, $name: String!) {\n          updateGenre(id: $id, name: $name) {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AdminRateForBrowse($input: RateMovieInput!) {\n          rateMovie(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AdminRateForBrowse($input: RateMovieInput!) {\n          rateMovie(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AdminSpamReview($input: CreateReviewInput!) {\n            createReview(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AdminSpamReview($input: CreateReviewInput!) {\n            createReview(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AdminRemoveReview($id: ID!, $reason: String) {\n            deleteReview(id: $id, reason: $reason) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AdminRemoveReview($id: ID!, $reason: String) {\n            deleteReview(id: $id, reason: $reason) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AdminRatings($movieId: ID) {\n            ratings(movieId: $movieId, first: 5) {\n              totalCount\n              edges {\n                node {\n                  score\n                  user {\n                    username\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AdminRatings($movieId: ID) {\n            ratings(movieId: $movieId, first: 5) {\n              totalCount\n              edges {\n                node {\n                  score\n                  user {\n                    username\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AdminDeactivate($userId: ID!) {\n          deactivateUser(userId: $userId) {\n            isActive\n          }\n        }\n      "): (typeof documents)["\n        mutation AdminDeactivate($userId: ID!) {\n          deactivateUser(userId: $userId) {\n            isActive\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueMovies {\n            movies(first: 100) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueMovies {\n            movies(first: 100) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CatalogueByMovieId1($id: ID!) {\n              movie(id: $id) {\n                director {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query CatalogueByMovieId1($id: ID!) {\n              movie(id: $id) {\n                director {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CatalogueMovie {\n              movie(id: \"999999\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query CatalogueMovie {\n              movie(id: \"999999\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueMovie2 {\n          movie(id: \"abc\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueMovie2 {\n          movie(id: \"abc\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueByMovieId2($id: ID!) {\n            movie(id: $id) {\n              averageRating\n              ratingDistribution {\n                score\n                percent\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueByMovieId2($id: ID!) {\n            movie(id: $id) {\n              averageRating\n              ratingDistribution {\n                score\n                percent\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueByMovieId3($id: ID!) {\n            movie(id: $id) {\n              averageRating\n              ratingCount\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueByMovieId3($id: ID!) {\n            movie(id: $id) {\n              averageRating\n              ratingCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueByMovieId4($id: ID!) {\n            movie(id: $id) {\n              similar(limit: 2) {\n                movie {\n                  title\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueByMovieId4($id: ID!) {\n            movie(id: $id) {\n              similar(limit: 2) {\n                movie {\n                  title\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueByMovieId5($id: ID!) {\n            movie(id: $id) {\n              similar {\n                movie {\n                  title\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueByMovieId5($id: ID!) {\n            movie(id: $id) {\n              similar {\n                movie {\n                  title\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueByMovieId6($id: ID!) {\n          movie(id: $id) {\n            similar(limit: 21) {\n              movie {\n                title\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CatalogueByMovieId6($id: ID!) {\n          movie(id: $id) {\n            similar(limit: 21) {\n              movie {\n                title\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CatalogueMovie3($id: ID!, $after: String) {\n        movie(id: $id) {\n          reviews(first: 2, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                title\n                author {\n                  username\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CatalogueMovie3($id: ID!, $after: String) {\n        movie(id: $id) {\n          reviews(first: 2, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                title\n                author {\n                  username\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CatalogueMovies2($after: String) {\n              movies(first: 3, sort: YEAR_ASC, after: $after) {\n                totalCount\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                edges {\n                  node {\n                    title\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query CatalogueMovies2($after: String) {\n              movies(first: 3, sort: YEAR_ASC, after: $after) {\n                totalCount\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                edges {\n                  node {\n                    title\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueByMovieId7($id: ID!) {\n            movie(id: $id) {\n              director {\n                id\n              }\n              mainActors {\n                id\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueByMovieId7($id: ID!) {\n            movie(id: $id) {\n              director {\n                id\n              }\n              mainActors {\n                id\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueGenres {\n            genres {\n              name\n              movieCount\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueGenres {\n            genres {\n              name\n              movieCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueDirectors {\n            directors(search: \"DOE\") {\n              totalCount\n              edges {\n                node {\n                  name\n                  directed {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueDirectors {\n            directors(search: \"DOE\") {\n              totalCount\n              edges {\n                node {\n                  name\n                  directed {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueActors {\n            actors(search: \"zoe\") {\n              edges {\n                node {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueActors {\n            actors(search: \"zoe\") {\n              edges {\n                node {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueByActorId8($id: ID!) {\n            person(id: $id) {\n              name\n              actedIn {\n                title\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueByActorId8($id: ID!) {\n            person(id: $id) {\n              name\n              actedIn {\n                title\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueDirector {\n            director(id: \"999999\") {\n              name\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueDirector {\n            director(id: \"999999\") {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CatalogueActors2($after: String) {\n              actors(first: 2, after: $after) {\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                edges {\n                  node {\n                    lastName\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query CatalogueActors2($after: String) {\n              actors(first: 2, after: $after) {\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n                edges {\n                  node {\n                    lastName\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PosterUpload($movieId: ID!, $file: Upload!) {\n    uploadPoster(movieId: $movieId, file: $file) {\n      id\n      posterUrl\n      small: posterUrl(width: 185)\n      large: posterUrl(width: 500)\n      huge: posterUrl(width: 2000)\n    }\n  }\n"): (typeof documents)["\n  mutation PosterUpload($movieId: ID!, $file: Upload!) {\n    uploadPoster(movieId: $movieId, file: $file) {\n      id\n      posterUrl\n      small: posterUrl(width: 185)\n      large: posterUrl(width: 500)\n      huge: posterUrl(width: 2000)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PosterMovie {\n            movies(first: 1) {\n              edges {\n                node {\n                  id\n                  posterUrl\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PosterMovie {\n            movies(first: 1) {\n              edges {\n                node {\n                  id\n                  posterUrl\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMovies($search: String!, $first: Int, $after: String, $sort: MovieSort) {\n    movies(filter: { search: $search }, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          director {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchMovies($search: String!, $first: Int, $after: String, $sort: MovieSort) {\n    movies(filter: { search: $search }, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          director {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMovieIds($search: String!, $first: Int, $sort: MovieSort) {\n    movies(filter: { search: $search }, first: $first, sort: $sort) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchMovieIds($search: String!, $first: Int, $sort: MovieSort) {\n    movies(filter: { search: $search }, first: $first, sort: $sort) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSuggestions($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      __typename\n      ... on MovieHit {\n        highlight\n        movie {\n          id\n          title\n        }\n      }\n      ... on PersonHit {\n        highlight\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSuggestions($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      __typename\n      ... on MovieHit {\n        highlight\n        movie {\n          id\n          title\n        }\n      }\n      ... on PersonHit {\n        highlight\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      directedCount\n      actedInCount\n      averageRating\n      ratingCount\n      directed {\n        title\n        releaseYear\n      }\n      actedIn {\n        title\n        releaseYear\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      directedCount\n      actedInCount\n      averageRating\n      ratingCount\n      directed {\n        title\n        releaseYear\n      }\n      actedIn {\n        title\n        releaseYear\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Page($first: Int!) {\n    movies(first: $first, sort: TITLE_ASC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          description\n          releaseYear\n          posterUrl\n          averageRating\n          ratingCount\n          ratingDistribution {\n            score\n            count\n            percent\n          }\n          director {\n            id\n            name\n            directed {\n              id\n              title\n            }\n          }\n          mainActors {\n            id\n            name\n            firstName\n            lastName\n          }\n          genres {\n            id\n            name\n            movieCount\n          }\n          reviews(first: 3) {\n            totalCount\n            pageInfo {\n              hasNextPage\n            }\n            edges {\n              node {\n                id\n                title\n                body\n                author {\n                  id\n                  username\n                }\n              }\n            }\n          }\n          similar(limit: 5) {\n            sharedGenreCount\n            sharedGenres {\n              name\n            }\n            movie {\n              id\n              title\n              averageRating\n              director {\n                name\n              }\n              genres {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Page($first: Int!) {\n    movies(first: $first, sort: TITLE_ASC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          description\n          releaseYear\n          posterUrl\n          averageRating\n          ratingCount\n          ratingDistribution {\n            score\n            count\n            percent\n          }\n          director {\n            id\n            name\n            directed {\n              id\n              title\n            }\n          }\n          mainActors {\n            id\n            name\n            firstName\n            lastName\n          }\n          genres {\n            id\n            name\n            movieCount\n          }\n          reviews(first: 3) {\n            totalCount\n            pageInfo {\n              hasNextPage\n            }\n            edges {\n              node {\n                id\n                title\n                body\n                author {\n                  id\n                  username\n                }\n              }\n            }\n          }\n          similar(limit: 5) {\n            sharedGenreCount\n            sharedGenres {\n              name\n            }\n            movie {\n              id\n              title\n              averageRating\n              director {\n                name\n              }\n              genres {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsDetail($id: ID!) {\n    movie(id: $id) {\n      title\n      director {\n        name\n      }\n      mainActors {\n        name\n      }\n      genres {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsDetail($id: ID!) {\n    movie(id: $id) {\n      title\n      director {\n        name\n      }\n      mainActors {\n        name\n      }\n      genres {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetailWithReviews($id: ID!, $first: Int = 5) {\n    movie(id: $id) {\n      director {\n        name\n      }\n      reviews(first: $first) {\n        edges {\n          node {\n            title\n            author {\n              username\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DetailWithReviews($id: ID!, $first: Int = 5) {\n    movie(id: $id) {\n      director {\n        name\n      }\n      reviews(first: $first) {\n        edges {\n          node {\n            title\n            author {\n              username\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ChatKafkaSendMessage($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n              eventId\n            }\n          }\n        "): (typeof documents)["\n          mutation ChatKafkaSendMessage($input: SendMessageInput!) {\n            sendMessage(input: $input) {\n              id\n              eventId\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ChatKafkaSignup($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation ChatKafkaSignup($input: SignupInput!) {\n            signup(input: $input) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ChatKafkaCreateRoom {\n          createRoom(input: { name: \"Kafka Lounge\" }) {\n            slug\n          }\n        }\n      "): (typeof documents)["\n        mutation ChatKafkaCreateRoom {\n          createRoom(input: { name: \"Kafka Lounge\" }) {\n            slug\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ChatKafkaSignup2($input: SignupInput!) {\n          signup(input: $input) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation ChatKafkaSignup2($input: SignupInput!) {\n          signup(input: $input) {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ChatKafkaLogout {\n          logout\n        }\n      "): (typeof documents)["\n        mutation ChatKafkaLogout {\n          logout\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ChatKafkaRetry($input: SendMessageInput!) {\n        sendMessage(input: $input) {\n          id\n          eventId\n        }\n      }\n    "): (typeof documents)["\n      mutation ChatKafkaRetry($input: SendMessageInput!) {\n        sendMessage(input: $input) {\n          id\n          eventId\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatCreateRoom2($name: String!) {\n    createRoom(input: { name: $name }) {\n      id\n      name\n      slug\n      createdAt\n      createdBy {\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatCreateRoom2($name: String!) {\n    createRoom(input: { name: $name }) {\n      id\n      name\n      slug\n      createdAt\n      createdBy {\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatSendMessage2($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      eventId\n      content\n      author {\n        username\n      }\n      room {\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatSendMessage2($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      eventId\n      content\n      author {\n        username\n      }\n      room {\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRoom2($slug: String!, $last: Int, $before: String) {\n    room(slug: $slug) {\n      messages(last: $last, before: $before) {\n        id\n        content\n        author {\n          username\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatRoom2($slug: String!, $last: Int, $before: String) {\n    room(slug: $slug) {\n      messages(last: $last, before: $before) {\n        id\n        content\n        author {\n          username\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ChatRooms {\n            rooms {\n              slug\n            }\n          }\n        "): (typeof documents)["\n          query ChatRooms {\n            rooms {\n              slug\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription ChatMessageAdded {\n        messageAdded(roomSlug: \"film-noir-fans\") {\n          content\n          room {\n            createdBy {\n              username\n              email\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      subscription ChatMessageAdded {\n        messageAdded(roomSlug: \"film-noir-fans\") {\n          content\n          room {\n            createdBy {\n              username\n              email\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription ChatRoomPresence($room: String!) {\n        roomPresence(roomSlug: $room) {\n          roomSlug\n          users {\n            username\n          }\n          joined {\n            username\n          }\n          left {\n            username\n          }\n        }\n      }\n    "): (typeof documents)["\n      subscription ChatRoomPresence($room: String!) {\n        roomPresence(roomSlug: $room) {\n          roomSlug\n          users {\n            username\n          }\n          joined {\n            username\n          }\n          left {\n            username\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ChatRoom3 {\n              room(slug: \"film-noir-fans\") {\n                present {\n                  username\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ChatRoom3 {\n              room(slug: \"film-noir-fans\") {\n                present {\n                  username\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ChatMe {\n            me {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query ChatMe {\n            me {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Import($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      moviesUpdated\n      missingPosters\n      errors {\n        index\n        title\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Import($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      moviesUpdated\n      missingPosters\n      errors {\n        index\n        title\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ImportUploadMovies {\n            movies {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query ImportUploadMovies {\n            movies {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ImportUploadImportMoviesJson {\n          importMoviesJson(records: [{ title: \"Sneaky\", releaseYear: 2000 }]) {\n            total\n          }\n        }\n      "): (typeof documents)["\n        mutation ImportUploadImportMoviesJson {\n          importMoviesJson(records: [{ title: \"Sneaky\", releaseYear: 2000 }]) {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ImportUploadImportMoviesJson2($records: [MovieImportInput!]!) {\n          importMoviesJson(records: $records) {\n            total\n            moviesCreated\n            errors {\n              index\n              message\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ImportUploadImportMoviesJson2($records: [MovieImportInput!]!) {\n          importMoviesJson(records: $records) {\n            total\n            moviesCreated\n            errors {\n              index\n              message\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ImportMovies($s: String) {\n        movies(first: 100, filter: { search: $s }) {\n          edges {\n            node {\n              title\n              description\n              director {\n                name\n              }\n              mainActors {\n                name\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ImportMovies($s: String) {\n        movies(first: 100, filter: { search: $s }) {\n          edges {\n            node {\n              title\n              description\n              director {\n                name\n              }\n              mainActors {\n                name\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ImportMovies2 {\n            movies(first: 100, sort: TITLE_ASC) {\n              totalCount\n              edges {\n                node {\n                  title\n                  posterUrl\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ImportMovies2 {\n            movies(first: 100, sort: TITLE_ASC) {\n              totalCount\n              edges {\n                node {\n                  title\n                  posterUrl\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ImportMovies3($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  title\n                  director {\n                    name\n                  }\n                  mainActors {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ImportMovies3($s: String) {\n            movies(filter: { search: $s }) {\n              edges {\n                node {\n                  title\n                  director {\n                    name\n                  }\n                  mainActors {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ImportMovies4 {\n            movies(filter: { search: \"xylo\" }, sort: TITLE_ASC) {\n              edges {\n                node {\n                  title\n                  releaseYear\n                  posterUrl\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ImportMovies4 {\n            movies(filter: { search: \"xylo\" }, sort: TITLE_ASC) {\n              edges {\n                node {\n                  title\n                  releaseYear\n                  posterUrl\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ImportMovies5 {\n            movies(filter: { search: \"qwerty\" }) {\n              edges {\n                node {\n                  description\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ImportMovies5 {\n            movies(filter: { search: \"qwerty\" }) {\n              edges {\n                node {\n                  description\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ImportMovies6 {\n            movies {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query ImportMovies6 {\n            movies {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ImportMovies7 {\n              movies {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query ImportMovies7 {\n              movies {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ZipImport($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      missingPosters\n      postersNotImages\n      errors {\n        index\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ZipImport($file: Upload!) {\n    importMovies(file: $file) {\n      total\n      moviesCreated\n      missingPosters\n      postersNotImages\n      errors {\n        index\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ZipImportPosters {\n            movies(first: 100) {\n              edges {\n                node {\n                  posterUrl\n                  small: posterUrl(width: 185)\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ZipImportPosters {\n            movies(first: 100) {\n              edges {\n                node {\n                  posterUrl\n                  small: posterUrl(width: 185)\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationsForMe($first: Int) {\n    recommendedForMe(first: $first) {\n      movie {\n        id\n        title\n      }\n      score\n      reason\n      because {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationsForMe($first: Int) {\n    recommendedForMe(first: $first) {\n      movie {\n        id\n        title\n      }\n      score\n      reason\n      because {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecommendationsRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecommendationsRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RecommendationsMovies {\n            movies(first: 20) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query RecommendationsMovies {\n            movies(first: 20) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RecommendationsReview($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RecommendationsReview($input: CreateReviewInput!) {\n          createReview(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RecommendationsWatch($movieId: ID!) {\n          addToWatchlist(movieId: $movieId) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RecommendationsWatch($movieId: ID!) {\n          addToWatchlist(movieId: $movieId) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityWatch($movieId: ID!) {\n    addToWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityWatch($movieId: ID!) {\n    addToWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityUnwatch($movieId: ID!) {\n    removeFromWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityUnwatch($movieId: ID!) {\n    removeFromWatchlist(movieId: $movieId) {\n      id\n      inMyWatchlist\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      inMyWatchlist\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      inMyWatchlist\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      id\n      containsSpoilers\n      authorRating\n      helpfulCount\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      id\n      containsSpoilers\n      authorRating\n      helpfulCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityHelpful($reviewId: ID!, $helpful: Boolean!) {\n    markReviewHelpful(reviewId: $reviewId, helpful: $helpful) {\n      id\n      helpfulCount\n      markedHelpfulByMe\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityHelpful($reviewId: ID!, $helpful: Boolean!) {\n    markReviewHelpful(reviewId: $reviewId, helpful: $helpful) {\n      id\n      helpfulCount\n      markedHelpfulByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityProfile($username: String!, $after: String) {\n    user(username: $username) {\n      username\n      createdAt\n      watchlistPublic\n      email\n      stats {\n        ratingCount\n        averageScore\n        scoreDistribution\n        favouriteGenres {\n          genre {\n            name\n          }\n          ratingCount\n          averageScore\n        }\n        favouriteDirectors {\n          director {\n            name\n          }\n          ratingCount\n        }\n      }\n      ratings(first: 2, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            score\n            movie {\n              title\n            }\n          }\n        }\n      }\n      reviews {\n        totalCount\n        edges {\n          node {\n            title\n          }\n        }\n      }\n      watchlist {\n        totalCount\n        edges {\n          node {\n            movie {\n              title\n            }\n            addedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityProfile($username: String!, $after: String) {\n    user(username: $username) {\n      username\n      createdAt\n      watchlistPublic\n      email\n      stats {\n        ratingCount\n        averageScore\n        scoreDistribution\n        favouriteGenres {\n          genre {\n            name\n          }\n          ratingCount\n          averageScore\n        }\n        favouriteDirectors {\n          director {\n            name\n          }\n          ratingCount\n        }\n      }\n      ratings(first: 2, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            score\n            movie {\n              title\n            }\n          }\n        }\n      }\n      reviews {\n        totalCount\n        edges {\n          node {\n            title\n          }\n        }\n      }\n      watchlist {\n        totalCount\n        edges {\n          node {\n            movie {\n              title\n            }\n            addedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityMovieReviews($id: ID!, $sort: ReviewSort, $first: Int, $after: String) {\n    movie(id: $id) {\n      reviews(sort: $sort, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            title\n            helpfulCount\n            authorRating\n            containsSpoilers\n            markedHelpfulByMe\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityMovieReviews($id: ID!, $sort: ReviewSort, $first: Int, $after: String) {\n    movie(id: $id) {\n      reviews(sort: $sort, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            title\n            helpfulCount\n            authorRating\n            containsSpoilers\n            markedHelpfulByMe\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CommunityMovies {\n            movies(sort: TITLE_ASC) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CommunityMovies {\n            movies(sort: TITLE_ASC) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CommunityPublic($isPublic: Boolean!) {\n            setWatchlistPublic(isPublic: $isPublic) {\n              username\n              watchlistPublic\n            }\n          }\n        "): (typeof documents)["\n          mutation CommunityPublic($isPublic: Boolean!) {\n            setWatchlistPublic(isPublic: $isPublic) {\n              username\n              watchlistPublic\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewsRateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      averageRating\n      ratingCount\n      myRating\n      ratingDistribution {\n        score\n        count\n        percent\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewsRateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      averageRating\n      ratingCount\n      myRating\n      ratingDistribution {\n        score\n        count\n        percent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewsCreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      id\n      title\n      body\n      author {\n        username\n      }\n      movie {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewsCreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      id\n      title\n      body\n      author {\n        username\n      }\n      movie {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewsUpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewsUpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewsDeleteReview($id: ID!) {\n    deleteReview(id: $id) {\n      id\n      movie {\n        id\n        reviews {\n          totalCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewsDeleteReview($id: ID!) {\n    deleteReview(id: $id) {\n      id\n      movie {\n        id\n        reviews {\n          totalCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewsMovie($id: ID!) {\n    movie(id: $id) {\n      averageRating\n      ratingCount\n      myRating\n      myReview {\n        id\n        title\n      }\n      reviews {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            author {\n              username\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewsMovie($id: ID!) {\n    movie(id: $id) {\n      averageRating\n      ratingCount\n      myRating\n      myReview {\n        id\n        title\n      }\n      reviews {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            author {\n              username\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ReviewsMovies {\n            movies(sort: TITLE_ASC) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ReviewsMovies {\n            movies(sort: TITLE_ASC) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ReviewsLogin($input: LoginInput!) {\n            login(input: $input) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation ReviewsLogin($input: LoginInput!) {\n            login(input: $input) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ReviewsRemoveRating($id: ID!) {\n            removeRating(movieId: $id) {\n              ratingCount\n              averageRating\n              myRating\n            }\n          }\n        "): (typeof documents)["\n          mutation ReviewsRemoveRating($id: ID!) {\n            removeRating(movieId: $id) {\n              ratingCount\n              averageRating\n              myRating\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ReviewsMovie2($id: ID!) {\n            movie(id: $id) {\n              ratingCount\n              averageRating\n              ratingDistribution {\n                count\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ReviewsMovie2($id: ID!) {\n            movie(id: $id) {\n              ratingCount\n              averageRating\n              ratingDistribution {\n                count\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ReviewsMe {\n            me {\n              ratings {\n                edges {\n                  node {\n                    score\n                    movie {\n                      title\n                    }\n                  }\n                }\n              }\n              reviews {\n                edges {\n                  node {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ReviewsMe {\n            me {\n              ratings {\n                edges {\n                  node {\n                    score\n                    movie {\n                      title\n                    }\n                  }\n                }\n              }\n              reviews {\n                edges {\n                  node {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ReviewsMovie3($id: ID!) {\n            movie(id: $id) {\n              reviews {\n                edges {\n                  node {\n                    author {\n                      username\n                      email\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ReviewsMovie3($id: ID!) {\n            movie(id: $id) {\n              reviews {\n                edges {\n                  node {\n                    author {\n                      username\n                      email\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplicaRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      ratingCount\n    }\n  }\n"): (typeof documents)["\n  mutation ReplicaRate($input: RateMovieInput!) {\n    rateMovie(input: $input) {\n      id\n      ratingCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaRatingCount($id: ID!) {\n    movie(id: $id) {\n      ratingCount\n    }\n  }\n"): (typeof documents)["\n  query ReplicaRatingCount($id: ID!) {\n    movie(id: $id) {\n      ratingCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaFirstMovie {\n    movies(first: 1, sort: TITLE_ASC) {\n      totalCount\n      edges {\n        node {\n          id\n          ratingCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReplicaFirstMovie {\n    movies(first: 1, sort: TITLE_ASC) {\n      totalCount\n      edges {\n        node {\n          id\n          ratingCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DemoCommunityFirstStart {\n            movies(sort: TOP_RATED, first: 10) {\n              edges {\n                node {\n                  title\n                  ratingCount\n                  averageRating\n                  reviews(sort: HELPFUL, first: 1) {\n                    totalCount\n                  }\n                }\n              }\n            }\n            ada: user(username: \"ada_reels\") {\n              stats {\n                ratingCount\n                favouriteGenres {\n                  genre {\n                    name\n                  }\n                }\n              }\n              reviews {\n                totalCount\n                edges {\n                  node {\n                    authorRating\n                    helpfulCount\n                  }\n                }\n              }\n              watchlist {\n                totalCount\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DemoCommunityFirstStart {\n            movies(sort: TOP_RATED, first: 10) {\n              edges {\n                node {\n                  title\n                  ratingCount\n                  averageRating\n                  reviews(sort: HELPFUL, first: 1) {\n                    totalCount\n                  }\n                }\n              }\n            }\n            ada: user(username: \"ada_reels\") {\n              stats {\n                ratingCount\n                favouriteGenres {\n                  genre {\n                    name\n                  }\n                }\n              }\n              reviews {\n                totalCount\n                edges {\n                  node {\n                    authorRating\n                    helpfulCount\n                  }\n                }\n              }\n              watchlist {\n                totalCount\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DemoCommunityLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation DemoCommunityLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DemoCommunityAlien {\n            movies(filter: { search: \"alien\" }, first: 2) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DemoCommunityAlien {\n            movies(filter: { search: \"alien\" }, first: 2) {\n              edges {\n                node {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DemoCommunityRate($input: RateMovieInput!) {\n            rateMovie(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation DemoCommunityRate($input: RateMovieInput!) {\n            rateMovie(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DemoCommunityForYou {\n            recommendedForMe(first: 5) {\n              movie {\n                title\n              }\n              reason\n            }\n          }\n        "): (typeof documents)["\n          query DemoCommunityForYou {\n            recommendedForMe(first: 5) {\n              movie {\n                title\n              }\n              reason\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatClientsMessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) {\n      id\n      eventId\n      content\n      createdAt\n      author {\n        username\n      }\n      room {\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatClientsMessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) {\n      id\n      eventId\n      content\n      createdAt\n      author {\n        username\n      }\n      room {\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation HarnessSignup($input: SignupInput!) {\n        signup(input: $input) {\n          token\n          user {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation HarnessSignup($input: SignupInput!) {\n        signup(input: $input) {\n          token\n          user {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HarnessLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation HarnessLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;