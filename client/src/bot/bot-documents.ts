import { graphql } from '../__generated__';

/** What a movie card in the conversation shows. */
export const BOT_MOVIE_CARD = graphql(`
  fragment BotMovieCard on Movie {
    id
    title
    releaseYear
    posterUrl
  }
`);

export const BOT_REPLY_FIELDS = graphql(`
  fragment BotReplyFields on BotReply {
    conversationId
    intent
    provider
    text
    movies {
      ...BotMovieCard
    }
  }
`);

export const ASK_BOT = graphql(`
  mutation AskBot($input: AskBotInput!) {
    askBot(input: $input) {
      ...BotReplyFields
    }
  }
`);

export const ASK_BOT_STREAM = graphql(`
  subscription AskBotStream($input: AskBotInput!) {
    askBotStream(input: $input) {
      delta
      done
      reply {
        ...BotReplyFields
      }
    }
  }
`);

export const BOT_CONVERSATION = graphql(`
  query BotConversation($conversationId: String) {
    botConversation(conversationId: $conversationId) {
      conversationId
      turns {
        role
        text
        movies {
          ...BotMovieCard
        }
      }
    }
  }
`);
