import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The one cache declaration: movies are entities by id; pages are fetched by offset, not merged. */
export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          movie: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Movie', id: args?.id }) },
        },
      },
    },
  }),
});
