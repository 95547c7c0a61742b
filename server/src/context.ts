import type { AppConfig } from './config';
import type { Em, Orm } from './db/orm';
import type { ReadSource } from './db/read-source';
import { createAccountLoaders } from './modules/accounts/accounts.loaders';
import { createCatalogueLoaders } from './modules/catalogue/catalogue.loaders';
import type { Viewer } from './modules/accounts/viewer';
import type { AccountsService } from './modules/accounts/accounts.service';
import type { UserAdminService } from './modules/accounts/user-admin.service';
import type { TokenService } from './modules/accounts/tokens';
import type { Chat } from './modules/chat/chat.services';
import type { BotService } from './modules/bot/bot.service';
import type { MovieImporter } from './modules/import/importer.service';
import { createReviewLoaders } from './modules/reviews/reviews.loaders';
import type { FileStorage } from './modules/storage/storage';
import type { Metrics } from './modules/common/metrics';
import type { RecommendationModels } from './modules/recommendations/model-cache';

export type { Viewer };

/** Long-lived collaborators, made once per app. */
export interface Services {
  config: AppConfig;
  orm: Orm;
  storage: FileStorage;
  importer: MovieImporter;
  tokens: TokenService;
  accounts: AccountsService;
  userAdmin: UserAdminService;
  chat: Chat;
  bot: BotService;
  metrics: Metrics;
  recommendations: RecommendationModels;
}

export interface Context {
  em: Em;
  loaders: ReturnType<typeof createLoaders>;
  viewer: Viewer | null;
  services: Services;
  /** Client address, for rate limits. */
  clientIp: string;
  /** Correlates this operation's log lines (x-request-id). */
  requestId?: string;
  /** Whether catalogue reads may use a replica; decided once the operation is known. */
  reads: ReadSource;
  /** Over HTTP, for queries: a resolver that starts after `at` fails (see operation-guard-plugin). */
  deadline?: { at: number; ms: number };
}

function createLoaders(em: Em, viewer: Viewer | null, reads: ReadSource) {
  const accounts = createAccountLoaders(em);
  return {
    ...accounts,
    ...createCatalogueLoaders(em, reads),
    ...createReviewLoaders(em, viewer?.id ?? null, accounts.user),
  };
}

/**
 * A fresh unit of work and fresh loaders per operation: nothing cached leaks between requests.
 * Both are made on first use, many operations (a page of movies) need neither. The getters live
 * on the prototype: Apollo copies a context's own properties (Object.assign) before executing.
 */
class OperationContext implements Context {
  deadline?: Context['deadline'];
  private madeEm?: Em;
  private madeLoaders?: Context['loaders'];

  constructor(
    readonly services: Services,
    readonly viewer: Viewer | null,
    readonly clientIp: string,
    readonly requestId: string | undefined,
    readonly reads: ReadSource,
  ) {}

  get em(): Em {
    return (this.madeEm ??= this.services.orm.em.fork());
  }

  get loaders(): Context['loaders'] {
    // Loaders read through knex only (never the unit of work), so they take the app's entity
    // manager: forking one per operation was 2-3 % of a detail page's CPU for nothing.
    return (this.madeLoaders ??= createLoaders(this.services.orm.em, this.viewer, this.reads));
  }
}

export function createContext(
  services: Services,
  viewer: Viewer | null,
  clientIp: string,
  requestId?: string,
): Context {
  return new OperationContext(services, viewer, clientIp, requestId, { replica: false });
}
