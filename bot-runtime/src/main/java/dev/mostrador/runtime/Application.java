package dev.mostrador.runtime;

import dev.mostrador.runtime.bot.BotLoading;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

/**
 * Starts the server, then waits for the bot to load. A broken business folder or bundle is the owner's
 * mistake, not a crash: its problems are printed plainly and the process exits with status 2.
 */
public final class Application {
    private Application() {}

    public static void main(String[] args) {
        ApplicationContext context = Micronaut.build(args).banner(false).start();
        BotLoading loading = context.getBean(BotLoading.class);
        BotLoading.Status status = loading.awaitLoaded();
        if (status instanceof BotLoading.Status.Failed failed) {
            System.err.println("Mostrador cannot start:");
            System.err.println(failed.message());
            context.close();
            System.exit(2);
        }
    }
}
