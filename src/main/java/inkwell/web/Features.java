package inkwell.web;

import inkwell.account.AuthHandlers;
import inkwell.account.CurrentUserHandlers;
import inkwell.account.Logins;
import inkwell.admin.AdminHandlers;
import inkwell.articles.ArticleDao;
import inkwell.articles.ArticleHandlers;
import inkwell.articles.ArticleWrites;
import inkwell.articles.Articles;
import inkwell.articles.FeedQueries;
import inkwell.articles.NewArticle;
import inkwell.articles.NewArticles;
import inkwell.auth.CookieMode;
import inkwell.auth.Identity;
import inkwell.auth.JwksHandler;
import inkwell.auth.LoginThrottle;
import inkwell.auth.SessionDao;
import inkwell.auth.Sessions;
import inkwell.auth.SigningKeys;
import inkwell.auth.TokenCheck;
import inkwell.auth.Tokens;
import inkwell.comments.CommentDao;
import inkwell.comments.CommentHandlers;
import inkwell.comments.CommentWrites;
import inkwell.config.Config;
import inkwell.db.Database;
import inkwell.db.Migration;
import inkwell.db.Migrations;
import inkwell.favorites.FavoriteDao;
import inkwell.favorites.FavoriteHandlers;
import inkwell.health.HealthHandlers;
import inkwell.pages.AccountPages;
import inkwell.pages.Assets;
import inkwell.pages.Crawlers;
import inkwell.pages.EditorPages;
import inkwell.pages.ErrorPages;
import inkwell.pages.ExportPages;
import inkwell.pages.Feeds;
import inkwell.pages.Markdown;
import inkwell.pages.Pages;
import inkwell.pages.ProfilePages;
import inkwell.pages.ReaderPages;
import inkwell.pages.SessionPages;
import inkwell.pages.SettingsPages;
import inkwell.pages.Site;
import inkwell.pages.Templates;
import inkwell.pages.TokenPages;
import inkwell.pages.WriterPages;
import inkwell.profiles.ProfileDao;
import inkwell.profiles.ProfileHandlers;
import inkwell.profiles.Follows;
import inkwell.speed.DataVersion;
import inkwell.speed.GroupCommit;
import inkwell.speed.ReadCache;
import inkwell.tags.TagDao;
import inkwell.tags.TagHandlers;
import inkwell.users.Accounts;
import inkwell.users.Passwords;
import inkwell.users.UserDao;

/** Every handler the routes of {@link App} call, each built once with its DAOs: the whole object graph on one page. */
record Features(
    TokenCheck tokenCheck,
    AuthHandlers auth,
    CurrentUserHandlers currentUser,
    ProfileHandlers profiles,
    ArticleHandlers articles,
    FavoriteHandlers favorites,
    CommentHandlers comments,
    TagHandlers tags,
    HealthHandlers health,
    AdminHandlers admin,
    JwksHandler jwks,
    ErrorPages errorPages,
    Assets assets,
    ReaderPages reader,
    ProfilePages profilePages,
    Feeds feeds,
    Crawlers crawlers,
    TokenPages tokenPages,
    EditorPages editor,
    WriterPages writer,
    AccountPages accountPages,
    SettingsPages settingsPages,
    SessionPages sessionPages,
    ExportPages exportPages) {

  static Features build(Config config, SigningKeys keys, Database database, DataVersion versions,
      GroupCommit<NewArticle, NewArticles.Saved> creates) {
    var tokens = new Tokens(keys, config.jwtIssuer(), config.jwtKeys().audience(),
        config.accessTokenTtl(), config.refreshTokenTtl(), config.tokenLeeway());
    var passwords = new Passwords().warmUpInBackground();
    var jdbi = database.jdbi();
    var users = jdbi.onDemand(UserDao.class);
    var sessionDao = jdbi.onDemand(SessionDao.class);
    var sessions = new Sessions(sessionDao, jdbi, tokens, config.refreshRotation(), versions);
    var accounts = new Accounts(users, passwords, sessionDao);
    var cookies = new CookieMode(config.cookieSecure(), config.cookieSameSite(), config.refreshTokenTtl());
    var articleDao = jdbi.onDemand(ArticleDao.class);
    var tags = jdbi.onDemand(TagDao.class);
    var articles = new Articles(articleDao, tags, new FeedQueries(jdbi));
    // Anonymous reads are cached by path: a signed-in caller's "favorited" and "following" are their own, so of
    // theirs only the feed is kept, under their id (ArticleHandlers.feed).
    var reads = new ReadCache(versions, ctx -> Identity.optional(ctx).isPresent());
    var logins = new Logins(users, passwords, sessions, cookies, new LoginThrottle(jdbi, config.loginLimits()));
    var commentDao = jdbi.onDemand(CommentDao.class);
    var assets = new Assets();
    var pages = new Pages(new Site(config.blog()), new Templates(), assets, cookies, reads);
    var markdown = new Markdown();
    var profileDao = jdbi.onDemand(ProfileDao.class);
    var writes = new ArticleWrites(articleDao, articles, creates);
    var commentWrites = new CommentWrites(commentDao, articles);
    var follows = new Follows(profileDao);
    var favorites = jdbi.onDemand(FavoriteDao.class);
    return new Features(
        new TokenCheck(tokens, sessions, cookies),
        new AuthHandlers(users, accounts, logins, sessions, cookies),
        new CurrentUserHandlers(users, accounts, sessions),
        new ProfileHandlers(follows),
        new ArticleHandlers(articles, writes, reads),
        new FavoriteHandlers(favorites, articles),
        new CommentHandlers(commentDao, articles, commentWrites),
        new TagHandlers(tags, reads),
        new HealthHandlers(new Migrations(jdbi, database.dialect()), () -> Migration.fromClasspath(database.dialect())),
        new AdminHandlers(users, accounts),
        new JwksHandler(tokens.keys()),
        new ErrorPages(pages),
        assets,
        new ReaderPages(pages, articles, tags, commentDao, markdown),
        new ProfilePages(pages, articles, profileDao),
        new Feeds(pages, articles, profileDao, markdown),
        new Crawlers(pages, articles, tags, profileDao),
        new TokenPages(pages, config.accessTokenTtl()),
        new EditorPages(pages, articles, writes, markdown),
        new WriterPages(pages, articles, commentWrites, favorites, follows),
        new AccountPages(pages, accounts, logins, sessions, cookies),
        new SettingsPages(pages, users, accounts, logins),
        new SessionPages(pages, sessions, cookies),
        new ExportPages(pages, articles));
  }
}
